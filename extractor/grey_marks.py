"""Pencil and grey ball-pen marks on a scan, taken out before OCR.

A reader ticks a line in the margin, scribbles a note beside the text or underlines a few words with a
pencil or a grey pen. On a greyscale scan (or in grey on a colour one) there is no colour to tell them
from the print (ocr_pen), and read with it the ticks become labels ("V", "J") and the scribbles words
that end an answer. What tells them apart is the stroke: printed glyphs have a black core (toner and
ink print solid; only their edges are grey), a pencil's or a worn pen's stroke is grey all through,
and it runs on for longer than a dot. Pure functions over a grey page image (2-D uint8, ink dark,
`scale` px per pt):

- `grey_marks`: mask of the pixels of grey strokes that lie away from any black print and reach past
  a punctuation mark's size, or None when there are none (or the print itself is grey: a faded copy);
- `without_grey_marks`: the page with those strokes made paper.

A mark that touches the print (a circle round a word, an underline through its descenders) is followed
along its grey into the print's reach, up to the print's black cores, which stay.

A stroke drawn through a line of print (a reader's strike or underline at half the words' x-height) is nowhere
far from a letter, but it runs on, grey, across the white between the words: a row of ink longer than a short
word (STRIKE_POINTS) that crosses the letters (print above and below it, a black core on it where a stem
crosses) and bridges a word gap (STRIKE_GAP_POINTS of it with no print above or below) is such a stroke; its
grey is made paper and the letters' black cores stay (`strikes`). Read with the print it joined the words into
one with hyphens ("Under-byggtiden-hänvisades").
"""

from __future__ import annotations

CELL_POINTS = 0.5  # strokes are judged on cells this size, each by its darkest pixel
INK_SHARE = 0.63  # a cell darker than this share of the paper's light holds ink (ocr's 160 of 255)
# A cell darker than this share of the paper's light holds a black core: printed strokes measured 0-0.08
# of the paper at 200-300 dpi, pencil and grey pen strokes 0.27-0.37 at their darkest.
CORE_SHARE = 0.2
NEAR_PRINT_POINTS = 1.5  # a glyph's grey edges and thin hairlines lie this near its black core
# A grey stroke is a mark when it reaches further than a glyph (GLYPH_POINTS, across or down: an underline,
# a circle, a scribbled line), or further than a dot (MIN_MARK_POINTS: a lone comma or i-dot of a
# low-resolution scan's print stays smaller) with no ink beside it within NEIGHBOUR_POINTS (a tick): grey
# print (a caption set in grey) has its word's letters beside each glyph (as ocr_pen tells coloured print).
GLYPH_POINTS = 14.0
RULE_POINTS = 20.0  # a straight run of grey longer than this is a ruling line (kept for the rule finder)
MIN_MARK_POINTS = 3.0
NEIGHBOUR_POINTS = 4.0
# Grey print, not marks, when grey strokes away from black hold more than this share of the page's ink
# (a faded or light copy: its print has no black core at all). Marks measured 1-7 % of a page's ink.
MAX_MARK_SHARE = 0.2
# A shaded band or cell (a label printed light on a grey bar, a tinted table head) is grey all through too, but
# filled: a pencil's or a pen's stroke is at most a point or two wide. A grey area whose cells lie this deep inside
# it (FILL_POINTS every way) for FILL_SHARE of its cells or more is a fill, kept for the OCR.
FILL_POINTS = 1.5
FILL_SHARE = 0.25
# A box's side shorter than RULE_POINTS (a framed field of one line) is straight too: a grey straight run of
# SIDE_POINTS or more that meets a ruling line (grey or black) is the frame's, kept for the rule finder.
SIDE_POINTS = 6.0
# A line of grey type whose letters a blur or a spirit copy's halo joined into one area is longer than a glyph
# across too, but its letters fill the rows between its baseline and its x-height: a band at least TYPE_BAND_POINTS
# tall whose every row is inked over TYPE_ROW_SHARE of the area's width (grey captions and pale words of a
# spirit copy: 4-4.5 pt at 0.57-0.91). A pencil's or a pen's stroke is a point or two wide, and a wavy or
# circling one crosses each row in a few places only, so no such band.
TYPE_BAND_POINTS = 3.0
TYPE_ROW_SHARE = 0.5
# A stroke through a line of print (`strikes`): a row of ink at least STRIKE_POINTS long, crossing letters (print
# from STRIKE_WIDTH_POINTS to STRIKE_REACH_POINTS above and below it over STRIKE_CROSSED of its length, a black
# core on it over STRIKE_CORES of it: a grey ruling line has none, a black one or a bold word run together more)
# and bridging a word's gap (STRIKE_GAP_POINTS of it with no print above or below: a space is 2.5-3 pt at 10 pt,
# the gap between two letters of a word well under a point).
STRIKE_POINTS = 12.0
STRIKE_REACH_POINTS = 3.0
STRIKE_CROSSED = 0.25
STRIKE_CORES = (0.05, 0.75)
STRIKE_GAP_POINTS = 2.0
STRIKE_LETTERS = 3  # letters crossed, at least, each at most STRIKE_LETTER_POINTS wide (a bowl of a bold o)
STRIKE_LETTER_POINTS = 8.0
STRIKE_INK_SHARE = 0.85  # a stroke's cells: darker than this share of the paper's light
STRIKE_PAPER_SHARE = 0.9  # a word's gap above and below the stroke: paper, no darker than this share
STRIKE_WIDTH_POINTS = 1.0  # a pencil's or a pen's stroke is at most this wide (2.7-4.2 px at 300 dpi)


