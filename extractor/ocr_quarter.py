"""Pages turned a quarter side by side on one sheet part (n-up), cut apart (pure: the text ink mask in, boxes out).

Two pages printed each turned 90° lie side by side on a landscape sheet (or on a landscape row of a four-up
sheet): their text lines run down the part, so the gutter between them runs along the lines, the cut that
`ocr_sheet` keeps whole (on one page such a band is a blank one between sections). What tells two turned pages
from one turned page's sections is their paper: each page brings its own margins to the gutter, so the band
between the two text blocks is wider, by MIN_GAP_TO_MARGIN, than the mean paper outside them; a page's sections
stand closer than its margins are wide. Each half's own text must run down as well (each page turned). A single
turned page is left whole, as are upright pages. A stain on the paper beside one turned page (a coffee cup's ring)
is no page: a figure (`without_figures`: one stroke wider and taller than any glyph, mostly paper inside) holds no
text, so a half holding only a ring is no page of its own.
"""

from __future__ import annotations

from bilagor.extractor.ocr_sheet import MIN_ACROSS_GUTTER_POINTS, MIN_TEXT_AREA, Box, gutter_cut, runs_down
from bilagor.extractor.ocr_twoup import CELL_POINTS, MAX_GLYPH_POINTS

MIN_GAP_TO_MARGIN = 1.5  # the band between two pages' text is this many times the mean paper outside it
# A figure's ink fills at most this share of its box: a ring's rim a twentieth (measured 0.05); a word's letters,
# or lines of small type run together, a third and more.
MAX_FIGURE_FILL = 0.15


def turned_pages(ink, box: Box) -> list[Box]:
    """`box` (a part of the ink mask, rows by columns of cells) as the two turned pages side by side it holds,
    left to right, else [box]."""
    x0, top, x1, bottom = box
    part = ink[top:bottom, x0:x1]
    if part.shape[1] <= part.shape[0] or not runs_down(part):
        return [box]
    cut = gutter_cut(part, MIN_ACROSS_GUTTER_POINTS)
    if cut is None:
        return [box]
    left, right = without_figures(part[:, :cut]), without_figures(part[:, cut:])
    if not all(_holds_text(half) and runs_down(half) for half in (left, right)):
        return [box]
    if not _apart(part.any(axis=0), cut):
        return [box]
    return [(x0, top, x0 + cut, bottom), (x0 + cut, top, x1, bottom)]


def figure_boxes(part) -> list[tuple[int, int, int, int]]:
    """The boxes (x0, top, x1, bottom) of `part`'s figures (ink cells): 8-connected strokes wider and taller than
    MAX_GLYPH_POINTS whose ink fills at most MAX_FIGURE_FILL of their box (a ring, a stain's rim), no letter nor
    word."""
    from bilagor.extractor.ocr_lone_dashes import ink_blobs

    largest = MAX_GLYPH_POINTS / CELL_POINTS
    return [
        (x0, top, x1, bottom)
        for x0, top, x1, bottom, count in ink_blobs(part)
        if min(x1 - x0, bottom - top) > largest and count <= MAX_FIGURE_FILL * (x1 - x0) * (bottom - top)
    ]


def without_figures(part):
    """`part` (ink cells) with its figures' boxes made paper (what the part holds is judged; nothing is read from
    this)."""
    figures = figure_boxes(part)
    if not figures:
        return part
    kept = part.copy()
    for x0, top, x1, bottom in figures:
        kept[top:bottom, x0:x1] = False
    return kept


def _holds_text(part) -> bool:
    return int(part.sum()) * CELL_POINTS**2 >= MIN_TEXT_AREA


def _apart(columns, cut: int) -> bool:
    """Whether the written `columns` (a 1-D mask) left and right of `cut` are two text blocks each with its own
    margins: the paper between them at least MIN_GAP_TO_MARGIN times the mean paper outside them."""
    import numpy as np

    written = np.flatnonzero(columns)
    before, after = written[written < cut], written[written >= cut]
    gap = int(after[0]) - int(before[-1]) - 1
    outer = (int(before[0]) + (len(columns) - 1 - int(after[-1]))) / 2
    return gap >= MIN_GAP_TO_MARGIN * max(outer, 1.0)
