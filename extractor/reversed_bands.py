"""Labels printed light on a dark band or bar (a form's heading bands, a table's dark head row, a label's filled
bar) turned dark on paper before OCR.

A form may print each label in white on a dark grey band across the page. Every later step takes dark for ink:
the rule finder wipes a band's rows as ruling lines wherever they run on past the label's letters (the last
letter of every label went with them, and the tops of its capitals), the grey-mark step took a band's pieces for
pencil, and Tesseract reads what is left as garbage ("LGen omTo a", "FR [aj"). On a crumpled sheet, whose creases
step the print a pixel or two aside, more of the band is broken up and lost. A band is told by its shape: a dark
area of one flat grey, wider than a few words and at least a line of type tall, filling most of its box (its
light letters the rest); inside it the grey is mapped the other way (the band to the paper's grey, its letters
to black), and its ragged rim is made paper. Pure functions over a grey page image (2-D uint8, ink dark, `scale`
px per pt):

- `reversed_bands` / `without_reversed_bands`: the bands, found first, on the page as scanned;
- `dark_bars` / `without_dark_bars`: the bar case, a filled rectangle darker than a band (black, or a bar under a
  copier's watermark or a drum's ghost, "fos_ro_eve_an") found on the straightened page (a slanted bar's box
  holds paper, which would turn black) by its rows of fill above and below its letters, turned over per column
  from the column's fill (a low-toner stripe lightens a bar's columns unevenly).
"""

from __future__ import annotations

CELL_POINTS = 3.0  # the page is measured on cells this size, each by its mean grey
DARK_SHARE = 0.55  # a band's cell is darker than this share of the paper (bands measured 0.18-0.45)
MIN_WIDTH_POINTS = 72.0  # a band is wider than a few words ...
MIN_HEIGHT_POINTS = 8.0  # ... and at least a line of small type tall
MIN_ASPECT = 3.0  # and much wider than tall (a dark photo is not)
MIN_FILL = 0.6  # its dark cells fill this share of its box at least (its letters the rest)
FLAT_GREY = 40  # most of a band's dark pixels lie within this many grey levels of its median (a photo's spread)
MIN_FLAT = 0.6
RIM_POINTS = 0.75  # a band's edge, blurred and stepped by a crease, is made paper this far in
# Greys of a band up to this share of the way from its grey to its print's light are paper after: a crease's
# light ridge across a band (a third of the way, or less) was turned into a dark stroke and read as "|", "XY".
RIDGE_SHARE = 0.4


def reversed_bands(grey, scale: float) -> list[tuple[int, int, int, int]]:
    """Pixel boxes (x0, top, x1, bottom) of `grey`'s dark bands with light print on them (the module's
    docstring), largest first."""
    import numpy as np

    from bilagor.extractor.ocr import long_runs
    from bilagor.extractor.photos import components

    cell = max(1, round(CELL_POINTS * scale))
    rows, cols = grey.shape[0] // cell, grey.shape[1] // cell
    if rows < 2 or cols < 2:
        return []
    paper = float(np.median(grey[::4, ::4]))
    sums = grey[: rows * cell, : cols * cell].reshape(rows, cell, cols, cell).sum(axis=(1, 3), dtype=np.uint32)
    means = sums / (cell * cell)
    dark = means < DARK_SHARE * paper
    if dark.mean() > 0.5:  # a dark page or a photo: not a form's bands (a negative is turned first)
        return []
    # only areas holding a row of dark cells as wide as a band: a dark photo's or a heading's are few
    seeds = long_runs(dark, max(2, round(MIN_WIDTH_POINTS / CELL_POINTS)))
    if not seeds.any():
        return []
    found = []
    for r0, c0, r1, c1, count in components(dark, seeds):
        width, height = (c1 - c0) * cell / scale, (r1 - r0) * cell / scale
        if width < MIN_WIDTH_POINTS or height < MIN_HEIGHT_POINTS or width < MIN_ASPECT * height:
            continue
        if count < MIN_FILL * (r1 - r0) * (c1 - c0):
            continue
        box = (c0 * cell, r0 * cell, c1 * cell, r1 * cell)
        inside = grey[box[1] : box[3], box[0] : box[2]]
        level = float(np.median(inside[dark[r0:r1, c0:c1].repeat(cell, 0).repeat(cell, 1)]))
        if (np.abs(inside.astype(np.int16) - level) <= FLAT_GREY).mean() < MIN_FLAT:
            continue
        found.append(box)
    return sorted(found, key=lambda b: -(b[2] - b[0]) * (b[3] - b[1]))


