"""Bring back print a broad band of glare washed out on a scan, before OCR: a sheet scanned inside a glossy sleeve.

A plastic sleeve on the glass reflects the scanner's lamp in a broad slanted band: under it the print is washed
most of the way to white (the paper was white already and stays so), so its letters are pale grey on white, paler
than Tesseract's threshold, and the pale-layer and faded-print steps, which take print that pale for a drum's
ghost or stained paper, made it paper: the step runs before them. A band is told from other pale grey by its
shape (`band_fit`): one slanted strip crossing the text lines, its washed print alone in it; rings, stains, small
blurred type and hairlines lie scattered, and a ghost's or a watermark's pale print in rows of its own. What
tells glare from print that is grey on purpose (a placeholder, a caption) is its scale: the wash varies smoothly
over tens of points, the same over every letter under it. So the print's darkness is measured on cells, spread
over the page at that scale, and where it is lighter than the page's own print the page's contrast is stretched
back, the paper's light kept: an illumination flattening of the ink's side. Pure functions over a grey page image
(2-D uint8, ink dark, `scale` px per pt):

- `ink_level`: the field of the print's darkest grey over the page (cells), the page's print and paper greys, or
  None when the page holds no washed band;
- `without_glare`: the page with the washed band's print stretched back to the page's print.
"""

from __future__ import annotations

from typing import Any, NamedTuple

CELL_POINTS = 6.0  # the print is measured on cells this size, each by its darkest pixel (a letter's stem)
# A cell holds print when its darkest pixel is this share of the paper's light darker than the paper around it:
# print washed 80 % of the way to white keeps about 0.2 of the paper; a tint or the paper's grain under 0.1.
MIN_CONTRAST = 0.12
PAPER_SHARE = 0.85  # a cell with no paper this light near it lies in a photo or a dark area: not measured
PRINT_PERCENTILE = 5  # of the printed cells' darkest grey: the page's own print, unwashed
# ... but no lighter than this share of the paper (scans' print measured 0.0-0.25 of it: faded.py): a band broad
# enough to wash most of the page's print leaves no unwashed print to measure.
BLACK = 0.2
MIN_DENSITY = 0.05  # where fewer printed cells than this share lie near (the spread's weight), nothing is stretched
SPREAD_POINTS = 24.0  # the washed print's level is spread over the page at this scale (a Gaussian's sigma)
# A printed cell is washed when its darkest grey lies this share of the way from the print to the paper; a page
# holds a band when such cells are MIN_WASHED_SHARE of its printed cells and MIN_WASHED_CELLS or more, ruling lines
# left out (burned quarter-size sheets of small blurred type 0.00-0.004 so; sleeve glare 0.06-0.8).
WASHED = 0.35
MIN_WASHED_SHARE = 0.05
MIN_WASHED_CELLS = 40
MIN_PRINTED_CELLS = 40  # a page of a few marks is not judged
# A band is one slanted strip: along some direction the washed cells fill one stretch of the page and the print
# outside it is unwashed. Its fit is the best F1 of "washed" by "inside one stretch", over directions every
# BAND_ANGLE_STEP degrees and stretches of whole bins BAND_BIN_POINTS wide. A sleeve's band fits 0.8 or better;
# scattered grey (a coffee ring, small blurred type, stains, a ghost's or the back page's print) lies across
# every stretch with the unwashed print, and fits far worse.
BAND_FIT = 0.75
# A slanted band crosses the text lines, which run on unwashed beside it: this share of the washed cells lie on a
# row of cells holding LINE_CELLS unwashed ones or more (sleeve glare 0.8-1.0). A drum's ghost or a copier's
# watermark is a pale layer of its own, its lines or letters in rows of their own (0.1-0.4; one ghost 0.82, its
# fit 0.70), which the pale-layer step after this one takes out.
MIN_CROSSED = 0.75
LINE_CELLS = 3
# A page whose pale layer (pale_layer: a drum's ghost, a watermark) lies mostly outside the band is left to that
# step: its ghost under the band, stretched with the band's print, was print after (a burned ghost page with an
# upright low-toner stripe: 0.69 of its pale cells outside the stripe; sleeve glare 0.12-0.29, the band's own print
# and small grey type).
MAX_PALE_OUTSIDE = 0.45
# Nor is a page of thin paper whose back shows through (show_through: pale print away from the page's own, read on
# none of the sleeve pages) stretched: the back's print in the band's strip was stretched to print.
# Ruling lines are left out of the band's test: a hairline (a table's grid, a crease, a sleeve's welded edge, a
# sheet's edge) is thin, so as pale as washed print anywhere on the page, and lies across any strip. A rule is a
# run of ink RULE_POINTS long or longer (RULE_FILL of it dark: a JPEG breaks a pale hairline) across or down.
RULE_POINTS = 36.0
RULE_FILL = 0.9
BAND_ANGLE_STEP = 5
BAND_BIN_POINTS = 12.0
# Where the spread level is washed under RAMP[0] of the way nothing is changed, over RAMP[1] wholly: the band's
# soft edge, and a clean page's small type, left as it was.
RAMP = (0.15, 0.3)
MAX_GAIN = 6.0  # the contrast is stretched at most this much (the wash's peak, 80 %: 5 times)
# Grey this share of the paper's light under it is the paper's grain or a JPEG's noise, not stretched: stretched
# five times, the grain round a sleeve's edge line (measured as washed print) was blotches of grey.
GRAIN = 0.04


