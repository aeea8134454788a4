"""Screened and dithered bilevel scans made smooth grey before OCR (descreening).

A 1-bit scan prints grey as dots: a tinted label cell as an AM halftone screen (dots on a 45° grid), grey or
coloured print as a screen of its own, a greyscale page error-diffused (dithered) into scattered pixels.
Tesseract reads the dots as noise around the words and the screened letters as hollow shapes ("Prolekinamn",
"ÄNVIKOISET"); the tinted cell's dots part a label from its answer. A page holding such dots is blurred at
about the dots' size and its levels stretched again: a light tint becomes paper, screened print solid ink,
a speck of toner paper. A page without them (print, photos, a clean dither of black text) is left as it is.

The dots are found from the image itself: an ink pixel with at most DOT_PIXELS ink pixels in the square of
DOT_REACH_POINTS round it is a dot or part of one (a stroke of print runs through that square, even a hairline
fills more of it). A page is screened when SCREENED_BLOCKS of its blocks hold dots over SCREEN_DENSITY of their
area: scattered specks of dust or toner, or a letter's ragged edge, give far fewer. A screened page is blurred
all over: a fine screen's dots (100 lpi and finer) crowd the square and are not counted as dots, and the
lightest tints' dots fade in pdfium's render, so the blocks found are only part of the screen.
Pure functions over grey pixel arrays (H x W uint8, ink dark).
"""

from __future__ import annotations

# An ink pixel with at most DOT_PIXELS ink pixels (itself too) in the square reaching DOT_REACH_POINTS round
# it belongs to a dot: a 65-100 lpi screen's light dots are 1-4 pixels at 300 dpi, their neighbours a period
# (0.7-1.1 pt) away; a hairline of print puts 5 pixels in the square at 300 dpi (2 pixels reach).
DOT_REACH_POINTS = 0.5
DOT_PIXELS = 4
# Side of the blocks the page is judged in, in points: a few periods of a 65-150 lpi screen.
BLOCK_POINTS = 6.0
# Dot pixels per pixel of a block that make it screened: a 10 % tint at 65-100 lpi and 300 dpi gives
# 0.02-0.04, a block of 8-12 pt print or of a dithered page's letters under 0.01.
SCREEN_DENSITY = 0.012
# Blocks that make a page screened: 40 blocks of 6 pt are 1 440 pt², a tinted label cell of 100 x 15 pt. A
# dithered page of black text has a few (its letters' edges were grey before the dither: 0-3 blocks at 300 dpi,
# where a page with tinted cells has 400-1 700); blurred, its umlauts' dots faded ("oppen", "skadegorelse").
SCREENED_BLOCKS = 40
# The blur's standard deviation in points: a 65 lpi screen's period is 1.1 pt; its dots are left at about a
# sixth of their contrast (a 100 lpi screen's at 1 %), a 1 pt stroke of print at two thirds of its darkness
# (the levels below make it ink again). 0.43 pt lost more of the bold labels' letters ("Bebovsanalvs").
BLUR_POINTS = 0.3
# The blurred grey is stretched so that DARK and darker is ink and LIGHT and lighter paper: a light tint
# (10-20 % dots) blurs to 200-235 and becomes paper; screened print (70 % dots and more) and a blurred stroke
# become ink; a thin rule in screened grey (a 0.5 pt row rule of 67 % grey blurs to about 160) stays ink, as
# the rule finder needs it (LIGHT 180 left such rules in dashes, read as "- - - -" and rows run together).
DARK, LIGHT = 100, 215
_INK = 128


def dot_pixels(grey, scale: float):
    """Mask of ink pixels with at most DOT_PIXELS ink pixels in the square round them: dots of a screen."""
    import numpy as np

    ink = grey < _INK
    reach = max(1, round(DOT_REACH_POINTS * scale))
    side = 2 * reach + 1
    height, width = ink.shape
    padded = np.pad(ink, reach).astype(np.uint16)  # 5 x 5 at 300 dpi
    rows = np.zeros((height + 2 * reach, width), np.uint16)
    for dx in range(side):
        rows += padded[:, dx : dx + width]
    counts = np.zeros((height, width), np.uint16)
    for dy in range(side):
        counts += rows[dy : dy + height]
    return ink & (counts <= DOT_PIXELS)


def screened(grey, scale: float) -> bool:
    """Whether the page holds a screen's or a dither's dots (SCREENED_BLOCKS blocks dense with them)."""
    block = max(4, round(BLOCK_POINTS * scale))
    dots = dot_pixels(grey, scale)
    height, width = dots.shape
    rows, cols = height // block, width // block  # the last partial row and column of blocks are margin
    if not rows or not cols:
        return False
    counts = dots[: rows * block, : cols * block].reshape(rows, block, cols, block).sum(axis=(1, 3))
    return int((counts >= SCREEN_DENSITY * block * block).sum()) >= SCREENED_BLOCKS


def descreened(grey, scale: float):
    """(`grey` blurred at the dots' size and its levels stretched if it is screened, whether it was)."""
    if not screened(grey, scale):
        return grey, False
    return smoothed(grey, scale), True


def smoothed(grey, scale: float):
    """`grey` blurred at a screen's dots' size (BLUR_POINTS) and its levels stretched (DARK, LIGHT) again."""
    import numpy as np
    from PIL import Image, ImageFilter

    blurred = np.asarray(Image.fromarray(grey).filter(ImageFilter.GaussianBlur(BLUR_POINTS * scale)), np.float32)
    return np.clip((blurred - DARK) * (255 / (LIGHT - DARK)), 0, 255).astype(np.uint8)