def grey_marks(grey, scale: float):
    """Mask of `grey`'s pixels that are grey marks (see the module's docstring), or None."""
    import numpy as np

    from bilagor.extractor.ink_cells import grown, paper_and_cells
    from bilagor.extractor.ocr import long_runs
    from bilagor.extractor.photos import components

    measured = paper_and_cells(grey, scale, CELL_POINTS)
    if measured is None:
        return None
    paper, cell, darkest = measured
    rows, cols = darkest.shape
    inked = darkest < INK_SHARE * paper
    core = darkest < CORE_SHARE * paper
    reach = max(1, round(NEAR_PRINT_POINTS / CELL_POINTS))
    near = grown(core, reach)
    candidate = inked & ~near
    # ruling lines (a table's borders, thin and grey on many scans) are straight: no mark's stroke
    straight = max(2, round(RULE_POINTS / CELL_POINTS))
    candidate &= ~long_runs(candidate, straight) & ~long_runs(candidate.T, straight).T
    candidate &= ~frame_sides(candidate, inked, straight, max(2, round(SIDE_POINTS / CELL_POINTS)))
    inked_count = int(inked.sum())
    if candidate.sum() > MAX_MARK_SHARE * inked_count:
        return None
    glyph, dot = GLYPH_POINTS / CELL_POINTS, MIN_MARK_POINTS / CELL_POINTS
    beside = max(1, round(NEIGHBOUR_POINTS / CELL_POINTS))
    marks = np.zeros_like(candidate)
    deep = ~grown(~candidate, max(1, round(FILL_POINTS / CELL_POINTS)))
    for r0, c0, r1, c1, size in components(candidate):
        if int(deep[r0:r1, c0:c1].sum()) >= FILL_SHARE * size:
            continue  # a shaded band or cell, no stroke
        if c1 - c0 > glyph and type_band(candidate[r0:r1, c0:c1]) >= TYPE_BAND_POINTS / CELL_POINTS:
            continue  # grey type along a line, its letters joined: print
        extent = max(r1 - r0, c1 - c0)
        # alone: no ink beside it, nor above or below it (a letter's ring or dots, grey on a blurred scan)
        alone = not any(
            area.any()
            for area in (
                inked[r0:r1, max(0, c0 - beside) : c0],
                inked[r0:r1, c1 : c1 + beside],
                inked[max(0, r0 - beside) : r0, c0:c1],
                inked[r1 : r1 + beside, c0:c1],
            )
        )
        if extent > glyph or (alone and extent > dot):
            marks[r0:r1, c0:c1] |= candidate[r0:r1, c0:c1]
    struck = strikes(darkest, paper, core)
    if not marks.any() and not struck.any():
        return None
    # on into the print's reach along its grey: a circle's or an underline's stroke where it touches a
    # word (read with it, it became brackets or "!" glued to the word); a black core stops it
    grey_ink = inked & ~core
    for _ in range(reach):
        marks = grown(marks, 1) & grey_ink
    marks |= struck
    full = np.zeros(grey.shape, bool)
    full[: rows * cell, : cols * cell] = np.repeat(np.repeat(marks, cell, axis=0), cell, axis=1)
    return full


