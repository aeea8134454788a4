"""A fax scanner's dark streaks: lines of ink a few pixels wide drawn straight down the page, through the print.

A dirty spot on a fax's scanning bar blackens one column of every row it reads, so the streak is exactly vertical
in the image and runs on for a third of the page or more, through text lines and the paper between them. A table's
border is found as a rule and taken out later (ocr.remove_rules), and a streak would be too: a column rule through
the middle of a cell, or of a label, splits what it crosses. What tells a streak from a border is what it crosses:
a border keeps a cell's padding of paper on both sides, a streak has letters' strokes touching it on both sides on
line after line, or it runs on over nearly the whole page (no form's border does: margins). Found streaks are made
paper, their rows bridged where a stroke crosses (dead_columns.bridged, as a dead column is mended).
"""

from __future__ import annotations

import numpy as np

from bilagor.extractor.dead_columns import INK, bridged

WIDEST = 3.0  # pt: a streak of up to about 8 fax dots, with a render's grey edges
NARROWEST = 0.6  # pt: two dots of a 204 dpi fax; a border a pixel wide, which a fax's threshold breaks into
# dashes (its ends and the rows that join it no longer told), is narrower
LONGEST_LETTER = 90.0  # pt: an unbroken run of ink down one column longer than this is no letter, nor a slanted border
WHOLE_PAGE = 0.97  # a run this share of the page's height long is a streak, whatever it crosses: no border reaches into both margins
# (and so is one a single fax dot wide, narrower than NARROWEST: a broken thin border runs nowhere near that long)
EDGE_GREY = 235  # a column beside a streak this dark (median over its length) is the streak's grey render edge,
# left behind as a faint line through the letters when only the ink was made paper
EDGE_COLUMNS = 2  # grey columns either side at most: a render's edge, a dot's part cut by the threshold
BAND = 16.0  # pt: about a text line, the unit crossings are counted in
LEAST_CROSSED_BANDS = 5  # text lines a run crosses (ink touching both its sides) to be a streak
LEAST_CROSSED_BANDS_FREE = 2  # as many for a run whose ends meet no border's row
RULE_ROW = 12.0  # pt: a row inked along most of this beside a run is a border's row joining it, not a letter's
RULE_EDGE = 2.0  # pt: rows this near a border's row are its edges


def dark_streaks(grey: np.ndarray, scale: float) -> list[tuple[int, int]]:
    """The dark streaks [x0, x1) of a page (grey pixels, `scale` px per pt): runs of NARROWEST to WIDEST neighbouring
    columns each holding an unbroken run of ink longer than LONGEST_LETTER, that run over WHOLE_PAGE of the
    height or cross text (ink just beside both sides, not a border's row) in LEAST_CROSSED_BANDS bands, or in
    LEAST_CROSSED_BANDS_FREE with neither end at a border's row."""
    ink = grey < INK
    height = ink.shape[0]
    longest = longest_runs(ink)
    tall = longest > LONGEST_LETTER * scale
    found = []
    x, width = 0, len(tall)
    widest = max(1, round(WIDEST * scale))
    narrowest = max(1, round(NARROWEST * scale))
    while x < width:
        if not tall[x]:
            x += 1
            continue
        end = x
        while end < width and tall[end]:
            end += 1
        if end - x <= widest and 0 < x and end < width:
            top, bottom = _longest_stretch(np.asarray(ink[:, x:end].all(axis=1)))
            # a run over the whole height is a streak, however thin (a thin border stops inside the margins)
            if bottom - top >= WHOLE_PAGE * height or (
                narrowest <= end - x and _crosses_text(ink, x, end, top, bottom, scale)
            ):
                found.append((x, end))
        x = end
    return found


