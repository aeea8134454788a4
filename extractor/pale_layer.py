"""Take a pale layer printed over or beside the print out of a grey scan before OCR: a laser drum's ghost, a
copier's watermark.

A laser printer's worn drum prints the page again a drum's turn (60-95 mm) further down the sheet, pale (a tenth
to a third of the print's darkness): Tesseract read the ghost's words between the real lines, and the faded-print
step, which took the ghost's grey for faded ink, stretched it to black. A copier prints a large slanted word
("KOPIA") in a pale grey across every page: its strokes were read as letters beside the answers. What tells both
from the print is their darkness: much paler than the page's own ink, which is dark at its core even where the
toner ran low (a stripe down the page up to 60 % lighter: the print's darkness is measured in columns, the
stripe being upright). Pure functions over a grey page image (2-D uint8, ink dark, `scale` px per pt):

- `pale_layer`: the cells of pale ink away from the print and each cell column's print darkness, or None when
  the page holds no pale layer (a clean scan; pencil or grey print is not paler than a third of the print);
- `without_pale_layer`: the page with the pale layer made paper, and a low-toner stripe's print darkened back to
  the page's print (Tesseract's threshold lost its lightened letters).
"""

from __future__ import annotations

from typing import Any, NamedTuple

CELL_POINTS = 1.0  # ink is judged on cells this size, each by its darkest pixel
PRINT_PERCENTILE = 99.5  # of a band's cell darkness: its print's core
BAND_POINTS = 12.0
BAND_PERCENTILE = 90  # of a band's inked cells' darkness: its print's core  # the print's darkness is measured over bands of columns this wide
# A band's own print darkness is used only when it holds this many cells darker than BAND_PRINT of the page's
# print (a low-toner stripe keeps 0.45 of it or more; a ghost or a watermark 0.35 or less): else the page's. At 0.38
# a watermark's upright strokes, darker than that by the grain, were a band's print, judged print and darkened.
MIN_BAND_CELLS = 20
BAND_PRINT = 0.45
PRINT_SHARE = 0.55  # a cell at least this share of its band's print darkness holds print (or a photo's grey)
PALE_SHARE = (0.1, 0.45)  # a cell between these shares holds pale ink (under: the paper's grain)
NEAR_PRINT_POINTS = 1.5  # a stroke's grey fringe lies this near its dark core: pale ink further out is no fringe
# A pale layer's strokes run on: a pale cell counts when MIN_CLUSTER of the 3 x 3 cells round it (itself too) are
# pale; a paper's grain or texture dips a lone cell here and there into the pale range.
MIN_CLUSTER = 4
# Such cells, as a share of the page's cells and per print cell: burned grey and colour scans (textured paper, a
# stamp's page) measured at most 0.008 and 1.35 (a page of one line), clean ones 0.002; ghosts and watermarks
# 0.011-0.063 and 0.23-5.1 (a weak watermark's first page, mostly print: 0.008 and 0.11, left).
MIN_PALE_SHARE = 0.01
MIN_PALE_PER_PRINT = 0.1
# The cells darker than INKED of the paper's light (print, not a pale layer) are this dark at their median, a share
# of the paper's light (scans' print measured 0.8-0.95): else the print is faded (0.4-0.5), its own grey and a
# stain's are the faded-print step's, and a pale layer is not looked for.
INKED = 0.45
MIN_PRINT_DARKNESS = 0.6
FAR_CUT = 0.5  # away from the print a pixel paler than this share of its band's print darkness is paper
# Near it (where a ghost or a watermark's stroke crosses a letter) one as pale as the layer (its cells' darkest at
# LAYER_PERCENTILE), within NEAR_CUT: left, a watermark's stroke over a letter was read as its accent ("génomförts").
NEAR_CUT = (0.3, 0.45)
LAYER_PERCENTILE = 90
STRIPE_GAIN = 1.15  # columns whose print is this much lighter than the page's are darkened back (a low-toner stripe)


class PaleLayer(NamedTuple):
    """A page's pale layer as `pale_layer` measured it."""

    pale: Any  # mask of cells (CELL_POINTS) of pale ink away from the print
    core: Any  # the print's darkness in each cell column (paper - grey)
    page_print: float  # the page's print darkness: what a low-toner stripe's columns are brought back to
    paper: float  # the paper's grey
    near: float  # the cut near the print, a share of `core` (NEAR_CUT)


