"""Thin light lines (a film's scratches) kept out of the paper's light estimate.

The flattening of a faded or photographed page (page_photo.flattened) divides each pixel by the paper's light
near it: the brightest grey within 12 pt. A microfilm print's scratches are lines 1-2 pt wide, lighter than the
paper, along the whole film (down or across the page), so that estimate took a scratch for the paper's light on a
band 24 pt wide round it, and the division turned each band grey and its grain into dark specks (a microfilm
print's title and its first table read as "FETASENG", "snra lea see"). A light line that narrow is no paper: along
an axis that has such lines (lighter than the page on both sides of them along most of their length, measured on
half-point cells, where a gap between lines of text is several cells tall), the grid is opened across them (the darkest, then the brightest, within a cell each
side), which takes runs at most THIN_LINE_CELLS wide down to the grey beside them. An axis without one is left
alone: the opening would take the gaps between lines of text too, and with them the paper's light in the middle
of a dense paragraph. Pure functions over a 2-D grid of grey (uint8), the paper-light grid's cells (2 pt).
"""

from __future__ import annotations

# A light run at most this many cells across is a thin line: a scratch of 1-2 pt covers one or two 2 pt cells.
THIN_LINE_CELLS = 2
FINE_CELL_POINTS = 0.5  # light lines are looked for on cells this size: a scratch of 1 pt is two of them
# A fine cell this much lighter than the cells on each side of it (SIDE_CELLS away) lies on a light line: a scratch
# 60 levels over the paper lifts its cells by 30-60; a film's grain moves a half-point cell's mean by ~10.
LIGHTER_BY = 20
SIDE_CELLS = (2, 3)  # 1-1.5 pt each side: beyond a 1 pt scratch, within a 3 pt gap between lines of text
# A line is lighter than both sides at this share of its cells at least (this percentile of its lightening): over
# a line of text a scratch's cells differ from their neighbours' by the letters' own spread.
ALONG_PERCENT = 25


def has_light_lines(grey, scale: float, axis: int) -> bool:
    """Whether page image `grey` (`scale` px per pt) has a thin line lighter than the grey on both sides of it,
    along `axis` (0: a column down the page, 1: a row across it) nearly all its length. A gap between lines of
    text is lighter than the text above and below only at its edges, one side at a time."""
    import numpy as np
    from PIL import Image

    cell = max(1, round(FINE_CELL_POINTS * scale))
    height, width = grey.shape
    small = Image.fromarray(np.ascontiguousarray(grey)).resize(
        (max(1, width // cell), max(1, height // cell)), Image.Resampling.BOX
    )
    # Two-byte cells, the lines always down the columns (a row's line turned by a view): the page's copies here
    # stay a quarter of its own size each (the faded-print step's allocation bound).
    fine = np.asarray(small, dtype=np.int16)
    if axis == 1:
        fine = fine.T
    near, far = SIDE_CELLS
    size = fine.shape[1]
    if size < 2 * far + 1:
        return False
    middle = fine[:, far : size - far]
    lighter = np.ones(middle.shape, dtype=bool)
    for step in (-1, 1):  # both sides: the mean of the cells `near` and `far` away, doubled
        side = (
            fine[:, far + step * near : size - far + step * near] + fine[:, far + step * far : size - far + step * far]
        )
        lighter &= 2 * middle - side > 2 * LIGHTER_BY
    return bool((lighter.mean(axis=0) >= 1 - ALONG_PERCENT / 100).any())


def _sliding(grid, reach: int, axis: int, pick):
    """`pick` (np.min or np.max) of `grid` over `reach` cells each side along `axis`."""
    import numpy as np

    padding = [(0, 0)] * grid.ndim
    padding[axis] = (reach, reach)
    windows = np.lib.stride_tricks.sliding_window_view(np.pad(grid, padding, mode="edge"), 2 * reach + 1, axis=axis)
    return pick(windows, axis=-1)


def without_light_lines(grid, axes: tuple[int, ...]):
    """The paper-light `grid` (2 pt cells) with its light runs at most THIN_LINE_CELLS wide across lines along
    each of `axes` (has_light_lines' answer: 0, lines down the page; 1, across it) taken down to the grey beside
    them; anything wider, or darker than its surroundings, is unchanged."""
    import numpy as np

    reach = (THIN_LINE_CELLS + 1) // 2  # a window of 2 * reach + 1 cells: wider than the line
    for axis in axes:
        across = 1 - axis  # a column is opened along the row, across it
        grid = _sliding(_sliding(grid, reach, across, np.min), reach, across, np.max)
    return grid