def without_dark_streaks(grey: np.ndarray, scale: float) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """The page with its dark streaks (dark_streaks) made paper, bridged where strokes cross them, and those
    streaks; a page without any is returned as it came."""
    streaks = dark_streaks(grey, scale)
    if not streaks:
        return grey, []
    mended = grey.copy()
    for x0, x1 in streaks:
        for column in _grey_edges(grey, x0, x1):  # the streak's share of their grey taken out, a letter's kept
            darkening = 255 - int(np.median(grey[:, column]))
            mended[:, column] = np.minimum(255, grey[:, column].astype(np.int16) + darkening).astype(grey.dtype)
        mended[:, x0:x1] = 255
        bridged(mended, mended, x0 - 1, x1)
    return mended, streaks


def _grey_edges(grey: np.ndarray, x0: int, x1: int) -> list[int]:
    """The columns beside [x0, x1) (EDGE_COLUMNS either side at most) that the render drew grey all along the
    streak (median darker than EDGE_GREY): left as they are, a faint line through the letters the streak crossed."""
    edges = []
    for step, start in ((-1, x0 - 1), (1, x1)):
        for column in range(start, start + step * EDGE_COLUMNS, step):
            if not 0 <= column < grey.shape[1] or np.median(grey[:, column]) >= EDGE_GREY:
                break
            edges.append(column)
    return edges


def longest_runs(ink: np.ndarray) -> np.ndarray:
    """The longest unbroken run of ink down each column of `ink`."""
    height, width = ink.shape
    padded = np.zeros((width, height + 2), dtype=np.int8)
    padded[:, 1:-1] = ink.T
    steps = np.diff(padded, axis=1)  # a column's runs start at +1 and end at -1, in turn
    starts, ends = np.flatnonzero(steps == 1), np.flatnonzero(steps == -1)
    longest = np.zeros(width, dtype=np.int64)
    np.maximum.at(longest, starts // (height + 1), ends - starts)
    return longest


def _crosses_text(ink: np.ndarray, x0: int, x1: int, top: int, bottom: int, scale: float) -> bool:
    """Whether the run [top, bottom) down columns [x0, x1) crosses text lines (ink touching both its sides) rather
    than running as a table's border between its rows."""
    height = ink.shape[0]
    run_rows = np.zeros(height, dtype=bool)  # what the run crosses, not letters above or below it in its columns
    run_rows[top:bottom] = True
    gap = max(1, round(0.6 * scale))  # a render's grey edge beside the streak is no letter
    left, right = max(0, x0 - gap), min(ink.shape[1] - 1, x1 - 1 + gap)
    crossed = run_rows & ink[:, left] & ink[:, right]
    reach = round(RULE_ROW * scale)
    border_rows = (ink[:, max(0, x0 - reach) : x0].mean(axis=1) > 0.8) | (ink[:, x1 : x1 + reach].mean(axis=1) > 0.8)
    # a border's row with its grey edge rows: a few rows either side of one are its own, no letters'
    near = max(1, round(RULE_EDGE * scale))
    border_rows = np.convolve(border_rows, np.ones(2 * near + 1), mode="same") > 0
    rows = np.flatnonzero(crossed & ~border_rows)
    bands = len(np.unique(rows // max(1, round(BAND * scale))))
    if bands >= LEAST_CROSSED_BANDS:
        return True
    # a border starts and ends where it meets a row's border; a streak ending in the paper or the print, through
    # a few lines of text, is no border
    if bands < LEAST_CROSSED_BANDS_FREE:
        return False
    return not border_rows[top] and not border_rows[bottom - 1]


def _longest_stretch(rows: np.ndarray) -> tuple[int, int]:
    """[start, end) of the longest stretch of True in `rows`; (0, 0) when none is True (a crease's tall runs in
    neighbouring columns may sit at different heights, never side by side in one row)."""
    padded = np.concatenate(([0], rows.astype(np.int8), [0]))
    edges = np.flatnonzero(np.diff(padded))
    if not len(edges):
        return 0, 0
    longest = int(np.argmax(edges[1::2] - edges[0::2]))
    return int(edges[2 * longest]), int(edges[2 * longest + 1])
