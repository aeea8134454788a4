"""An inkjet print's clogged nozzles: thin white rows across the page at a fixed period, cutting every text line.

A print head lays the page down in swaths a fixed number of pixels tall; a clogged nozzle leaves the same row of
every swath (nearly) unprinted, so the page holds inkless rows at one period, each cutting the strokes it crosses:
ink just above it and just below it in the same columns, on line after line (the row analogue of a fax's dead
columns, dead_columns). A gap between two text lines ends where the letters end and holds few such columns. The
cut rows are found where they are sure (a short inkless run whose two edges share most of their ink columns), their
period and their offsets in it from those, and then every row at those offsets is bridged from its two edges, as
a dead column is (dead_columns.bridged). An inkjet lays every other swath down a pixel or two sideways too: the
shift is measured across the swaths' edges (the rows on each side best matched) and undone, when it is clear.
"""

from __future__ import annotations

import numpy as np

from bilagor.extractor.dead_columns import INK, bridged

WIDEST = 3.0  # pt: the tallest run of cut rows taken (three clogged nozzles side by side at 200 dpi, with grey edges)
CUT_SHARE = 0.4  # of the ink columns beside an offset's rows that are cut there (ink on both edges, none between)
SHORTEST, LONGEST = 20.0, 60.0  # pt: the swath heights looked for (a head of 0.25 to 0.8 inch)
LEAST_CUT = 20.0  # pt of cut columns at one offset summed down the page: fewer, too little page to tell
LEAST_SWATHS = 3  # swaths in which an offset's rows cut CUT_SHARE of the strokes beside them, LEAST_STROKES or more
LEAST_STROKES = 3  # separate strokes cut in a swath (a double rule's gap cuts one long run of columns)
SHIFT_GAIN = 0.75  # the shifted swaths' edges must match this much better (their mismatch's share) to be moved
MOST_SHIFT = 3  # px
LONGEST_MEAN_RUN = 3.0  # pt: an edge row whose ink runs are longer on average holds a rule


