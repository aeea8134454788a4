"""A soft shadow over a scan's print (a paper clip's, a lifted corner's), flattened into paper before OCR.

A paper clip holds the sheets together on the scanner's glass and lifts the paper round it: its shadow is a wide,
smooth darkening of the paper over an answer's lines, a tenth to two fifths of the paper's light, with no edge of a
glyph's size. Left, the faded-print step takes the shadowed lines for a darker paper and the words in it lose
their thin strokes. The paper's own light is measured on cells of CELL_POINTS (the lightest pixel of a cell and its
neighbours: a cell holds paper between strokes); where it is darker than the page's paper yet smooth (it differs
little from its neighbours' mean) the pixels are divided by it, so the paper there becomes paper and the print keeps
its darkness against it. A darkening with edges (a photo, a filled box) or one too dark to be a shadow stays: the
whole darkened area must be smooth (MIN_SMOOTH of its cells).
Pure functions over grey pixel arrays (uint8 H x W, ink dark).
"""

from __future__ import annotations

CELL_POINTS = 3.0  # a glyph's stroke is narrower: a cell's lightest pixel is paper
MIN_DEPTH = 14  # paper light this far under the page's paper is a shadow (a scan's paper varies 5-8)
MAX_DEPTH = 0.55  # ...and no darker than this share of it (a dark block, a photo)
EDGE = 8  # a cell's light differs from its neighbours' mean by less than this where the darkening is smooth
MIN_SMOOTH = 0.9
MIN_CELLS = 12  # a darkened area of fewer cells is no shadow (a grey box, a shaded cell's corner)
NEIGHBOURS = 2  # cells each way in the neighbours' mean
MIN_RAMP = 12  # a shadow's middle is at least this much darker than its rim
MAX_RIM_DEPTH = 2 * MIN_DEPTH  # a shadow's rim cells are typically this near the paper's light (a box's: its fill)


def without_soft_shadows(grey, scale: float):
    """`grey` with its soft shadows flattened into paper (see the module), and whether any was."""
    import numpy as np

    from bilagor.extractor.photos import components

    grey = np.asarray(grey)
    cell = max(2, round(CELL_POINTS * scale))
    light = _neighbour_max(_cell_max(grey, cell))
    paper = float(np.percentile(light, 90))
    around = _box_mean(light, NEIGHBOURS)
    darker = (light < paper - MIN_DEPTH) & (light > MAX_DEPTH * paper)
    smooth = np.abs(light - around) < EDGE
    shadow = np.zeros_like(darker)
    for r0, c0, r1, c1, count in components(darker):
        area = darker[r0:r1, c0:c1]
        if count < MIN_CELLS or (smooth[r0:r1, c0:c1] & area).sum() < MIN_SMOOTH * count:
            continue
        # a shadow fades out at its edge; a filled box or cell is as dark at its edge as inside
        # and it deepens towards its middle; a light tinted cell is flat
        depth = paper - light[r0:r1, c0:c1]
        rim = float(np.median(depth[area & ~_neighbour_min(area)]))
        if rim < MAX_RIM_DEPTH and float(depth[area].max()) >= rim + MIN_RAMP:
            shadow[r0:r1, c0:c1] |= area
    if not shadow.any():
        return grey, False
    gain = np.where(shadow, paper / np.maximum(around, 1.0), 1.0)
    return _scaled(grey, gain, cell), True


def _scaled(grey, gain, cell: int):
    """`grey` times its cell's `gain` (each cell `cell` x `cell` pixels), at most white, one row of cells at a
    time: the whole page's gain, product and cap were three float copies of the page (240 MB at OCR's pixel
    cap, a poster page's 20 M pixels: format-corpus's balloon_a1b_jp2k peaked at 720 MB in the importer)."""
    import numpy as np

    out = np.empty_like(grey)
    width = grey.shape[1]
    for row, top in enumerate(range(0, grey.shape[0], cell)):
        factor = np.repeat(gain[row], cell)[:width]
        out[top : top + cell] = np.minimum(255.0, grey[top : top + cell] * factor).astype(grey.dtype)
    return out


def _cell_max(grey, cell: int):
    """The lightest pixel of each `cell` x `cell` square (float), the page's edge padded with black (the max
    takes the page's own light). Padded in the page's own type: a float copy was 80 MB at the pixel cap."""
    import numpy as np

    height, width = grey.shape
    rows, cols = -(-height // cell), -(-width // cell)
    padded = np.zeros((rows * cell, cols * cell), grey.dtype)
    padded[:height, :width] = grey
    return padded.reshape(rows, cell, cols, cell).max(axis=(1, 3)).astype(np.float32)


def _neighbour_max(values):
    """Each cell's largest value among itself and its eight neighbours (a cell wholly inside a stroke)."""
    import numpy as np

    padded = np.pad(values, 1, mode="edge")
    rows, cols = values.shape
    return np.max([padded[r : r + rows, c : c + cols] for r in range(3) for c in range(3)], axis=0)


def _neighbour_min(mask):
    """Whether each cell and its eight neighbours are all True (the area without its rim)."""
    import numpy as np

    padded = np.pad(mask, 1, mode="constant")
    rows, cols = mask.shape
    return np.min([padded[r : r + rows, c : c + cols] for r in range(3) for c in range(3)], axis=0)


def _box_mean(values, reach: int):
    """Each cell's mean over the square of cells `reach` each way (the page's edge padded with its own)."""
    import numpy as np

    padded = np.pad(values, reach, mode="edge").astype(np.float64)
    summed = padded.cumsum(0).cumsum(1)
    summed = np.pad(summed, ((1, 0), (1, 0)))
    size = 2 * reach + 1
    rows, cols = values.shape
    total = summed[size : size + rows, size : size + cols] - summed[:rows, size : size + cols]
    total = total - summed[size : size + rows, :cols] + summed[:rows, :cols]
    return (total / (size * size)).astype(np.float32)
