"""Find photographs on a scanned page image.

A photo is a large area that is almost all ink or grey; text, even bold
title text, leaves most of any few-point square white. Photos matter to OCR
twice: Tesseract reads their texture as words, and their straight edges look
like table borders (a photo beside the answer column became a column rule
and split a one-column page in two). So photo areas are blanked before OCR,
give no rules, and are returned as the page's pictures, as the text-layer
reader returns embedded images.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

CELL_POINTS = 6.0  # the page is judged in squares of this size
_NOT_WHITE = 220  # grey level below which a pixel is ink or picture
DENSE = 0.6  # share of non-white pixels that makes a square part of a picture
MIN_WIDTH_POINTS = 40.0  # smaller dense areas are glyphs, bullets or logos
MIN_HEIGHT_POINTS = 30.0
MIN_FILL = 0.6  # share of a candidate's bounding box that is dense: a picture is a solid block


def photo_boxes(grey, scale: float) -> list[tuple[int, int, int, int]]:
    """Pixel boxes (x0, top, x1, bottom) of photo-like areas of `grey` (2-D uint8, `scale` px per pt)."""
    from bilagor.extractor.pixel_guard import grid_cell

    # A bounded grid (pixel_guard): a poster page at the pixel cap had 5 M cells of 2 px, for components' loop.
    cell = max(2, grid_cell(grey.shape, scale, CELL_POINTS))
    height, width = grey.shape[:2]
    rows, cols = height // cell, width // cell
    if not rows or not cols:
        return []
    blocks = (grey[: rows * cell, : cols * cell] < _NOT_WHITE).reshape(rows, cell, cols, cell)
    dense = blocks.mean(axis=(1, 3)) >= DENSE
    boxes = []
    for r0, c0, r1, c1, count in components(dense):
        w, h = (c1 - c0) * cell / scale, (r1 - r0) * cell / scale
        if w >= MIN_WIDTH_POINTS and h >= MIN_HEIGHT_POINTS and count >= MIN_FILL * (r1 - r0) * (c1 - c0):
            boxes.append((c0 * cell, r0 * cell, min(width, c1 * cell), min(height, r1 * cell)))
    return boxes


def touches(box: tuple, photos: Sequence[tuple], margin: int) -> bool:
    """Whether pixel box `box` lies within `margin` px of (or inside) any photo box."""
    x0, top, x1, bottom = box
    return any(
        x0 <= p[2] + margin and x1 >= p[0] - margin and top <= p[3] + margin and bottom >= p[1] - margin for p in photos
    )


def components(mask, seeds=None) -> list[tuple[int, int, int, int, int]]:
    """Bounding boxes (r0, c0, r1, c1 exclusive) and sizes of 8-connected True areas of a grid, in the row-major
    order of their first cell; with `seeds` (a mask of the same shape), only of the areas holding a True cell of
    it, in the order of their first seed cell.

    Labelled over runs (a row's stretch of True cells), not cells: a flood fill kept a Python tuple per cell of
    its stack, and a page drawn at a small scale (a poster at the pixel cap) gave grids of 20 M one-pixel cells
    with areas of millions of them, over 600 MB for one page. Runs take a few numpy arrays of the runs' count."""
    import numpy as np

    grid = np.asarray(mask, dtype=bool)
    if grid.ndim != 2 or not grid.any():
        return []
    runs = labelled_runs(grid)
    picked = np.arange(runs.size.size)
    if seeds is not None:
        seed_rows, seed_cols = np.nonzero(grid & np.asarray(seeds, dtype=bool))
        if not seed_rows.size:
            return []
        width = grid.shape[1] + 1
        keys = runs.rows * width + runs.starts
        runs_of_seeds = np.searchsorted(keys, seed_rows * width + seed_cols, side="right") - 1
        seeded, order = np.unique(runs.area[runs_of_seeds], return_index=True)
        picked = seeded[np.argsort(order, kind="stable")]
    top, left, bottom, right, size = runs.top, runs.left, runs.bottom, runs.right, runs.size
    return [(int(top[k]), int(left[k]), int(bottom[k]), int(right[k]), int(size[k])) for k in picked]


class LabelledRuns(NamedTuple):
    """A 2-D bool grid's runs (a row's stretch of True cells, in row-major order) and its 8-connected areas."""

    starts: Any  # each run's first column
    ends: Any  # each run's column after its last
    rows: Any  # each run's row
    area: Any  # each run's area: an index into the areas' arrays below (row-major order of their first cells)
    top: Any  # each area's box: first row, first column, the row and the column after its last, ...
    left: Any
    bottom: Any
    right: Any
    size: Any  # ... and its count of True cells


def labelled_runs(grid) -> LabelledRuns:
    """The runs of a 2-D bool grid holding a True cell, each with its 8-connected area, and each area's box and
    size: what `components` and a caller that changes an area's cells (recycled_fibres) both need."""
    import numpy as np

    rows, cols = grid.shape
    starts, ends, run_rows = _runs_of(grid)  # int32 while a grid's keys fit: half the memory
    labels = _joined(starts, ends, run_rows, cols)
    areas = np.unique(labels)  # an area's label is its first run's index: row-major order of first cells
    index = np.searchsorted(areas, labels)
    top, left = np.full(areas.size, rows, starts.dtype), np.full(areas.size, cols, starts.dtype)
    bottom, right, size = (np.zeros(areas.size, starts.dtype) for _ in range(3))
    np.minimum.at(top, index, run_rows)
    np.minimum.at(left, index, starts)
    np.maximum.at(bottom, index, run_rows + 1)
    np.maximum.at(right, index, ends)
    np.add.at(size, index, ends - starts)
    return LabelledRuns(starts, ends, run_rows, index, top, left, bottom, right, size)


def _runs_of(grid):
    """(starts, ends exclusive, rows) of every run of True cells of a 2-D bool grid, in row-major order."""
    import numpy as np

    padded = np.zeros((grid.shape[0], grid.shape[1] + 2), np.int8)
    padded[:, 1:-1] = grid
    edges = np.diff(padded, axis=1)
    kind = np.int32 if padded.size < 2**31 else np.int64  # keys (row x (columns + 1) + column) stay in range
    start_rows, starts = (a.astype(kind) for a in np.nonzero(edges == 1))
    ends = np.nonzero(edges == -1)[1].astype(kind)
    return starts, ends, start_rows


def _joined(starts, ends, run_rows, cols: int):
    """Each run's area label, the smallest index of the runs 8-connected to it: runs of neighbouring rows touch
    when their columns overlap or meet at a corner."""
    import numpy as np

    width = cols + 1
    start_keys = run_rows * width + starts
    end_keys = run_rows * width + ends
    # the runs of the row above that touch run b: those ending at or after b's start - 1 and starting at or
    # before b's end (exclusive ends, so "end >= start" is a corner), a contiguous range of that row's runs
    above = (run_rows - 1) * width
    low = np.searchsorted(end_keys, above + starts, side="left")
    high = np.searchsorted(start_keys, above + ends, side="right")
    touching = np.maximum(high - low, 0)
    kind = starts.dtype
    below = np.repeat(np.arange(starts.size, dtype=kind), touching)
    upper = (np.repeat(low, touching) - np.repeat(np.cumsum(touching) - touching, touching)).astype(kind)
    upper += np.arange(below.size, dtype=kind)
    del start_keys, end_keys, above, low, high, touching
    labels = np.arange(starts.size, dtype=kind)
    while True:
        joined = np.minimum(labels[below], labels[upper])
        before = labels.copy()
        np.minimum.at(labels, below, joined)
        np.minimum.at(labels, upper, joined)
        labels = labels[labels]  # pointer jumping: each run to its label's label
        if np.array_equal(labels, before):
            return labels