def _band_edges(grey, box: tuple[int, int, int, int], paper: float) -> tuple[int, int, int, int]:
    """`box` (a band's cells) narrowed to the band's own pixel rows and columns: those at least half of whose
    pixels across the box are darker than the middle between paper and the band."""
    import numpy as np

    x0, top, x1, bottom = box
    inside = grey[top:bottom, x0:x1]
    dark = inside < (paper + float(np.median(inside))) / 2
    rows = np.flatnonzero(dark.mean(axis=1) >= 0.5)
    cols = np.flatnonzero(dark[rows].mean(axis=0) >= 0.5) if rows.size else rows
    if not rows.size or not cols.size:
        return box
    return x0 + int(cols[0]), top + int(rows[0]), x0 + int(cols[-1]) + 1, top + int(rows[-1]) + 1


def without_reversed_bands(grey, scale: float):
    """(`grey` with each reversed band's print made dark on paper, whether there was a band)."""
    import numpy as np

    boxes = reversed_bands(grey, scale)
    if not boxes:
        return grey, False
    out = np.array(grey)
    paper = float(np.median(grey[::4, ::4]))
    rim = max(1, round(RIM_POINTS * scale))
    reach = 2 * rim  # a band's edge blurred, or stepped aside by a crease
    changed = False
    for box in boxes:
        x0, top, x1, bottom = _band_edges(grey, box, paper)
        # the band grown by `reach`: its edge pixels (blurred, stepped by a crease) are paper after
        gx0, gtop = max(0, x0 - reach), max(0, top - reach)
        gx1, gbottom = min(grey.shape[1], x1 + reach), min(grey.shape[0], bottom + reach)
        ix0, itop, ix1, ibottom = x0 + rim, top + rim, x1 - rim, bottom - rim
        inside = grey[itop:ibottom, ix0:ix1].astype(np.float32)
        if inside.size == 0:
            continue
        band, light = (float(v) for v in np.percentile(inside, (50, 99)))
        if light - band < 30:  # nothing printed on it: a bar, left for the rule finder
            continue
        out[gtop:gbottom, gx0:gx1] = np.uint8(paper)
        # the band's grey (and a crease's lighter ridge) to the paper's, its light print to black
        floor = band + RIDGE_SHARE * (light - band)
        mapped = paper * np.clip((light - inside) / (light - floor), 0, 1)
        out[itop:ibottom, ix0:ix1] = np.round(mapped).astype(np.uint8)
        changed = True
    return (out, True) if changed else (grey, False)


# The bar case (dark_bars), measured on its own pixels rather than cells.
BAR_FILL_SHARE = 0.6  # a pixel darker than this share of the paper's light is a bar's fill (0.68: a ghost's bar too)
BAR_RUN_POINTS = 60.0  # a bar's rows above and below its letters are dark this far across, unbroken
# A bar is this tall (a label's line or two with their padding); a table's rules, doubled or thick, are thinner.
BAR_HEIGHT_POINTS = (8.0, 60.0)
BAR_GAP_POINTS = 10.0  # a bar's dark rows above and below its letters are at most this far apart (its letters' height)
BAR_MIN_DARK = 0.55  # of a bar's box, this share at least is fill (its letters are the rest)
# The fill is flat (a bar's tint, a watermark over it): a photo's dark area varies far more. Measured as the spread
# (interquartile range) of the fill's grey, a share of the paper's light.
BAR_MAX_SPREAD = 0.12
# a bar's anti-aliased edge, RIM_POINTS wide round it, is made paper where darker than BAR_EDGE_SHARE of it
BAR_EDGE_SHARE = 0.9