def strikes(darkest, paper: float, core):
    """Mask of the cells of grey strokes drawn through a line of print (see STRIKE_POINTS), their black cores
    left out, with the stroke's grey edges a cell or two above and below; `darkest` is the page's cells' darkest
    pixels, `core` those of them that hold a black core."""
    import numpy as np

    from bilagor.extractor.ocr import long_runs

    # a thin stroke's grey is light on a 200 dpi scan (150-165 on paper of 243): any tone clearly off the paper
    inked = darkest < STRIKE_INK_SHARE * paper
    struck = np.zeros_like(inked)
    # a row and the one under it: a stroke turned a little steps down a row every so often
    paired = inked | np.r_[inked[1:], inked[-1:] & False]
    runs = _runs(paired, max(2, round(STRIKE_POINTS / CELL_POINTS)))
    if not runs.any():
        return struck
    reach = max(1, round(STRIKE_REACH_POINTS / CELL_POINTS))
    thick = max(1, round(STRIKE_WIDTH_POINTS / CELL_POINTS))
    # print past the stroke's own width, within reach: a letter the stroke crosses (its x-height band on both
    # sides: a row along the letters' feet or tops has them on one side only); any ink there (a word's gap), paper
    # being near the paper's light (a tinted band a hair under the stroke's threshold is no gap). Looked at on the
    # rows of the runs only, each a few rows deep.
    tinted = darkest < STRIKE_PAPER_SHARE * paper
    gap = max(1, round(STRIKE_GAP_POINTS / CELL_POINTS))
    letter = round(STRIKE_LETTER_POINTS / CELL_POINTS)
    for r in np.flatnonzero(runs.any(axis=1)):
        edges = np.flatnonzero(np.diff(np.r_[0, runs[r].view(np.int8), 0]))
        for c0, c1 in zip(edges[::2], edges[1::2]):
            top = max(0, r - reach)
            above = core[top : max(0, r - thick), c0:c1].any(axis=0)
            below = core[r + thick + 1 : r + reach + 1, c0:c1].any(axis=0)
            cores = core[r, c0:c1].mean()
            crossed = above & below
            if not STRIKE_CORES[0] <= cores <= STRIKE_CORES[1] or crossed.mean() < STRIKE_CROSSED:
                continue
            # letters: a few, none wider than a letter (a binder hole's black disc on a rule is one wide blob)
            letters = np.flatnonzero(np.diff(np.r_[0, crossed.view(np.int8), 0])).reshape(-1, 2)
            if len(letters) < STRIKE_LETTERS or (letters[:, 1] - letters[:, 0]).max() > letter:
                continue
            # a word's gap it bridges, paper above and below it there (a shaded band is grey all round)
            # (no black on either row: the grey edge of a row of crossbars, an f's or a t's, is no stroke)
            ink_above = tinted[top : max(0, r - thick), c0:c1].any(axis=0)
            ink_below = tinted[r + thick + 2 : r + reach + 2, c0:c1].any(axis=0)  # from the pair's lower row
            clear = ~(ink_above | ink_below | core[r : r + 2, c0:c1].any(axis=0))
            if not long_runs(clear[None, :], gap).any():
                continue
            struck[r : r + 2, c0:c1] = inked[r : r + 2, c0:c1] & ~core[r : r + 2, c0:c1]
    if struck.any():  # the stroke's grainy edges, a row or two its run did not reach
        grey_ink = inked & ~core
        for _ in range(thick):
            struck |= (np.r_[struck[1:], struck[-1:] & False] | np.r_[struck[:1] & False, struck[:-1]]) & grey_ink
    return struck


def type_band(area) -> int:
    """The most rows in a row of `area` (a component's box of cells, True where inked) each inked over
    TYPE_ROW_SHARE of its width: a line of type's x-height band, a stroke's width."""
    import numpy as np

    filled = np.asarray(area).mean(axis=1) >= TYPE_ROW_SHARE
    best = run = 0
    for full in filled:
        run = run + 1 if full else 0
        best = max(best, run)
    return best


def frame_sides(candidate, inked, straight: int, side: int):
    """Mask of `candidate`'s straight runs (across or down) of `side` cells or more that meet a ruling line, a
    straight run of `inked` of `straight` cells or more: a framed box's short sides."""
    import numpy as np

    from bilagor.extractor.photos import components

    pieces = _runs(candidate, side) | _runs(candidate.T, side).T
    sides = np.zeros_like(candidate)
    if not pieces.any():
        return sides
    found = components(pieces)
    # ruling lines only where a piece could meet one: the rows and columns round the pieces (a page's grid is
    # millions of cells, and runs are found row by row)
    rows, columns = np.zeros(candidate.shape[0], bool), np.zeros(candidate.shape[1], bool)
    for r0, c0, r1, c1, _ in found:
        rows[max(0, r0 - 1) : r1 + 1] = True
        columns[max(0, c0 - 1) : c1 + 1] = True
    rules = _runs(inked, straight, rows) | _runs(inked.T, straight, columns).T
    for r0, c0, r1, c1, _ in found:
        if rules[max(0, r0 - 1) : r1 + 1, max(0, c0 - 1) : c1 + 1].any():
            sides[r0:r1, c0:c1] |= pieces[r0:r1, c0:c1]
    return sides


def _runs(mask, length: int, rows=None):
    """`ocr.long_runs` of `mask`, found only on its rows that can hold one (and are in `rows`, when given)."""
    import numpy as np

    from bilagor.extractor.ocr import long_runs

    runs = np.zeros_like(mask)
    wanted = mask.sum(axis=1) >= length
    if rows is not None:
        wanted &= rows
    picked = np.flatnonzero(wanted)
    if picked.size:
        runs[picked] = long_runs(mask[picked], length)
    return runs


def without_grey_marks(grey, scale: float):
    """`grey` with its grey marks (`grey_marks`) made paper, and whether there were any."""
    import numpy as np

    marks = grey_marks(grey, scale)
    if marks is None:
        return grey, False
    cleaned = np.array(grey)
    cleaned[marks] = np.uint8(np.median(grey[::4, ::4]))
    return cleaned, True