def cut_columns(ink: np.ndarray, scale: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per row y and run height w (1 .. WIDEST): the columns with ink in row y - 1 and row y + w and none between
    (a stroke cut by w inkless rows from y), the runs they make (strokes; a double rule's gap is one long run), and
    the ink columns beside (the fewer of the two edge rows')."""
    height = ink.shape[0]
    widest = max(1, round(WIDEST * scale))
    cut = np.zeros((widest, height), np.int64)
    beside = np.zeros((widest, height), np.int64)
    strokes = np.zeros((widest, height), np.int64)
    counts = ink.sum(axis=1)
    # an edge row of strokes, not a rule: a rule under a text line over the next line's top (a lined form at a fixed
    # pitch) has ink on both sides of the blank rows between, but on one side all along
    runs = (ink[:, 1:] & ~ink[:, :-1]).sum(axis=1) + ink[:, 0]
    strokes_row = counts <= LONGEST_MEAN_RUN * scale * np.maximum(runs, 1)
    most_between = counts[1:-1]
    for w in range(1, widest + 1):
        if height <= w + 1:
            break
        most_between = (
            most_between[: height - w - 1] if w == 1 else np.maximum(most_between[:-1], counts[w : height - 1])
        )
        fewer = np.minimum(counts[: height - w - 1], counts[w + 1 :])
        beside[w - 1, 1 : height - w] = fewer
        # only rows that can cut (both edges strokes, less ink between than beside): a text page's few line gaps
        starts = (
            np.flatnonzero(strokes_row[: height - w - 1] & strokes_row[w + 1 :] & (fewer > 0) & (most_between <= fewer))
            + 1
        )
        if not len(starts):
            continue
        between = np.zeros((len(starts), ink.shape[1]), bool)
        for k in range(w):
            between |= ink[starts + k]
        cuts = ink[starts - 1] & ink[starts + w] & ~between
        cut[w - 1, starts] = cuts.sum(axis=1)
        strokes[w - 1, starts] = (cuts[:, 1:] & ~cuts[:, :-1]).sum(axis=1) + cuts[:, 0]
    return cut, strokes, beside


def clogged_rows(grey: np.ndarray, scale: float) -> tuple[int, list[tuple[int, int]]]:
    """The swath height and the clogged runs in it ([o0, o1) offsets from the page's top modulo the height), or
    (0, []) on a page without them: offsets whose rows cut CUT_SHARE of the ink columns beside them, down the page,
    LEAST_CUT of columns in all, and so in LEAST_SWATHS swaths; the period whose offsets cut the most columns."""
    ink = grey < INK
    cut, strokes, beside = cut_columns(ink, scale)
    rows = np.arange(ink.shape[0])
    least = LEAST_CUT * scale
    best: tuple[float, int, list[tuple[int, int]]] = (0.0, 0, [])
    for period in range(max(8, round(SHORTEST * scale)), round(LONGEST * scale) + 1):
        offsets = rows % period
        found, total = [], 0.0
        for w in range(cut.shape[0]):
            folded = np.bincount(offsets, weights=cut[w], minlength=period)
            near = np.bincount(offsets, weights=beside[w], minlength=period)
            for offset in np.flatnonzero((folded >= least) & (folded >= CUT_SHARE * np.maximum(near, 1))):
                rows_at = slice(offset, None, period)
                cutting = (cut[w][rows_at] >= CUT_SHARE * beside[w][rows_at]) & (strokes[w][rows_at] >= LEAST_STROKES)
                swaths = np.count_nonzero(cutting)
                if swaths >= LEAST_SWATHS:
                    found.append((int(offset), int(offset) + w + 1))
                    total += folded[offset]
        if total > best[0] * 1.1:  # a multiple of the period holds its cuts too: the shortest kept
            best = (total, period, found)
    return best[1], sorted(best[2])


def without_clogged_rows(grey: np.ndarray, scale: float) -> tuple[np.ndarray, bool]:
    """The page with every row at its clogged offsets (clogged_rows) bridged from its two edges and its every
    other swath's sideways shift undone; a page without them is returned as it came."""
    period, clogged = clogged_rows(grey, scale)
    if not period:
        return grey, False
    mended = grey.copy()
    height = grey.shape[0]
    for o0, o1 in clogged:
        for top in range(o0, height - (o1 - o0) - 1, period):
            if top > 0:
                # a wider run than the sure one (a stroke's grey edge) is bridged from its inked edge rows
                above, below = top - 1, top + o1 - o0
                while above > 0 and above > top - 3 and not (grey[above] < INK).any():
                    above -= 1
                bridged(mended.T, grey.T, above, below)
    return unshifted(mended, period), True


def unshifted(grey: np.ndarray, period: int) -> np.ndarray:
    """`grey` with every other swath (`period` rows tall) moved back sideways, when its swaths' edges tell a clear
    shift: the edge offset and the shift whose rows across every other edge (+shift) and the rest (-shift) match best."""
    ink = grey < INK
    height = ink.shape[0]
    shifts = range(-MOST_SHIFT, MOST_SHIFT + 1)
    # mismatch[s][y]: ink columns of row y not in row y - 1 moved by s
    mismatch = np.array([(ink[1:] ^ np.roll(ink[:-1], s, axis=1)).sum(axis=1) for s in shifts])
    best = (1.0, 0, 0)
    for offset in range(1, period + 1):
        edges = np.arange(offset, height - 1, period) - 1
        if len(edges) < 4:
            continue
        signs = np.where(np.arange(len(edges)) % 2 == 0, 1, -1)
        still = mismatch[MOST_SHIFT][edges].sum()
        if still == 0:
            continue
        for shift in range(1, MOST_SHIFT + 1):
            moved = mismatch[MOST_SHIFT + signs * shift, edges].sum()
            moved_other = mismatch[MOST_SHIFT - signs * shift, edges].sum()
            for sign, total in ((1, moved), (-1, moved_other)):
                if total / still < best[0]:
                    best = (total / still, offset, sign * shift)
    share, offset, shift = best
    if share > SHIFT_GAIN or not shift:
        return grey
    out = grey.copy()
    # the swath starting at the first edge row (offset) was laid `shift` px right of the one above it
    for top in range(offset, height, 2 * period):
        out[top : top + period] = np.roll(grey[top : top + period], -shift, axis=1)
    return out
