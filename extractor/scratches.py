"""A film's scratches (thin light lines down the whole page) filled in from the columns beside them before OCR.

A scratch along a microfilm lets the reader's light through: on the print it is a line a pixel or two wide, lighter
than the paper, from the page's top to its foot. Where it crosses a letter it cuts the stroke, and Tesseract read a
title cut that way as other letters ("FETASENG"). A scratch column is measured on the page alone: its median grey
down the page is clearly lighter than its neighbours' (a letter's or a rule's column is darker, paper is alike).
Its pixels are given the mean of the nearest unscratched columns on either side. Pure functions over a grey page
image (2-D uint8, ink dark).
"""

from __future__ import annotations

# A column whose median grey is this much lighter than its neighbourhood's is a scratch; text and paper columns
# differ from their neighbours by a few levels of grain (a film print's paper varies by a vignette, slowly).
LIGHTER_BY = 18
NEIGHBOURHOOD_POINTS = 6.0  # the columns each side a column is compared with
MAX_SCRATCH_POINTS = 2.0  # wider light bands are a page's own (a gutter, a lighter panel), left alone
ROW_STEP = 4  # every fourth row is plenty for a column's median


def scratch_columns(grey, scale: float) -> list[tuple[int, int]]:
    """[(first, end)] column spans of `grey` (`scale` px per pt) that are scratches, left to right."""
    import numpy as np

    column = np.median(grey[::ROW_STEP], axis=0)
    reach = max(2, round(NEIGHBOURHOOD_POINTS * scale))
    padded = np.pad(column, reach, mode="edge")
    windows = np.lib.stride_tricks.sliding_window_view(padded, 2 * reach + 1)
    around = np.median(windows, axis=1)  # a scratch a few columns wide barely moves its window's median
    light = column - around > LIGHTER_BY
    spans, widest = [], max(1, round(MAX_SCRATCH_POINTS * scale))
    edges = np.flatnonzero(np.diff(np.concatenate(([0], light.astype(np.int8), [0]))))
    for first, end in zip(edges[::2], edges[1::2], strict=True):
        if end - first <= widest:
            spans.append((int(first), int(end)))
    return spans


def without_scratches(grey, scale: float):
    """(`grey` with its scratch columns filled from the columns beside them, whether it had any)."""
    import numpy as np

    spans = scratch_columns(grey, scale)
    if not spans:
        return grey, False
    mended = grey.copy()
    width = grey.shape[1]
    for first, end in spans:
        left, right = max(0, first - 2), min(width - 1, end + 1)  # past the JPEG-blurred edge
        mended[:, first:end] = ((grey[:, left].astype(np.uint16) + grey[:, right]) // 2)[:, None]
    return mended, True
