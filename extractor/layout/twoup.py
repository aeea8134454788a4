"""Two-up sheets: two pages printed side by side on one landscape sheet, each reduced to half.

Read as one page, a line of the left half and the line of the right half at the same height run
together (the title and the right half's first answer line), and a row broken at the foot of the
left half never meets its end at the top of the right half. A landscape page is two-up when no
word crosses its middle and the right half's text starts where the left half's does, half a sheet
further right (both halves keep the page's margins). Each half becomes a page of its own, left
then right, numbered in reading order; a landscape form whose columns merely straddle the middle
is left whole. A scanned sheet of several pages (ocr_sheet) comes from the OCR with its pages read apart
and laid side by side (Page.sheet_cuts): each becomes a page of its own too.
"""

from __future__ import annotations

from dataclasses import replace

from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.layout.sheetframes import frame_cut, in_frame, sheet_frames, without_frame_rules
from bilagor.extractor.words import Page, Word

Box = tuple[float, float, float, float]


def _shift(word: Word, dx: float) -> Word:
    return replace(word, x0=word.x0 - dx, x1=word.x1 - dx)


Halves = tuple[Page, float, float, list[Word], list[Word]]


def _halves(page: Page, s: LayoutSettings) -> Halves | None:
    """(the sheet without its furniture, where the halves meet, how far the right half moves left to stand
    where the left one does, the left and the right half's words) when
    the page is a two-up sheet: a listing printed in framed pages (sheetframes: the sheet's header and
    footer outside the frames and the frames themselves are no page's), or a text-layer sheet with text
    on both halves. (A scanned sheet's pages the OCR read apart are split by `_sheet_pages`.)"""
    frames = sheet_frames(page, s)
    if frames is not None:
        inside = [w for w in page.words if any(in_frame(w, f) for f in frames)]
        rules = without_frame_rules(page.rules, frames, s.two_up_frame_slack)
        # The right page moves onto the left one's frame: its lines start where the left page's do.
        shift = frames[1][0] - frames[0][0] if len(frames) > 1 else page.width / 2
        return _cut(replace(page, words=inside, rules=rules), frame_cut(frames, page), shift)
    if page.width <= page.height or not page.words:
        return None
    mid = page.width / 2
    if any(w.x0 < mid < w.x1 for w in page.words):
        return None
    left = [w for w in page.words if w.x1 <= mid]
    right = [w for w in page.words if w.x0 >= mid]
    if not left or not right:
        return None
    margin = min(w.x0 for w in left)
    aligned = abs(min(w.x0 for w in right) - mid - margin) <= s.two_up_margin_share * page.width
    return (page, mid, mid, left, right) if aligned else None


def _cut(page: Page, at: float, shift: float) -> Halves:
    left = [w for w in page.words if w.x0 + w.x1 < 2 * at]
    return page, at, shift, left, [w for w in page.words if w.x0 + w.x1 >= 2 * at]


def _boxes(boxes: list[Box], mid: float, shift: float, right: bool) -> list[Box]:
    if not right:
        return [b for b in boxes if b[2] <= mid]
    return [(b[0] - shift, b[1], b[2] - shift, b[3]) for b in boxes if b[0] >= mid]


def _sheet_pages(page: Page) -> list[Page]:
    """A scanned sheet's pages the OCR read apart and laid side by side (Page.sheet_cuts), each moved back
    to stand at x 0: a word, rule or picture goes to the page its middle lies on."""
    starts = [0.0, *page.sheet_cuts]
    ends = [*page.sheet_cuts, page.width]
    bounds = [-float("inf"), *page.sheet_cuts, float("inf")]  # what lies off the sheet's edge is its edge page's

    def mine(x0: float, x1: float, index: int) -> bool:
        return bounds[index] <= (x0 + x1) / 2 < bounds[index + 1]

    def boxes(found: list[Box], index: int) -> list[Box]:
        at = starts[index]
        return [(b[0] - at, b[1], b[2] - at, b[3]) for b in found if mine(b[0], b[2], index)]

    return [
        replace(
            page,
            width=end - start,
            words=[_shift(w, start) for w in page.words if mine(w.x0, w.x1, index)],
            rules=boxes(page.rules, index),
            images=boxes(page.images, index),
            sheet_cuts=(),
        )
        for index, (start, end) in enumerate(zip(starts, ends))
    ]


def split_two_up(pages: list[Page], s: LayoutSettings = DEFAULT_SETTINGS) -> list[Page]:
    """Pages with every two-up sheet split into its two halves, and every scanned sheet of several pages
    into its pages (all renumbered in order)."""
    split = {p.number: None if p.sheet_cuts else _halves(p, s) for p in pages}
    if not any(split.values()) and not any(p.sheet_cuts for p in pages):
        return pages
    out: list[Page] = []
    for page in pages:
        if page.sheet_cuts:
            out += [replace(part, number=len(out) + 1 + n) for n, part in enumerate(_sheet_pages(page))]
            continue
        halves = split[page.number]
        if halves is None:
            out.append(replace(page, number=len(out) + 1))
            continue
        page, mid, shift, left, right = halves
        for words, is_right in ((left, False), (right, True)):
            out.append(
                replace(
                    page,
                    number=len(out) + 1,
                    width=page.width - shift if is_right else mid,
                    words=[_shift(w, shift) for w in words] if is_right else words,
                    rules=_boxes(page.rules, mid, shift, is_right),
                    images=_boxes(page.images, mid, shift, is_right),
                )
            )
    return out
