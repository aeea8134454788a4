"""A thermal fax's dead print-head columns: white streaks down the page, cutting every stroke they cross.

A dead heating element never prints, so its column is paper from top to bottom; over paper it leaves no trace,
and only the strokes it cuts tell it. A gap between letters ends where a letter ends, at varying x, and the
page's other lines put ink into it; a dead column is inkless down the whole page while strokes end exactly at
its left edge and start again at its right one on line after line. Found columns are filled from their two
edges (a row bridged only where both edges are ink), which joins the cut strokes again before OCR.
"""

from __future__ import annotations

import numpy as np

INK = 128  # darker than this is ink (a 1-bit print is 0 or 255; its render's edges grey)
WIDEST = 2.2  # pt: four dead dots of a 204 dpi head, with the render's grey edges
BAND = 16.0  # pt: about a text line, the unit the cuts are counted in down the page
SPREAD = 0.4  # the share of the bands with ink beside it that a dead column cuts a stroke in
NEAR = 3.0  # pt: ink this close beside a column counts as its band's ink
LEAST_CUT_BANDS = 6  # fewer inked bands than this: too little page to tell a dead column from a gap


def dead_columns(grey: np.ndarray, scale: float) -> list[tuple[int, int]]:
    """The dead columns [x0, x1) of a page (grey pixels, `scale` px per pt): runs of inkless columns at most
    WIDEST wide, inside the page's inked width, with a stroke cut (ink at x0 - 1 and at x1 in one row) in
    SPREAD of the bands that hold ink within NEAR of it."""
    ink = grey < INK
    inked_columns: np.ndarray = np.asarray(ink.any(axis=0))
    if not inked_columns.any():
        return []
    left, right = int(np.argmax(inked_columns)), len(inked_columns) - int(np.argmax(inked_columns[::-1]))
    band = max(1, round(BAND * scale))
    near = max(1, round(NEAR * scale))
    widest = max(1, round(WIDEST * scale))
    found = []
    x = left
    while x < right:
        if inked_columns[x]:
            x += 1
            continue
        end = x
        while end < right and not inked_columns[end]:
            end += 1
        if end - x <= widest and x > left and end < right:
            cut_rows = np.flatnonzero(ink[:, x - 1] & ink[:, end])
            cut_bands = len(np.unique(cut_rows // band))
            beside = ink[:, max(0, x - near) : x].any(axis=1) | ink[:, end : end + near].any(axis=1)
            inked_bands = len(np.unique(np.flatnonzero(beside) // band))
            if cut_bands >= max(LEAST_CUT_BANDS, SPREAD * inked_bands):
                found.append((x, end))
        x = end
    return found


def without_dead_columns(grey: np.ndarray, scale: float) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """The page with its dead columns (dead_columns) filled from their two edges, and those columns; a page
    without any is returned as it came."""
    columns = dead_columns(grey, scale)
    if not columns:
        return grey, []
    mended = grey.copy()
    for x0, x1 in columns:
        bridged(mended, grey, x0 - 1, x1)
    return mended, columns


def bridged(mended: np.ndarray, grey: np.ndarray, left_x: int, right_x: int) -> None:
    """Fill `mended`'s columns between `left_x` and `right_x` (both kept) in the rows where `grey` has ink at both,
    with the lighter of the two: a row is bridged only where a stroke ran on both sides; elsewhere the columns stay
    as they are (two letters' grey edges across a gap are no stroke)."""
    left, right = grey[:, left_x], grey[:, right_x]
    cut = (left < INK) & (right < INK)
    mended[cut, left_x + 1 : right_x] = np.maximum(left, right)[cut, None]
