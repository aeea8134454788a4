"""A negative page image (light text on a dark ground) turned positive before OCR.

A microfilm reader prints a film's negative frames as they are: the paper black, the print light. Every later
step takes dark for ink (the frame and rule finders, the speck and faded-print steps, Tesseract's own threshold),
so such a page read as one black frame round nothing. Whether a page is negative is measured on the page alone:
its ground (the median grey of its margins and of the whole page, most of either being paper) is dark, and its
marks, the grey farthest from that ground, lie on the light side of it. Pure functions over a grey page image
(2-D uint8).
"""

from __future__ import annotations

# A ground darker than this (of 255) may be a negative's; paper, even a yellowed or dim scan's, is lighter.
DARK_GROUND = 110
MARGIN_SHARE = 0.05  # the outer strips of this share of the height (width) on each side: the margins
TAIL_PERCENT = 0.5  # the page's marks: this percentile at each end of its grey
# Of the page, this share at least must lie beyond the middle between ground and light tail: a few lines of
# text, not a light scratch down a blank dark page (a 200 dpi film's text pages measured 1.3-6 %).
MIN_MARK_SHARE = 0.005
# A light share larger than this is a sheet of paper photographed on a dark desk (a third to a half of the frame),
# not a negative's print.
MAX_MARK_SHARE = 0.2
SAMPLE_STEP = 3  # every third pixel each way is plenty for percentiles and spares a full page's sort


def ground_grey(grey) -> float:
    """The ground's grey of page image `grey`: the lighter of its margins' median and its own median (a
    vignette darkens the margins of a light print, so the margins alone would take a positive for a negative)."""
    import numpy as np

    height, width = grey.shape
    rows, cols = max(1, round(height * MARGIN_SHARE)), max(1, round(width * MARGIN_SHARE))
    margins = np.concatenate(
        [grey[:rows].ravel(), grey[-rows:].ravel(), grey[:, :cols].ravel(), grey[:, -cols:].ravel()]
    )
    return float(max(np.median(margins), np.median(grey[::SAMPLE_STEP, ::SAMPLE_STEP])))


def is_negative(grey) -> bool:
    """Whether page image `grey` (2-D uint8) is a negative: a dark ground whose marks are lighter than it."""
    import numpy as np

    ground = ground_grey(grey)
    if ground >= DARK_GROUND:
        return False
    sample = grey[::SAMPLE_STEP, ::SAMPLE_STEP]
    dark_tail, light_tail = (float(v) for v in np.percentile(sample, (TAIL_PERCENT, 100 - TAIL_PERCENT)))
    if light_tail - ground <= ground - dark_tail:  # the marks are darker than the ground: dim paper, dark ink
        return False
    return MIN_MARK_SHARE <= float((sample > (ground + light_tail) / 2).mean()) <= MAX_MARK_SHARE


def positive(grey):
    """(`grey` made positive when it is a negative, whether it was)."""
    if not is_negative(grey):
        return grey, False
    return 255 - grey, True
