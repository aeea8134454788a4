"""A mimeograph (stencil) copy: oily ink swollen round every stroke, small counters filled, starved patches.

A stencil duplicator's ink spreads into the paper: every stroke prints a pixel or two wider on each side, letters
run together and small counters (e, a, o) fill in, while in starved patches single pixels of a stroke drop out.
Tesseract reads such type as bold blots ("Kemtaktpers" for "Kontaktpers"). The stroke width is measured on the
page (the median of the short horizontal ink runs: a stem's width; rules and filled blobs are longer) and, where
it is far past a printed body type's, the strokes are thinned by the excess: a starved stroke's dropped pixels
closed first (a dilation of one pixel), then an erosion of the dark by one pixel more than a quarter of the excess on
each side.
"""

from __future__ import annotations

import numpy as np

from bilagor.extractor.dead_columns import INK

SWOLLEN = 1.25  # pt: a median stroke this wide is ink spread round the print (body type's stems are 0.7-1.0 pt,
# a bold label's 1.3-1.5 pt but bold labels are few of a page's strokes)
NORMAL = 0.8  # pt: a body type's stem, what a swollen stroke is thinned towards
LONGEST_RUN = 4.0  # pt: longer ink runs are rules, frames and filled blobs, not a stem's width
LEAST_RUNS = 400  # too little print to measure: left as it came
MOST_THINNING = 3  # px on each side


def horizontal_runs(ink: np.ndarray) -> np.ndarray:
    """The lengths of every row's ink runs."""
    padded = np.zeros((ink.shape[0], ink.shape[1] + 2), np.int8)
    padded[:, 1:-1] = ink
    steps = np.diff(padded, axis=1).ravel()
    return np.flatnonzero(steps == -1) - np.flatnonzero(steps == 1)


def stroke_width(grey: np.ndarray, scale: float) -> float | None:
    """The page's median stroke width in pt (short horizontal ink runs, once single dropped pixels are closed:
    a starved patch's broken strokes are no thin ones), or None on too little print."""
    from PIL import Image, ImageFilter

    closed = Image.fromarray(grey).filter(ImageFilter.MinFilter(3)).filter(ImageFilter.MaxFilter(3))
    runs = horizontal_runs(np.asarray(closed) < INK)
    runs = runs[runs <= LONGEST_RUN * scale]
    if len(runs) < LEAST_RUNS:
        return None
    return float(np.median(runs)) / scale


def without_swollen_strokes(grey: np.ndarray, scale: float) -> tuple[np.ndarray, bool]:
    """The page with swollen strokes (stroke_width past SWOLLEN) thinned towards NORMAL; a page whose strokes are
    not swollen is returned as it came."""
    from PIL import Image, ImageFilter

    width = stroke_width(grey, scale)
    if width is None or width < SWOLLEN:
        return grey, False
    # a quarter of the excess on each side, not half: filled counters and joined letters lengthen the runs too, and
    # thinning by half (tried on the tuning pages) broke the strokes of the starved patches
    excess = min(MOST_THINNING, max(1, round((width - NORMAL) * scale / 4)))
    image = Image.fromarray(grey).filter(ImageFilter.MinFilter(3))  # starved strokes' dropped pixels closed
    image = image.filter(ImageFilter.MaxFilter(3 + 2 * excess))
    return np.asarray(image), True
