"""A phone photo of a page shown on a computer screen, made a grey page before OCR.

Photographed, every screen pixel is three coloured stripes (red, green, blue) with a dark row under it, and
turned and rescaled the stripes beat into moiré. Read as a colour photo, the stripes' colour made every stroke's
fringe a pen's mark (the page was wiped to a few specks) and their rows cut the glyphs. Told by the paper: on a
screen most of the bright pixels are strongly coloured, each of the three primaries' hues about as often (a
tinted paper has one hue, a scan's paper none, a colour picture covers a part of a page). Made grey by averaging
the channels (the stripes of one pixel sum to its light) and a low-pass over a screen pixel's size; the colour,
stripe noise only, is dropped. Pure functions over pixel arrays (uint8; `rgb` H x W x 3).
"""

from __future__ import annotations

SPREAD = 12  # a pixel whose channels are this far apart is coloured (a scan's paper: 0-6)
MIN_COLOURED_SHARE = 0.3  # of the page's bright pixels coloured at least (a screen photo's paper: 0.5-0.6)
MIN_HUE_SHARE = 0.08  # of the bright pixels in each of the red, green and blue thirds of the wheel (0.18-0.21)
BRIGHT_PERCENTILE = 60  # pixels at least this light (of the page's) are paper
# A screen pixel is 0.45-0.75 pt of the page at 96-160 dpi; the low-pass spans about one (its stripes and row).
PIXEL_POINTS = 0.6
PROBE_STEP = 4  # the test looks at every fourth pixel each way


def subpixel_screen(rgb) -> bool:
    """Whether `rgb` is a photo of a screen: of its bright pixels, MIN_COLOURED_SHARE coloured and each primary's
    third of the hue wheel MIN_HUE_SHARE of them."""
    import numpy as np

    from bilagor.extractor.ocr_pen import hues

    sample = np.asarray(rgb)[::PROBE_STEP, ::PROBE_STEP]
    grey = sample.astype(np.int16).sum(axis=-1)
    bright = grey >= np.percentile(grey, BRIGHT_PERCENTILE)
    total = int(bright.sum())
    if not total:
        return False
    pixels = sample[bright]
    coloured = pixels.max(axis=-1).astype(np.int16) - pixels.min(axis=-1) > SPREAD
    if coloured.sum() < MIN_COLOURED_SHARE * total:
        return False
    hue = hues(pixels[coloured])
    thirds = ((hue >= 300) | (hue < 60), (hue >= 60) & (hue < 180), (hue >= 180) & (hue < 300))
    return all(int(third.sum()) >= MIN_HUE_SHARE * total for third in thirds)


def screen_grey(rgb, scale: float):
    """`rgb` (a screen photo rendered at `scale` px per pt) as grey: the channels' mean, blurred over a screen
    pixel (PIXEL_POINTS) so its stripes and dark row are one light."""
    import numpy as np
    from PIL import Image, ImageFilter

    mean = np.asarray(rgb, dtype=np.uint16).sum(axis=-1) // 3
    image = Image.fromarray(mean.astype(np.uint8), "L")
    radius = max(1.0, PIXEL_POINTS * scale / 2)
    return np.asarray(image.filter(ImageFilter.GaussianBlur(radius)))
