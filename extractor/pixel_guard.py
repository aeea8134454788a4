"""Page images too degenerate to measure (issue #12): the OCR steps' guard at their entry.

An odd file can give a page image of no pixels, of a single row or column (a 1 pt strip, a poster page drawn at a
capped scale, a sliver beside a two-up cut) or of one level all over (blank paper, a black page). The photo steps
measure a page over strips, windows and percentiles of its pixels; over an empty axis numpy and PIL raise
(`apply_along_axis`, a resize to 0 px), and the file failed as an "internal error" with its text layer lost. Such a
page has nothing for a step to straighten or clean, so each step gives it back as it came.

A page drawn at a small scale (a poster or an endless box held to OCR's pixel cap) is huge in pixels for its
points: cells sized in points were one pixel there, and a flood fill over 20 M one-pixel cells (page_photo._grown,
one numpy step per cell of reach) ran for many minutes. Such grids are held to MAX_GRID_CELLS (grid_cell).
"""

from __future__ import annotations

import math

MIN_SIDE = 2  # fewer rows or columns than this: nothing to measure along that side


def unmeasurable(grey) -> bool:
    """Whether a page image (H x W, or H x W x 3) is empty, under MIN_SIDE pixels either way, or one level all over."""
    if grey.ndim < 2 or min(grey.shape[:2]) < MIN_SIDE:
        return True
    return bool(grey.min() == grey.max())


# The most cells a grid of cells sized in points gets: a page at the OCR pixel cap (ocr.MAX_PIXELS) in 2 pt cells at
# 300 dpi (8 px) has 312 500, so no page drawn at 300 dpi changes.
MAX_GRID_CELLS = 400_000


def grid_cell(shape: tuple[int, ...], scale: float, points: float, max_cells: int = MAX_GRID_CELLS) -> int:
    """Pixels a side of a grid cell `points` wide on a page image of `shape` drawn at `scale` px per pt: at least
    one pixel, and large enough that the grid has at most `max_cells` cells."""
    height, width = shape[:2]
    return max(1, round(points * scale), math.ceil(math.sqrt(height * width / max_cells)))
