"""Mend a film's scratches on a scanned page before the faded-print step: thin columns lighter than the page beside
them, down the whole page.

A scratch along a microfilm lets more light through: on the reader's print it is a column a point or less wide,
lighter than the paper beside it and lighter than the strokes it crosses, straight down the frame. The faded-print
step takes the scratch's light for the paper's (a band round it turned grey, its grain dark specks), and the
strokes it crosses are thinned or cut. Paper's grain is lighter one row and darker the next, and a gap between two
letters is lighter than its sides for a word's height only: a column that is lighter than both its sides in most
rows of most of the page's bands (leaving out rows where it is darker than a side: a stroke under it, paper beside
it) is a scratch. Its pixels get the grey of its sides where they are lighter than
that: ink it crossed is ink again and paper is paper.
"""

from __future__ import annotations

WIDEST_POINTS = 1.0  # widest column mended (a 200 dpi print's two-pixel scratch, with its blur)
SIDE_POINTS = 0.5  # how far beyond a column its sides are read (past its blurred edge)
BAND_POINTS = 16.0  # rows judged together
LIGHT_SHARE = 0.6  # of a band's rows in which a scratch's column is lighter than both its sides (of the rows it is
# seen in: not those where a stroke under it has paper beside it)
BAND_SHARE = 0.6  # of the page's bands in which it is
MIN_MARGIN = 16  # grey levels a column must be lighter than its sides (a grain's step is less)
MARGIN_SHARE = 0.12  # of the page's contrast (paper less solid ink)


def page_levels(grey) -> tuple[float, float]:
    """The page's paper (its 90th percentile) and its solid ink (its 0.2th)."""
    import numpy as np

    paper, ink = np.percentile(grey[::2, ::2], (90, 0.2))
    return float(paper), float(ink)


def lighter_than_sides(grey, widest: int, side: int, margin: float):
    """A 2-D bool array the shape of `grey`: where a pixel lies in a row's run of at most `widest` pixels all
    lighter by `margin` than both pixels `side` beyond the run's ends."""
    import numpy as np

    values = grey.astype(np.int16)
    width = values.shape[1]
    light = np.zeros(values.shape, dtype=bool)
    for run in range(1, widest + 1):
        span = run - 1 + 2 * side
        if width <= span:
            break
        sides = np.maximum(values[:, : width - span], values[:, span:]) + margin
        inside = np.ones(sides.shape, dtype=bool)
        for k in range(side, side + run):
            inside &= values[:, k : width - span + k] >= sides
        for k in range(side, side + run):
            light[:, k : width - span + k] |= inside
    return light


def darker_than_a_side(grey, side: int, margin: float):
    """A 2-D bool array the shape of `grey`: where a pixel is darker by `margin` than a pixel `side` left or right
    of it (a stroke under a column, paper beside it: the column is not seen there)."""
    import numpy as np

    values = grey.astype(np.int16)
    darker = np.zeros(values.shape, dtype=bool)
    if values.shape[1] > 2 * side:
        sides = np.minimum(values[:, : -2 * side], values[:, 2 * side :]) - margin
        darker[:, side:-side] = values[:, side:-side] <= sides
    return darker


def scratch_columns(grey, scale: float):
    """The columns of `grey` (2-D uint8) that are lighter than their sides down most of the page, ascending."""
    import numpy as np

    widest, side = max(1, round(WIDEST_POINTS * scale)), max(1, round(SIDE_POINTS * scale))
    band = max(4, round(BAND_POINTS * scale))
    paper, ink = page_levels(grey)
    margin = max(MIN_MARGIN, MARGIN_SHARE * (paper - ink))
    starts = range(0, grey.shape[0], band)
    lit_bands = np.zeros(grey.shape[1], dtype=np.int32)
    for top in starts:
        rows = grey[top : top + band : 2]  # every other row is enough to judge a band
        lit = lighter_than_sides(rows, widest, side, margin).sum(axis=0)
        seen = rows.shape[0] - darker_than_a_side(rows, side, margin).sum(axis=0)
        lit_bands += lit >= LIGHT_SHARE * np.maximum(seen, 1)
    return np.flatnonzero(lit_bands >= BAND_SHARE * len(starts))


def without_scratches(grey, scale: float):
    """`grey` (2-D uint8) with a film's scratches filled from their sides, and whether any was found; `scale` is
    pixels per point."""
    import numpy as np

    columns = scratch_columns(grey, scale)
    if not columns.size:
        return grey, False
    side = max(1, round(SIDE_POINTS * scale))
    mended = grey.copy()
    width = grey.shape[1]
    for run in np.split(columns, np.flatnonzero(np.diff(columns) > 1) + 1):
        left, right = int(run[0]) - side - 1, int(run[-1]) + side + 1
        if left < 0 or right >= width:
            continue
        # drawn straight across from side to side (a stroke's edge on one side and paper on the other is a ramp,
        # not a blot); each side the darkest of its outer `side` + 1 pixels (past the blurred edge it is paper or
        # a stroke's ink; a stroke wider than the scratch is ink nearer it, where the scratch was found narrower)
        start = grey[:, left : left + side + 1].min(axis=1).astype(np.float32)
        end = grey[:, right - side : right + 1].min(axis=1).astype(np.float32)
        steps = np.arange(1, right - left) / (right - left)
        across = start[:, None] + (end - start)[:, None] * steps
        mended[:, left + 1 : right] = np.minimum(mended[:, left + 1 : right], across.astype(np.uint8))
    return mended, True
