"""A phone photo of a page shown on a computer screen, made a grey page before OCR.

Photographed, every screen pixel is three coloured stripes (red, green, blue) with a dark row under it, and
turned and rescaled the stripes beat into moiré. Read as a colour photo, the stripes' colour made every stroke's
fringe a pen's mark (the page was wiped to a few specks) and their rows cut the glyphs. Told by the paper: on a
screen most of the bright pixels are coloured against their neighbourhood, in many hues (a tinted paper or a
photo's colour cast is the neighbourhood's own colour, a scan's paper has none, a colour picture covers a part of a
page, a cloth's check beside the sheet is one or two hues). The colour is measured against the neighbourhood's
(a blur over LOCAL_POINTS), not grey: a photo's white balance tints the whole screen, and with weak stripes
(a blurred or far photo) the tint decided their hues (the red third empty: no screen found, the page wiped as a
photo's coloured marks). Made grey by averaging
the channels (the stripes of one pixel sum to its light) and a low-pass over a screen pixel's size; the colour,
stripe noise only, is dropped. Pure functions over pixel arrays (uint8; `rgb` H x W x 3).
"""

from __future__ import annotations

SPREAD = 12  # a pixel whose channels differ from its neighbourhood's this much more is coloured (a scan: 0-6)
MIN_COLOURED_SHARE = 0.2  # of the page's bright pixels coloured at least (screen photos: 0.3-0.9; others < 0.14)
MIN_HUE_SHARE = 0.03  # of the bright pixels in a sixth of the hue wheel: it holds the stripes' colour
MIN_HUES = 3  # sixths of the wheel that hold MIN_HUE_SHARE (screens: 4-6; a cloth's check, a stamp: 0-1)
BRIGHT_PERCENTILE = 60  # pixels at least this light (of the page's) are paper
# A screen pixel is 0.45-0.75 pt of the page at 96-160 dpi; the low-pass spans about one (its stripes and row).
PIXEL_POINTS = 0.6
PROBE_STEP = 4  # the test looks at every fourth pixel each way
LOCAL_SAMPLES = 6  # the neighbourhood's colour: a blur over this many probed pixels (about 6 pt at 300 dpi)


def subpixel_screen(rgb) -> bool:
    """Whether `rgb` is a photo of a screen: of its bright pixels, MIN_COLOURED_SHARE coloured against their
    neighbourhood, their colours in MIN_HUES sixths of the hue wheel."""
    import numpy as np
    from PIL import Image, ImageFilter

    sample = np.ascontiguousarray(np.asarray(rgb)[::PROBE_STEP, ::PROBE_STEP])
    local = np.asarray(Image.fromarray(sample, "RGB").filter(ImageFilter.GaussianBlur(LOCAL_SAMPLES)))
    grey = sample.astype(np.int16).sum(axis=-1)
    bright = grey >= np.percentile(grey, BRIGHT_PERCENTILE)
    total = int(bright.sum())
    if not total:
        return False
    change = sample[bright].astype(np.float32) - local[bright]
    coloured = change.max(axis=-1) - change.min(axis=-1) > SPREAD
    if coloured.sum() < MIN_COLOURED_SHARE * total:
        return False
    red, green, blue = change[coloured].T
    # the hue of the change (as ocr_pen.hues, on a signed colour): the stripes' colours against the light's
    hue = np.degrees(np.arctan2(np.sqrt(3.0) * (green - blue), 2 * red - green - blue)) % 360
    sixths = np.bincount((hue // 60).astype(np.intp) % 6, minlength=6)
    return int((sixths >= MIN_HUE_SHARE * total).sum()) >= MIN_HUES


def screen_grey(rgb, scale: float):
    """`rgb` (a screen photo rendered at `scale` px per pt) as grey: the channels' mean, blurred over a screen
    pixel (PIXEL_POINTS) so its stripes and dark row are one light."""
    import numpy as np
    from PIL import Image, ImageFilter

    mean = np.asarray(rgb, dtype=np.uint16).sum(axis=-1) // 3
    image = Image.fromarray(mean.astype(np.uint8), "L")
    radius = max(1.0, PIXEL_POINTS * scale / 2)
    return np.asarray(image.filter(ImageFilter.GaussianBlur(radius)))


# A screen draws a thin stroke (an "r"'s arm, a "t"'s bar) one screen pixel wide, and averaged over its pixel it is
# grey (170-200 on the flattened page), under the photo path's ink level: the arm was cut ("r" read "ı", "kronor"
# "kıonoı"). Grey this dark joined to a stroke's core is ink; a guidance line's pale print (183 and lighter, no
# core) and the paper's moiré are not.
THIN_STROKE_LEVEL = 200
THIN_STROKE_POINTS = 2.5  # how far a thin stroke is followed from its core: an "r"'s arm at 9-11 pt


def thin_strokes_kept(flat, ink, scale: float):
    """`ink` (H x W bool, the flattened page `flat` under its ink level) with the grey under THIN_STROKE_LEVEL
    reached from it within THIN_STROKE_POINTS (eight-connected steps through such grey) made ink too."""
    import numpy as np

    allowed = np.asarray(flat) < THIN_STROKE_LEVEL
    grown = np.asarray(ink, dtype=bool) & allowed
    for _ in range(max(1, round(THIN_STROKE_POINTS * scale))):
        wider = grown.copy()
        wider[1:] |= grown[:-1]
        wider[:-1] |= grown[1:]
        step = wider.copy()
        step[:, 1:] |= wider[:, :-1]
        step[:, :-1] |= wider[:, 1:]
        step &= allowed
        if (step == grown).all():
            break
        grown = step
    return grown | np.asarray(ink, dtype=bool)