def dark_bars(grey, scale: float) -> list[tuple[int, int, int, int]]:
    """Pixel boxes (x0, top, x1, bottom) of `grey`'s bars: dark filled rectangles with light letters in them."""
    import numpy as np

    from bilagor.extractor.ocr import long_runs, widened

    paper = float(np.median(grey[::4, ::4]))
    # measured on a grid of a point (a page is millions of pixels; a bar's rows round its letters are points tall)
    step = max(1, round(scale))
    dark = grey[::step, ::step] < BAR_FILL_SHARE * paper
    runs = long_runs(dark, max(2, round(BAR_RUN_POINTS * scale / step)))
    if not runs.any():
        return []
    # the rows above and below a bar's letters joined across them
    joined = widened(runs, axis=0, by=max(1, round(BAR_GAP_POINTS * scale / step / 2)))
    low, high = (h * scale for h in BAR_HEIGHT_POINTS)
    bars = []
    for r0, r1 in _bar_spans(joined.any(axis=1)):
        for c0, c1 in _bar_spans(joined[r0:r1].any(axis=0)):
            rows = np.flatnonzero(runs[r0:r1, c0:c1].any(axis=1))
            if not rows.size:
                continue
            top, bottom = int(r0 + rows[0]) * step, int(r0 + rows[-1] + 1) * step
            bar = _bar_box(grey, paper, (c0 * step, top, c1 * step, bottom), step)
            if bar is not None and low <= bar[3] - bar[1] <= high:
                bars.append(bar)
    return bars


def _bar_spans(flags) -> list[tuple[int, int]]:
    """(start, stop) of each run of True in a 1-D array."""
    import numpy as np

    edges = np.flatnonzero(np.diff(np.concatenate(([0], flags.astype(np.int8), [0]))))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True))


def _bar_box(grey, paper: float, box: tuple[int, int, int, int], step: int) -> tuple[int, int, int, int] | None:
    """The bar found on the grid at `box`, its edges found on the pixels (rows and columns mostly fill), or None
    when it is no bar: too little fill (no rectangle), no letters in it (a thick rule, a black block) or a fill that
    varies (a photo)."""
    import numpy as np

    x0, top, x1, bottom = box
    top, x0 = max(0, top - step), max(0, x0 - step)
    bottom, x1 = min(grey.shape[0], bottom + step), min(grey.shape[1], x1 + step)
    dark = grey[top:bottom, x0:x1] < BAR_FILL_SHARE * paper
    rows = np.flatnonzero(dark.mean(axis=1) > 0.5)
    columns = np.flatnonzero(dark.mean(axis=0) > 0.5)
    if not rows.size or not columns.size:
        return None
    filled = dark[rows[0] : rows[-1] + 1, columns[0] : columns[-1] + 1]
    x0, top, x1, bottom = x0 + int(columns[0]), top + int(rows[0]), x0 + int(columns[-1]) + 1, top + int(rows[-1]) + 1
    if filled.mean() < BAR_MIN_DARK or filled.all(axis=1).mean() > 0.9:
        return None
    fill = grey[top:bottom, x0:x1][filled]
    if float(np.percentile(fill, 75) - np.percentile(fill, 25)) > BAR_MAX_SPREAD * paper:
        return None
    return x0, top, x1, bottom


def without_dark_bars(grey, scale: float):
    """`grey` with each bar (`dark_bars`) turned over: its fill paper, its light letters dark, stretched per
    column from the column's fill (a low-toner stripe lightens a bar's columns unevenly); and whether it held any."""
    import numpy as np

    bars = dark_bars(grey, scale)
    if not bars:
        return grey, False
    paper = float(np.median(grey[::4, ::4]))
    out = grey.copy()
    for x0, top, x1, bottom in bars:
        box = grey[top:bottom, x0:x1].astype(np.float32)
        fill = np.median(box, axis=0)  # the letters are the fewer pixels of each column
        light = np.maximum(paper - fill, 1.0)
        turned = paper - (box - fill[None, :]) * (paper / light)[None, :]
        out[top:bottom, x0:x1] = np.clip(turned, 0, paper).astype(np.uint8)
        # the bar's soft edges just outside it, else found as ruling lines above and below the label
        rim = max(1, round(RIM_POINTS * scale))
        for area in (
            out[max(0, top - rim) : top, x0:x1],
            out[bottom : bottom + rim, x0:x1],
            out[top:bottom, max(0, x0 - rim) : x0],
            out[top:bottom, x1 : x1 + rim],
        ):
            area[area < BAR_EDGE_SHARE * paper] = np.uint8(paper)
    return out, True
