"""Labels printed light on a dark bar, made dark on paper before OCR.

Many forms print each label (or section heading) in white on a filled bar across the column. On a scan the bar is
a block of long dark rows: the rule finder took its rows above and below the letters for ruling lines and wiped
them, leaving the letters' tops and feet as ragged dark shreds that Tesseract read as other letters, or as nothing
where a copier's watermark or a drum's ghost crossed the bar ("fos_ro_eve_an"). Turned over inside the bar (the
fill made paper, the light letters ink) the label reads as any other line. Pure functions over a grey page image
(2-D uint8, ink dark, `scale` px per pt):

- `reverse_bars`: the pixel boxes (x0, top, x1, bottom) of the page's filled bars;
- `without_reverse_bars`: the page with each bar turned over, and whether it held any.
"""

from __future__ import annotations

FILL_SHARE = 0.6  # a pixel darker than this share of the paper's light is a bar's fill (0.68: a ghost's bar too)
RUN_POINTS = 60.0  # a bar's rows above and below its letters are dark this far across, unbroken
# A bar is this tall (a label's line or two with their padding); a table's rules, doubled or thick, are thinner.
HEIGHT_POINTS = (8.0, 60.0)
GAP_POINTS = 10.0  # a bar's dark rows above and below its letters are at most this far apart (its letters' height)
MIN_DARK = 0.55  # of a bar's box, this share at least is fill (its letters are the rest)
# The fill is flat (a bar's tint, a watermark over it): a photo's dark area varies far more. Measured as the spread
# (interquartile range) of the fill's grey, a share of the paper's light.
MAX_SPREAD = 0.12
RIM_POINTS = 0.75  # a bar's anti-aliased edge, this wide round it: made paper where darker than EDGE_SHARE of it
EDGE_SHARE = 0.9


def reverse_bars(grey, scale: float) -> list[tuple[int, int, int, int]]:
    """Pixel boxes (x0, top, x1, bottom) of `grey`'s bars: dark filled rectangles with light letters in them."""
    import numpy as np

    from bilagor.extractor.ocr import long_runs, widened

    paper = float(np.median(grey[::4, ::4]))
    # measured on a grid of a point (a page is millions of pixels; a bar's rows round its letters are points tall)
    step = max(1, round(scale))
    dark = grey[::step, ::step] < FILL_SHARE * paper
    runs = long_runs(dark, max(2, round(RUN_POINTS * scale / step)))
    if not runs.any():
        return []
    # the rows above and below a bar's letters joined across them
    joined = widened(runs, axis=0, by=max(1, round(GAP_POINTS * scale / step / 2)))
    low, high = (h * scale for h in HEIGHT_POINTS)
    bars = []
    for r0, r1 in _spans(joined.any(axis=1)):
        for c0, c1 in _spans(joined[r0:r1].any(axis=0)):
            rows = np.flatnonzero(runs[r0:r1, c0:c1].any(axis=1))
            if not rows.size:
                continue
            top, bottom = int(r0 + rows[0]) * step, int(r0 + rows[-1] + 1) * step
            bar = _full_box(grey, paper, (c0 * step, top, c1 * step, bottom), step)
            if bar is not None and low <= bar[3] - bar[1] <= high:
                bars.append(bar)
    return bars


def _spans(flags) -> list[tuple[int, int]]:
    """(start, stop) of each run of True in a 1-D array."""
    import numpy as np

    edges = np.flatnonzero(np.diff(np.concatenate(([0], flags.astype(np.int8), [0]))))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True))


def _full_box(grey, paper: float, box: tuple[int, int, int, int], step: int) -> tuple[int, int, int, int] | None:
    """The bar found on the grid at `box`, its edges found on the pixels (rows and columns mostly fill), or None
    when it is no bar: too little fill (no rectangle), no letters in it (a thick rule, a black block) or a fill that
    varies (a photo)."""
    import numpy as np

    x0, top, x1, bottom = box
    top, x0 = max(0, top - step), max(0, x0 - step)
    bottom, x1 = min(grey.shape[0], bottom + step), min(grey.shape[1], x1 + step)
    dark = grey[top:bottom, x0:x1] < FILL_SHARE * paper
    rows = np.flatnonzero(dark.mean(axis=1) > 0.5)
    columns = np.flatnonzero(dark.mean(axis=0) > 0.5)
    if not rows.size or not columns.size:
        return None
    filled = dark[rows[0] : rows[-1] + 1, columns[0] : columns[-1] + 1]
    x0, top, x1, bottom = x0 + int(columns[0]), top + int(rows[0]), x0 + int(columns[-1]) + 1, top + int(rows[-1]) + 1
    if filled.mean() < MIN_DARK or filled.all(axis=1).mean() > 0.9:
        return None
    fill = grey[top:bottom, x0:x1][filled]
    if float(np.percentile(fill, 75) - np.percentile(fill, 25)) > MAX_SPREAD * paper:
        return None
    return x0, top, x1, bottom


def without_reverse_bars(grey, scale: float):
    """`grey` with each bar (`reverse_bars`) turned over: its fill paper, its light letters dark, stretched per
    column from the column's fill (a low-toner stripe lightens a bar's columns unevenly); and whether it held any."""
    import numpy as np

    bars = reverse_bars(grey, scale)
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
            area[area < EDGE_SHARE * paper] = np.uint8(paper)
    return out, True
