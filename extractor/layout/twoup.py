"""Two-up sheets: two pages printed side by side on one landscape sheet, each reduced to half.

Read as one page, a line of the left half and the line of the right half at the same height run
together (the title and the right half's first answer line), and a row broken at the foot of the
left half never meets its end at the top of the right half. A landscape page is two-up when no
word crosses its middle and the right half's text starts where the left half's does, half a sheet
further right (both halves keep the page's margins). Each half becomes a page of its own, left
then right, numbered in reading order; a landscape form whose columns merely straddle the middle
is left whole.
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
    the page is a two-up sheet: one the OCR found so (Page.two_up_at; its right page may be blank), a
    listing printed in framed pages (sheetframes: the sheet's header and footer outside the frames and
    the frames themselves are no page's), or a text-layer sheet with text on both halves."""
    if page.two_up_at is not None:
        return _cut(page, page.two_up_at, page.two_up_at)
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


def split_two_up(pages: list[Page], s: LayoutSettings = DEFAULT_SETTINGS) -> list[Page]:
    """Pages with every two-up sheet split into its two halves (all renumbered in order)."""
    split = {p.number: _halves(p, s) for p in pages}
    if not any(split.values()):
        return pages
    out: list[Page] = []
    for page in pages:
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
                    two_up_at=None,
                )
            )
    return out
