"""Bring a low-toner band's faint print back before OCR.

A laser printer running out of toner prints an upright band of the page pale (its print a quarter to a half as
dark as elsewhere) and broken into specks. Left so, Tesseract's threshold broke the band's letters ("Farste",
"trvcaneten"), and the pale-layer step took the band's print for a drum's ghost (far paler than the page's print)
and made it paper. What tells the band from a ghost, a watermark or pencil is where the paleness lies: in every
line crossing an upright run of columns, with the page's dark print on both sides of it in the same lines, not
scattered over the page. Its contrast is then normalised column by column (not for the page): each column's
print darkened back to the page's, its specks closed. Pure functions over a grey page image (2-D uint8, ink
dark, `scale` px per pt):

- `column_print_shares`: each cell column's print darkness (a high percentile of its band's inked cells) as a share
  of the page's, NaN where a band holds too little print to measure;
- `stripe_gain`: the darkening factor for each pixel column (1 outside a band), or None when no band is found;
- `without_toner_band`: the page with its band's print darkened back, and whether it held one.
"""

from __future__ import annotations

CELL_POINTS = 1.0  # ink is judged on cells this size, each by its darkest pixel
PRINT_PERCENTILE = 99.5  # of the pixels' darkness: the page's print core (as pale_layer's of its cells)
BAND_POINTS = 12.0  # a column's print darkness is measured over a band of columns this wide
EDGE_POINTS = 2.0  # near a band's edges a column is measured again over a band of columns this wide
BAND_PERCENTILE = 90  # of a band's inked cells' darkness: its print's core
INKED_SHARE = 0.15  # a cell darker than this share of the page's print holds ink (the band's print is 0.25-0.5)
MIN_BAND_CELLS = 40  # inked cells a band needs for its print to be measured (a few letters' worth)
# A run of columns printing paler than FULL of the page's print is a low-toner band when the columns on both sides
# of it print at FULL or more and its palest is MAX_DIP or less: a page's own print measured 0.88-1.06 of its core
# in every band, a low-toner band 0.32-0.5 at its middle. Darker than MIN_SHARE at its palest: a pale layer of its
# own (pencil, a ghost), not faint print.
FULL = 0.88
MAX_DIP = 0.7
MIN_SHARE = 0.2
# An upright band of toner is a few per cent of the page's width: wider and the page is faded (faded, overexposed)
# where the flanks measured are a column of heavier type.
BAND_WIDTH = (0.02, 0.2)
MAX_GAIN = 4.0
# A pixel of the band darker than this share of the band's own print is print (a drum's ghost or a copier's
# watermark is 0.1-0.35 of the print, in the band as elsewhere): paler ones are left as they are.
FAINT_SHARE = 0.5
NOISE_SHARE = 0.04  # darkness under this share of the paper is its grain: not darkened with the print
SPECK_POINTS = 0.35  # the band's specks of lost toner are joined by a blur of this sigma (a stroke is 0.7-1.5 pt)


def column_print_shares(darkness, page_print: float, band_points: float = BAND_POINTS):
    """Each cell column's print darkness over its band of `band_points` (`darkness`: cells' paper - darkest grey)
    as a share of `page_print`; NaN where the band holds under MIN_BAND_CELLS inked cells."""
    import numpy as np

    half = max(1, round(band_points / CELL_POINTS / 2))
    columns = darkness.shape[1]
    shares = np.full(columns, np.nan, dtype=np.float32)
    floor = INKED_SHARE * page_print
    for start in range(0, columns, half):
        cells = darkness[:, max(0, start - half) : min(columns, start + 2 * half)]
        inked = cells[cells > floor]
        if inked.size >= MIN_BAND_CELLS:
            shares[start : start + half] = float(np.percentile(inked, BAND_PERCENTILE)) / page_print
    return shares