class InkLevel(NamedTuple):
    """A page's washed print as `ink_level` measured it (cells of CELL_POINTS)."""

    level: Any  # the print's darkest grey spread over the page, cells (float)
    light: Any  # the paper's light near each cell (float)
    print_grey: float  # the page's own print, unwashed
    cell: int  # the cells' side in pixels
    band: Any  # 1.0 on the cells of the band's strip, else 0.0: nothing outside it is stretched


def ink_level(grey, scale: float) -> InkLevel | None:
    """The washed print's level over the page (InkLevel), or None when no band of it is found."""
    import numpy as np

    from bilagor.extractor.ink_cells import cell_minima
    from bilagor.extractor.show_through import show_through_cut

    cell = max(2, round(CELL_POINTS * scale))
    if grey.shape[0] < 4 * cell or grey.shape[1] < 4 * cell:
        return None
    darkest = cell_minima(grey, cell).astype(np.float32)
    brightest = 255 - cell_minima(255 - grey, cell).astype(np.float32)
    light = _spread_max(brightest, 2)  # paper lies between lines within two cells every way
    paper = float(np.median(light))
    printed = (light - darkest >= MIN_CONTRAST * paper) & (light >= PAPER_SHARE * paper)
    if int(printed.sum()) < MIN_PRINTED_CELLS:
        return None
    print_grey = min(float(np.percentile(darkest[printed], PRINT_PERCENTILE)), BLACK * paper)
    # The darkest print near each cell: a cell holding only a stroke's grey fringe or thin strokes is lighter than
    # its neighbour's stems (a bilevel page's enlarged edges: a fifth of its printed cells looked washed alone).
    near = -_spread_max(-np.where(printed, darkest, 255.0), 1)
    span = max(1.0, paper - print_grey)
    washed = (near - print_grey) / span >= WASHED
    if int((washed & printed).sum()) < MIN_WASHED_CELLS:  # the rules below only take cells away
        return None
    text = printed & ~_rule_cells(grey, light, paper, cell, scale)
    band = washed & text
    count = int(band.sum())
    if count < MIN_WASHED_CELLS or count < MIN_WASHED_SHARE * int(text.sum()):
        return None
    lines = (text & ~washed).sum(axis=1) >= LINE_CELLS
    if float(band[lines].sum()) < MIN_CROSSED * count:
        return None
    fit, strip = band_fit(text, band, CELL_POINTS)
    if fit < BAND_FIT or strip is None or _pale_outside(grey, scale, strip, cell) >= MAX_PALE_OUTSIDE:
        return None
    if show_through_cut(grey, scale) is not None:  # thin paper's back page (pale, mirrored): the show-through step's
        return None
    weight = (near < 255).astype(np.float32)
    sigma = SPREAD_POINTS / CELL_POINTS
    density = _blurred(weight, sigma)
    spread = _blurred(np.where(weight > 0, near, 0) * weight, sigma) / np.maximum(density, 1e-3)
    # far from any print the level is the page's print: the paper's grain there is not stretched
    level = np.where(density >= MIN_DENSITY, spread, print_grey)
    return InkLevel(level.astype(np.float32), light, print_grey, cell, strip.astype(np.float32))


