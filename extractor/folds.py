"""Even out a fold's shadow across a scanned page before OCR.

A letter folded in three and scanned flat keeps its folds: a soft dark band across the page (the shadow on
one side of the crease, fading over a few millimetres) and the crease itself, a thin darker line in it. The
crease is dark enough to be taken for ink (ocr._DARK): it was found as a table rule across the page, and
wiping it cut the letters of the line it crossed; Tesseract misread letters in the dark band. What any such
band looks like, whatever the scanner: the paper itself (each row's lightest pixels) darker than the page's
paper, across the whole page, over many rows. A table rule is thin; a shaded cell does not reach across the
page. Pure functions over a grey page image (2-D uint8, ink dark, `scale` px per pt):

- `paper_profile`: each row's paper level, per vertical strip of the page;
- `fold_rows`: the rows of wide dark bands across the page (folds), as a mask;
- `without_folds`: the page with those rows divided by their own paper level (the band made paper, its ink
  kept as dark as elsewhere), and whether it had any. Folds across or down the page.
"""

from __future__ import annotations

STRIPS = 8  # the paper level is measured per strip of the page's width: a slightly skewed fold still fits a strip
PAPER_PERCENTILE = 97  # of a row's pixels in a strip: its paper (a line of print leaves more than 3 % paper)
DIP_SHARE = 0.95  # a row whose paper is darker than this share of the page's paper lies in a shadow
# A fold's shadow darkens at least this many points of rows (measured 16-30 pt at 5 % darker); a rule or a
# crease alone is 0.2-2 pt.
MIN_BAND_POINTS = 8.0
# A band whose paper is darker than this share of the page's is no shadow (a dark banner printed with light
# text, which dividing would wipe); a crease in a fold's shadow measured 0.5.
MIN_BAND_SHARE = 0.4
GROW_POINTS = 1.0  # a band is grown by this much: the crease's blurred edge beside the shadow
STEP = 2  # every second column is enough to measure a row's paper


def paper_profile(grey):
    """(STRIPS x height) paper level of each row in each vertical strip of `grey`, as floats."""
    import numpy as np

    height, width = grey.shape
    n = width // (STRIPS * STEP)
    if n == 0:
        return np.full((1, height), float(np.percentile(grey, PAPER_PERCENTILE)))
    sampled = grey[:, : STRIPS * n * STEP : STEP].reshape(height, STRIPS, n)
    return np.percentile(sampled, PAPER_PERCENTILE, axis=2).T


def fold_rows(profile, paper: float, scale: float):
    """Mask of the rows lying in a fold's shadow, from `paper_profile`: runs of at least MIN_BAND_POINTS of rows
    whose paper is dipped in every strip but one, grown by GROW_POINTS."""
    import numpy as np

    dipped = (profile < DIP_SHARE * paper).sum(axis=0) >= max(1, profile.shape[0] - 1)
    band = np.zeros(profile.shape[1], bool)
    least = max(1, round(MIN_BAND_POINTS * scale))
    grow = max(1, round(GROW_POINTS * scale))
    edges = np.flatnonzero(np.diff(np.concatenate(([0], dipped.astype(np.int8), [0]))))
    for start, stop in zip(edges[::2], edges[1::2]):
        if stop - start >= least and profile[:, start:stop].min() >= MIN_BAND_SHARE * paper:
            band[max(0, start - grow) : stop + grow] = True
    return band


def _may_have_band(grey, scale: float) -> bool:
    """Whether `grey` may have a fold across it, by a cheap test that passes every page `fold_rows` finds a band
    on (so a clean page skips `paper_profile`'s percentiles, a fifth of a second a page): MIN_BAND_POINTS of rows in
    which at most one strip's worth of pixels is as light as DIP_SHARE of the page's lightest paper."""
    import numpy as np

    sampled = grey[:, :: STEP * 2]
    light = float(np.percentile(sampled[::8], 99))
    lit = (sampled >= DIP_SHARE * light).mean(axis=1) < 1 / STRIPS + (1 - PAPER_PERCENTILE / 100)
    run = np.convolve(lit, np.ones(max(1, round(MIN_BAND_POINTS * scale))), mode="valid")
    return bool(run.size and run.max() >= round(MIN_BAND_POINTS * scale))


def _evened_rows(grey, scale: float):
    """`grey` with its folds across the page evened out, or None when it has none."""
    import numpy as np

    if not _may_have_band(grey, scale):
        return None
    profile = paper_profile(grey)
    paper = float(np.median(profile))
    if paper <= 0:
        return None
    band = fold_rows(profile, paper, scale)
    if not band.any():
        return None
    rows = np.flatnonzero(band)
    out = grey.copy()
    strips, width = profile.shape[0], grey.shape[1]
    bounds = np.linspace(0, width, strips + 1).round().astype(int)
    for k in range(strips):
        # Only lightened: a row lighter than the page's paper (a fold's lit ridge) is left as it is.
        gain = paper / np.clip(profile[k, rows], 1.0, paper)
        part = out[rows, bounds[k] : bounds[k + 1]].astype(np.float32) * gain[:, None]
        out[rows, bounds[k] : bounds[k + 1]] = np.clip(part, 0, 255).astype(np.uint8)
    return out


def without_folds(grey, scale: float):
    """`grey` with the shadows of folds across and down the page evened out, and whether it had any."""
    across = _evened_rows(grey, scale)
    page = grey if across is None else across
    down = _evened_rows(page.T, scale)
    if down is not None:
        page = down.T.copy()
    return page, across is not None or down is not None