def band_runs(shares) -> list[tuple[int, int]]:
    """Runs [start, end) of `shares` under FULL bounded on both sides by measured columns at FULL or more, at
    most MAX_DIP at their palest and at least MIN_SHARE, of BAND_WIDTH of the columns."""
    import numpy as np

    columns = shares.size
    runs, start = [], None
    for i in range(columns + 1):
        pale = i < columns and not np.isnan(shares[i]) and shares[i] < FULL
        if pale and start is None:
            start = i
        elif not pale and start is not None:
            before, after = shares[start - 1] if start > 0 else np.nan, shares[i] if i < columns else np.nan
            run = shares[start:i]
            flanked = bool(before >= FULL) and bool(after >= FULL)
            wide = BAND_WIDTH[0] * columns <= i - start <= BAND_WIDTH[1] * columns
            if flanked and wide and MIN_SHARE <= float(run.min()) <= MAX_DIP:
                runs.append((start, i))
            start = None
    return runs


def stripe_gain(grey, scale: float):
    """The darkening factor of each pixel column of `grey` (1 outside a low-toner band), or None when the page
    holds no band."""
    import numpy as np

    from bilagor.extractor.pale_layer import dark_print

    measured = dark_print(grey, scale, CELL_POINTS)
    if measured is None:  # a faded copy's grey print is the faded-print step's
        return None
    _, cell, darkness, page_print = measured
    shares = column_print_shares(darkness, page_print)
    runs = band_runs(shares)
    if not runs:
        return None
    gain = np.ones(shares.size, dtype=np.float32)
    half = max(1, round(BAND_POINTS / CELL_POINTS / 2))
    # a band's edge columns were measured with the page's dark print beside them in their window: near its edges
    # each column is measured again over a narrow window, and only those printing pale are darkened (a drum's ghost
    # beside dark print, darkened with the band's gain, became print)
    fine = column_print_shares(darkness, page_print, EDGE_POINTS)
    for start, end in runs:
        middle = float(np.median(shares[start:end]))
        near = np.arange(max(0, start - 2 * half), min(shares.size, end + 2 * half))
        own = np.where(np.isnan(fine[near]), middle, fine[near])
        gain[near] = np.where(own < FULL, np.clip(1 / np.maximum(own, 1 / MAX_GAIN), 1, MAX_GAIN), 1)
    width = grey.shape[1]
    columns = np.minimum(np.arange(width) // cell, gain.size - 1)
    return gain[columns]


def without_toner_band(grey, scale: float):
    """`grey` with a low-toner band's print darkened back to the page's and its specks closed, and whether it held
    one."""
    import numpy as np
    from PIL import Image, ImageFilter

    gain = stripe_gain(grey, scale)
    if gain is None:
        return grey, False
    paper = float(np.median(grey[::4, ::4]))
    page_print = float(np.percentile(np.clip(paper - grey[::4, ::4].astype(np.float32), 0, None), PRINT_PERCENTILE))
    band = np.flatnonzero(gain > 1)
    left, right = int(band[0]), int(band[-1]) + 1
    part = grey[:, left:right].astype(np.float32)
    factor = gain[None, left:right]
    raw = np.clip(paper - part, 0, None)
    # only the band's print: a drum's ghost or a watermark in it is as much paler than the band's print as it is
    # than the page's elsewhere, and stays for the pale-layer step to take out
    cut = np.maximum(FAINT_SHARE * page_print / factor, NOISE_SHARE * paper)
    darkness = np.where(raw >= cut, raw * factor, raw)
    # the specks of lost toner: a stroke broken into them is, blurred over a stroke's width, as dark as the band's
    # faint print; blurred and stretched back to the page's print, it is whole again (its outline a little soft)
    sigma = max(1.0, SPECK_POINTS * scale)
    blurred = np.asarray(
        Image.fromarray(np.clip(raw, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(sigma))
    ).astype(np.float32)
    inked = blurred[(blurred > NOISE_SHARE * paper) & (factor > 1)]
    if inked.size:
        level = max(float(np.percentile(inked, BAND_PERCENTILE)), page_print / (2 * MAX_GAIN))
        whole = (blurred >= FAINT_SHARE * level) & (factor > 1)
        darkness = np.maximum(darkness, np.where(whole, blurred * page_print / level, 0))
    out = grey.copy()
    out[:, left:right] = np.clip(np.minimum(part, paper - darkness), 0, 255).astype(np.uint8)
    return out, True