def without_glare(grey, scale: float):
    """(`grey` with a washed band's print stretched back to the page's print, whether the page held one)."""
    import numpy as np

    found = ink_level(grey, scale)
    if found is None:
        return grey, False
    height, width = grey.shape
    level, light = _full(found.level, found.cell, grey.shape), _full(found.light, found.cell, grey.shape)
    span = np.maximum(light - found.print_grey, 1.0)
    washed = np.clip((level - found.print_grey) / span, 0, 1)
    # only in the band's strip (its edge soft): a fold's shadow or a sidebar's small grey type beside it stays
    ramp = np.clip((washed - RAMP[0]) / (RAMP[1] - RAMP[0]), 0, 1) * _full(found.band, found.cell, grey.shape)
    grain = GRAIN * light
    gain = np.clip(span / np.maximum(light - level - grain, 1.0), 1.0, MAX_GAIN)
    depth = light - grey.astype(np.float32)
    stretched = light - np.maximum(depth - grain, 0) * gain
    out = depth * (1 - ramp) + (light - stretched) * ramp  # the band's soft edge: a blend of the two
    return np.clip(light - out, 0, 255).astype(np.uint8), bool((ramp > 0).any())


def _pale_outside(grey, scale: float, strip, cell: int) -> float:
    """The share of the page's pale layer (pale_layer's cells) lying outside the band's `strip` (a grid of cells
    `cell` px wide); 0 when the page holds none."""
    import numpy as np

    from bilagor.extractor.pale_layer import CELL_POINTS as PALE_CELL_POINTS
    from bilagor.extractor.pale_layer import pale_layer

    layer = pale_layer(grey, scale)
    if layer is None:
        return 0.0
    rows, cols = np.nonzero(layer.pale)
    if not rows.size:
        return 0.0
    pale_cell = max(1, round(PALE_CELL_POINTS * scale))
    inside = strip[
        np.minimum(rows * pale_cell // cell, strip.shape[0] - 1),
        np.minimum(cols * pale_cell // cell, strip.shape[1] - 1),
    ]
    return float(1.0 - inside.mean())


def _rule_cells(grey, light, paper: float, cell: int, scale: float):
    """The cells (as `light`'s grid) holding a piece of a ruling line: a run of pixels MIN_CONTRAST of the paper
    darker than the paper's `light` near them, RULE_POINTS long across or down. Measured on a grid of half a
    point, each by its darkest pixel (a hairline kept, the gaps between letters too; a page is millions of
    pixels)."""
    import numpy as np

    from bilagor.extractor.ink_cells import cell_minima

    step = max(1, round(scale / 2))
    pooled = cell_minima(grey, step)
    # each pooled pixel's cell, the ragged edge beyond the cells' grid as their last
    cell_rows = np.minimum(np.arange(pooled.shape[0]) * step // cell, light.shape[0] - 1)
    cell_cols = np.minimum(np.arange(pooled.shape[1]) * step // cell, light.shape[1] - 1)
    ink = pooled < light[cell_rows][:, cell_cols] - MIN_CONTRAST * paper
    length = max(2, round(RULE_POINTS * scale / step))
    ruled = np.zeros(ink.shape, dtype=bool)
    for axis in (0, 1):
        size = ink.shape[axis]
        if size <= length:
            continue
        along = np.moveaxis(ink, axis, 0)
        zero = np.zeros((1,) + along.shape[1:], dtype=np.int32)
        total = np.concatenate((zero, np.cumsum(along, axis=0, dtype=np.int32)))
        full = np.zeros(along.shape, dtype=bool)  # the window of `length` ending at each pixel nearly all ink
        full[length - 1 :] = total[length:] - total[:-length] >= RULE_FILL * length
        # a pixel lies in such a window when one ends within `length` after it
        ended = np.concatenate((zero, np.cumsum(full, axis=0, dtype=np.int32)))
        covered = ended[np.minimum(np.arange(size) + length, size)] - ended[:size]
        np.moveaxis(ruled, axis, 0)[...] |= covered > 0
    cells = np.zeros(light.shape, dtype=bool)
    rows, cols = np.nonzero(ruled)
    cells[cell_rows[rows], cell_cols[cols]] = True
    return cells


def band_fit(printed, washed, cell_points: float):
    """How well one slanted strip holds the `washed` cells among the `printed` ones (2-D bool grids of cells
    `cell_points` wide): (the best F1 of the washed cells against a stretch of the page along one direction, 1.0
    when all the washed print lies in one strip with no unwashed print in it and 0 when no cell is washed; that
    stretch as a grid of the cells in it, widened by a bin each side: the band, None when none)."""
    import numpy as np

    rows, cols = np.nonzero(printed)
    hit = washed[rows, cols].astype(np.float64)
    total = float(hit.sum())
    if not total:
        return 0.0, None
    bin_cells = BAND_BIN_POINTS / cell_points
    best, where = 0.0, (0.0, 0.0, 0.0, 0.0)
    for degrees in range(0, 180, BAND_ANGLE_STEP):
        theta = np.radians(degrees)
        across = cols * np.cos(theta) + rows * np.sin(theta)
        origin = float(across.min())
        bins = ((across - origin) / bin_cells).astype(np.int64)
        size = int(bins.max()) + 1
        count = np.concatenate(([0.0], np.cumsum(np.bincount(bins, minlength=size))))
        inside = np.concatenate(([0.0], np.cumsum(np.bincount(bins, weights=hit, minlength=size))))
        # every stretch [i, j): F1 = 2 * washed inside / (cells inside + washed cells)
        washed_in = inside[None, :] - inside[:, None]
        cells_in = count[None, :] - count[:, None]
        fit = 2 * washed_in / np.maximum(cells_in + total, total)  # a stretch backwards (j < i) holds nothing
        i, j = np.unravel_index(int(fit.argmax()), fit.shape)
        if float(fit[i, j]) > best:
            best, where = float(fit[i, j]), (theta, origin, float(i), float(j))
    theta, origin, first, end = where
    grid_rows, grid_cols = np.mgrid[0 : printed.shape[0], 0 : printed.shape[1]]
    place = (grid_cols * np.cos(theta) + grid_rows * np.sin(theta) - origin) / bin_cells
    return best, (place >= first - 1) & (place < end + 1)


def _full(cells, cell: int, shape: tuple[int, int]):
    """A cell grid's values at every pixel of a page `shape` (bilinear, the ragged edge as its last cells)."""
    import numpy as np
    from PIL import Image

    height, width = shape
    rows, cols = cells.shape
    image = Image.fromarray(np.ascontiguousarray(cells, dtype=np.float32), mode="F")
    inner = np.asarray(image.resize((cols * cell, rows * cell), Image.Resampling.BILINEAR), dtype=np.float32)
    return np.pad(inner, ((0, height - rows * cell), (0, width - cols * cell)), mode="edge")


def _spread_max(cells, reach: int):
    """The largest value within `reach` cells every way of each cell (a max filter by shifted slices)."""
    import numpy as np

    out = cells.copy()
    for axis in (0, 1):
        base = out.copy()
        for shift in range(1, reach + 1):
            ahead = np.roll(base, shift, axis=axis)
            behind = np.roll(base, -shift, axis=axis)
            if axis == 0:
                ahead[:shift], behind[-shift:] = base[:shift], base[-shift:]
            else:
                ahead[:, :shift], behind[:, -shift:] = base[:, :shift], base[:, -shift:]
            np.maximum(out, np.maximum(ahead, behind), out=out)
    return out


def _blurred(cells, sigma: float):
    """`cells` blurred by a Gaussian of `sigma` cells (separable, the edges as zero: the caller divides by the
    blurred weights)."""
    import numpy as np

    reach = max(1, round(3 * sigma))
    offsets = np.arange(-reach, reach + 1, dtype=np.float32)
    kernel = np.exp(-0.5 * (offsets / sigma) ** 2)
    kernel /= kernel.sum()
    rows = np.apply_along_axis(np.convolve, 1, cells.astype(np.float32), kernel, mode="same")
    return np.apply_along_axis(np.convolve, 0, rows, kernel, mode="same")
