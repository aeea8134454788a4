"""The framed pages of a two-up print: a listing printer's virtual pages, each drawn in a frame.

a2ps (and printers like it) prints two pages side by side on a landscape sheet, each page inside
a ruled frame of the same size, and sets the sheet's own header and footer ("Bilaga 5", "Sida 1 (2)")
above and below the frames. Read as one page, the sheet's header comes first (read as the title or
a label), its centred footer reaches into the right half (so the sheet is not split where the
halves meet), and the left page's lines run into the right page's. What any such sheet shows: one
or two frames, each at most half the sheet wide and nearly its height, side by side with equal
tops and bottoms, the left one in the left half; every word inside a frame or in the margin above
or below them. When the right page is blank, the printer draws the left frame alone.

Pure functions over a page's rules and words (no I/O).
"""

from __future__ import annotations

from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Page, Word

Box = tuple[float, float, float, float]


def _rectangles(rules: list[Box], min_height: float, slack: float) -> list[Box]:
    """Rectangles closed by `rules`: two vertical rules at least `min_height` tall with equal ends, and a
    horizontal rule across the top and the bottom from one to the other."""
    thin = 2 * slack
    tall = [r for r in rules if r[2] - r[0] <= thin and r[3] - r[1] >= min_height]
    across = [r for r in rules if r[3] - r[1] <= thin and r[2] - r[0] > thin]

    def closed(x0: float, x1: float, y: float) -> bool:
        return any(abs(r[1] - y) <= slack and r[0] <= x0 + slack and r[2] >= x1 - slack for r in across)

    boxes = []
    for a in tall:
        for b in tall:
            if b[0] <= a[0] + thin or abs(a[1] - b[1]) > slack or abs(a[3] - b[3]) > slack:
                continue
            if closed(a[0], b[0], a[1]) and closed(a[0], b[0], a[3]):
                boxes.append((a[0], a[1], b[0], a[3]))
    return boxes


def in_frame(word: Word, box: Box) -> bool:
    x, y = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _pageish(box: Box, page: Page, s: LayoutSettings) -> bool:
    width = (box[2] - box[0]) / page.width
    return (
        s.two_up_frame_min_width_share <= width <= 0.5
        and box[3] - box[1] >= s.two_up_frame_min_height_share * page.height
    )


def sheet_frames(page: Page, s: LayoutSettings = DEFAULT_SETTINGS) -> list[Box] | None:
    """The frames of a two-up print's pages, left to right (one when the right page is blank), or None when
    `page` is no such sheet (see the module's docstring): not landscape, no frame of a page's size in its
    left half, two frames of unequal size, or a word neither inside a frame nor above or below them."""
    if page.width <= page.height or not page.words:
        return None
    slack = s.two_up_frame_slack
    boxes = sorted(
        {
            b
            for b in _rectangles(page.rules, s.two_up_frame_min_height_share * page.height, slack)
            if _pageish(b, page, s)
        }
    )
    mid = page.width / 2
    lefts = [b for b in boxes if b[2] <= mid + slack]
    if not lefts:
        return None
    left = lefts[0]
    twins = [
        b
        for b in boxes
        if b[0] >= left[2]
        and abs(b[1] - left[1]) <= slack
        and abs(b[3] - left[3]) <= slack
        and abs((b[2] - b[0]) - (left[2] - left[0])) <= slack
    ]
    frames = [left, twins[0]] if twins else [left]
    top, bottom = min(b[1] for b in frames), max(b[3] for b in frames)
    for word in page.words:
        if not (any(in_frame(word, b) for b in frames) or word.bottom <= top + slack or word.top >= bottom - slack):
            return None
    if not any(in_frame(w, left) for w in page.words):
        return None
    return frames


def frame_cut(frames: list[Box], page: Page) -> float:
    """The x where a framed sheet's pages meet: midway between the two frames, or the sheet's middle."""
    return (frames[0][2] + frames[1][0]) / 2 if len(frames) > 1 else page.width / 2


def without_frame_rules(rules: list[Box], frames: list[Box], slack: float) -> list[Box]:
    """`rules` without the frames' own edges (no table border of the page inside)."""

    def on_edge(r: Box) -> bool:
        return any(
            all(f[0] - slack <= x <= f[2] + slack for x in (r[0], r[2]))
            and all(f[1] - slack <= y <= f[3] + slack for y in (r[1], r[3]))
            and (
                min(abs(r[0] - f[0]), abs(r[2] - f[2])) <= slack
                and r[2] - r[0] <= 2 * slack
                or min(abs(r[1] - f[1]), abs(r[3] - f[3])) <= slack
                and r[3] - r[1] <= 2 * slack
            )
            for f in frames
        )

    return [r for r in rules if not on_edge(r)]