def pale_layer(grey, scale: float) -> PaleLayer | None:
    """The page's pale layer (PaleLayer), or None when the page holds none."""
    import numpy as np

    from bilagor.extractor.ink_cells import grown

    measured = dark_print(grey, scale, CELL_POINTS)
    if measured is None:
        return None
    paper, _, darkness, page_print = measured
    core = column_print(darkness, page_print)
    share = darkness / core[None, :]
    printed = share >= PRINT_SHARE
    reach = max(1, round(NEAR_PRINT_POINTS / CELL_POINTS))
    pale = (share >= PALE_SHARE[0]) & (share < PALE_SHARE[1]) & ~grown(printed, reach)
    layer = pale & (neighbours(pale) >= MIN_CLUSTER)
    count = int(layer.sum())
    if count < MIN_PALE_SHARE * pale.size or count < MIN_PALE_PER_PRINT * int(printed.sum()):
        return None
    near = min(NEAR_CUT[1], max(NEAR_CUT[0], float(np.percentile(share[layer], LAYER_PERCENTILE))))
    return PaleLayer(pale, core, page_print, paper, near)


def dark_print(grey, scale: float, cell_points: float):
    """(paper, cell, darkness, page_print): the paper's grey, the cell's side in pixels, each cell's darkness (paper
    - its darkest pixel) and the print's core darkness (PRINT_PERCENTILE of the cells'); None for a page whose print
    is not dark (a faded copy: the faded-print step's) or too little of it to judge by (a few marks)."""
    import numpy as np

    from bilagor.extractor.ink_cells import paper_and_cells

    measured = paper_and_cells(grey, scale, cell_points)
    if measured is None:
        return None
    paper, cell, darkest = measured
    darkness = np.clip(paper - darkest.astype(np.float32), 0, None)
    inked = darkness[darkness > INKED * paper]
    if not inked.size or float(np.median(inked)) < MIN_PRINT_DARKNESS * paper:
        return None
    page_print = float(np.percentile(darkness, PRINT_PERCENTILE))
    if page_print < INKED * paper:
        return None
    return paper, cell, darkness, page_print


def neighbours(mask):
    """How many of the 3 x 3 cells round each cell of `mask` (itself too) are set."""
    import numpy as np

    padded = np.pad(mask.astype(np.uint8), 1)
    rows, columns = mask.shape
    total = np.zeros(mask.shape, dtype=np.uint8)
    for dy in range(3):
        for dx in range(3):
            total += padded[dy : dy + rows, dx : dx + columns]
    return total


def column_print(darkness, page_print: float):
    """The print's darkness over each cell column of `darkness` (cells' paper - darkest grey): its band's core
    where the band holds enough print, else the page's `page_print`."""
    import numpy as np

    half = max(1, round(BAND_POINTS / CELL_POINTS / 2))
    columns = darkness.shape[1]
    core = np.full(columns, page_print, dtype=np.float32)
    floor = BAND_PRINT * page_print
    inked = (darkness > floor).sum(axis=0)
    for start in range(0, columns, half):
        band = slice(max(0, start - half), min(columns, start + 2 * half))
        if int(inked[band].sum()) >= MIN_BAND_CELLS:
            cells = darkness[:, band]
            # the band's inked cells' own darkness: a band of a few letters is as dark as a band of many
            level = float(np.percentile(cells[cells > floor], BAND_PERCENTILE))
            core[start : start + half] = min(page_print, max(level, floor))
    return core


def without_pale_layer(grey, scale: float):
    """`grey` with its pale layer (`pale_layer`) made paper, and whether it held one. Away from the print a pixel
    paler than FAR_CUT of its column's print darkness is paper; near it, one as pale as the layer. Columns whose print
    is lighter than the page's (a low-toner stripe) are darkened back."""
    import numpy as np

    found = pale_layer(grey, scale)
    if found is None:
        return grey, False
    pale, core, page_print, paper, near = found
    cell = max(1, round(CELL_POINTS * scale))
    height, width = grey.shape
    # each pixel's column of cells (the ragged right edge takes the last one's)
    columns = np.minimum(np.arange(width) // cell, core.size - 1)
    rows = np.minimum(np.arange(height) // cell, pale.shape[0] - 1)
    far = pale[rows][:, columns]
    # the grey from which a pixel is paper, per column (uint8 rows: a page at the pixel cap is 20 M of them)
    near_level = np.clip(np.ceil(paper - near * core), 0, 255).astype(np.uint8)[columns]
    far_level = np.clip(np.ceil(paper - FAR_CUT * core), 0, 255).astype(np.uint8)[columns]
    level = np.where(far, far_level[None, :], near_level[None, :])
    out = grey.copy()
    out[grey > level] = np.uint8(min(255, round(paper)))
    # A low-toner stripe's print brought back to the page's darkness: Tesseract's threshold lost its letters.
    gain = page_print / core
    lighter = np.flatnonzero(gain[columns] > STRIPE_GAIN)
    if lighter.size:
        band = out[:, lighter].astype(np.float32)
        darker = paper - (paper - band) * gain[columns[lighter]][None, :]
        out[:, lighter] = np.clip(np.minimum(band, darker), 0, 255).astype(np.uint8)
    return out, True
