"""Ink judged on a grid of cells, for the steps before OCR that tell a page's print from other grey
(show_through, grey_marks). Pure functions over numpy arrays."""

from __future__ import annotations


def paper_and_cells(grey, scale: float, cell_points: float):
    """(paper, cell, darkest): the page's paper grey (the median: most of a page is paper, even under
    show-through or marks), the cell's side in pixels for `cell_points` at `scale`, and each cell's darkest
    pixel (cell_minima); None for a page smaller than a cell or black."""
    import numpy as np

    paper = float(np.median(grey[::4, ::4]))
    cell = max(1, round(cell_points * scale))
    if grey.shape[0] < cell or grey.shape[1] < cell or paper <= 0:
        return None
    return paper, cell, cell_minima(grey, cell)


def cell_minima(grey, cell: int):
    """The darkest pixel of each `cell` x `cell` square of `grey` (2-D uint8), rows by columns; the
    ragged right and bottom edges left out. Strided minima taken row by row of a cell, then column by
    column (a reduction over a 4-D view is several times slower)."""
    import numpy as np

    rows, cols = grey.shape[0] // cell, grey.shape[1] // cell
    block = grey[: rows * cell, : cols * cell]
    across = np.array(block[0::cell])
    for k in range(1, cell):
        np.minimum(across, block[k::cell], out=across)
    result = np.array(across[:, 0::cell])
    for k in range(1, cell):
        np.minimum(result, across[:, k::cell], out=result)
    return result


def grown(mask, reach: int):
    """`mask` grown by `reach` cells every way (a square's reach, as a max filter's), by shifted slices."""
    from bilagor.extractor.ocr import widened

    return widened(widened(mask, axis=0, by=reach), axis=1, by=reach)
