"""Dashed lines in a text ink mask: a copier's cut marks between the pages of a sheet (ocr_sheet).

A sheet of four pages printed to be cut into quarters has dashed lines between them. Each dash is shorter
than a glyph, so the text ink mask (ocr_twoup.text_ink) keeps them as text: the gutter they run along is
halved into two bands, each narrower than a gutter, and a cut page's text box reaches out to them. What
sets them apart from a line of text, whatever their dash's length: they are thin (a stroke's width, not a
letter's height) and long (the dashes follow one another across the sheet). Pure functions over a boolean
mask of ink cells (rows by columns, CELL_POINTS each).
"""

from __future__ import annotations

# A letter's stroke spans at least this many cells down (a 5 pt line's x-height is 2.5 pt); a dashed line's
# ink spans at most two (a 1 pt stroke across two cells).
TALL_CELLS = 3
NEAR_CELLS = 2  # ink this near (above or below) a letter's stroke is that letter's (a full stop, an i's dot)
GAP_CELLS = 4  # dashes of one line stand at most this far apart (a word space at the same size is as wide)
MIN_LINE_CELLS = 30  # and run on together at least this long (longer than any glyph: ocr_twoup.MAX_GLYPH_POINTS)


def dashed_lines(ink):
    """The cells of `ink` lying on thin dashed (or dotted) lines across or down the mask."""
    return _dashed_across(ink) | _dashed_across(ink.T).T


def _dashed_across(ink):
    """Cells of thin lines running across: ink with no letter's stroke near above or below, which, its gaps
    up to GAP_CELLS closed, runs on for MIN_LINE_CELLS."""
    from bilagor.extractor.ocr import long_runs

    thin = ink & ~_grown_down(_tall(ink), NEAR_CELLS)
    return thin & long_runs(bridged(thin, GAP_CELLS), MIN_LINE_CELLS)


def _tall(ink):
    """Cells on a run of at least TALL_CELLS ink cells down a column."""
    import numpy as np

    rows = ink.shape[0]
    start = np.ones_like(ink)
    for k in range(TALL_CELLS):
        start[: rows - k] &= ink[k:]
    start[rows - TALL_CELLS + 1 :] = False
    tall = np.zeros_like(ink)
    for k in range(TALL_CELLS):
        tall[k:] |= start[: rows - k]
    return tall


def _grown_down(mask, reach: int):
    """`mask` grown `reach` cells up and down."""
    import numpy as np

    grown = mask.copy()
    rows = mask.shape[0]
    for k in range(1, reach + 1):
        grown[: rows - k] |= mask[k:]
        grown[k:] |= mask[: rows - k]
    return np.asarray(grown)


def bridged(mask, gap: int):
    """`mask` with gaps along its rows of up to `gap` cells between ink closed: a cell with ink that near on
    both sides."""
    import numpy as np

    cols = mask.shape[1]
    sums = np.zeros((mask.shape[0], cols + 1), np.int32)
    np.cumsum(mask, axis=1, out=sums[:, 1:])
    index = np.arange(cols)
    before = sums[:, index + 1] - sums[:, np.maximum(0, index - gap)] > 0
    after = sums[:, np.minimum(cols, index + gap + 1)] - sums[:, index] > 0
    return mask | (before & after)
