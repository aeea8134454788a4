"""An overexposed scan: its print stretched back region by region before OCR.

A page scanned with its exposure far too bright (1.5-2 times, a lamp band brighter still) has its paper crushed
to pure white and its ink lifted towards it: black print is a mid grey, body type and grey captions a pale grey
whose thin strokes break, hairlines and tints nearly gone. The faded-print step stretches a page's ink by one
level, which the bold labels' cores set, so the body type stayed pale, the grey-mark step took it for pencil and
Tesseract's threshold broke it up ("Konsi i gangtu" for "Konst i gångtunnlar").

Told by the page itself, not by a name: most of it exactly white (highlights crushed: a faded copy's or a stained
paper's light is grey, a clean scan's too has white paper) and no dark ink anywhere (a clean scan's, a drum
ghost's or a glare band's page holds black print beside its pale marks). Then each region's darkness is scaled
so its darkest stroke is black again (`stretched`), a pale caption as well as a bold label, capped so empty paper
and noise are not raised into marks.
Pure functions over pixel arrays (uint8, ink dark).
"""

from __future__ import annotations

WHITE = 250  # paper at least this light is crushed white
MIN_WHITE_SHARE = 0.5  # of the page: an overexposed page's paper is white (a faded copy's grey: none)
INK = 230  # darker than this is ink, for the page's darkest print
MIN_INK_SHARE = 0.0005  # of the page: a blank page is not judged
# The page's darkest print (its 1st percentile of ink grey) lighter than this is lifted print: a scan's black
# print is 0-40, an overexposed one's 60-140 (my tuning pages, gain 1.45-1.9 on print at 0.7-0.9 black).
MIN_DARKEST = 55
CELL_POINTS = 8.0  # regions of this size (about a line of type) are stretched by their own darkest stroke
NOISE = 6  # darkness of the paper's noise, left out before a stretch
MIN_REFERENCE = 48  # a region's darkest below this (noise, a speck) is stretched as if it were this dark
TARGET = 235  # a region's darkest stroke is made this dark
GAMMA = 0.5  # of a region's darkness over its darkest: pale stroke middles and thin strokes joined again


def overexposed_print(grey) -> bool:
    """Whether `grey` (2-D uint8) is an overexposed scan: most of it crushed white, its darkest ink lifted."""
    import numpy as np

    grey = np.asarray(grey)[::2, ::2]
    if float(np.mean(grey >= WHITE)) < MIN_WHITE_SHARE:
        return False
    ink = grey[grey < INK]
    if ink.size < MIN_INK_SHARE * grey.size:
        return False
    return float(np.percentile(ink, 1)) >= MIN_DARKEST


def stretched(grey, scale: float):
    """`grey` (2-D uint8) with each region's darkness scaled so its darkest stroke is TARGET dark (the reference
    the most of its own and its neighbours' darkest, blended smoothly between regions)."""
    import numpy as np
    from PIL import Image

    grey = np.asarray(grey)
    height, width = grey.shape
    cell = max(4, round(CELL_POINTS * scale))
    rows, cols = -(-height // cell), -(-width // cell)
    dark = np.zeros((rows * cell, cols * cell), np.uint8)
    dark[:height, :width] = 255 - grey
    darkest = dark.reshape(rows, cell, cols, cell).max(axis=(1, 3)).astype(np.float32)
    padded = np.pad(darkest, 1, mode="edge")  # a stroke's region and its neighbours share one reference
    near = np.max([padded[y : y + rows, x : x + cols] for y in range(3) for x in range(3)], axis=0)
    reference = np.maximum(near - NOISE, MIN_REFERENCE)
    levels = np.asarray(Image.fromarray(reference, "F").resize((width, height), Image.Resampling.BILINEAR))
    share = np.clip((dark[:height, :width].astype(np.float32) - NOISE) / np.maximum(levels, 1.0), 0, 1)
    # a curve, not a line: a thin stroke's pale middle (a quarter of its region's darkest) made half as dark
    lifted = np.maximum(TARGET * share**GAMMA, dark[:height, :width])
    return (255 - np.clip(lifted, 0, 255)).astype(np.uint8)


def without_overexposure(grey, scale: float):
    """(`grey` with an overexposed scan's print stretched back, whether it was one)."""
    if not overexposed_print(grey):
        return grey, False
    return stretched(grey, scale), True
