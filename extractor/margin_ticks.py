"""Ballpoint ticks in a scanned page's left margin, taken out before OCR.

A reader ticks a label in the margin just left of the text with a dark ballpoint. On a grey scan the tick is as
dark as the print (no colour for ocr_pen, no grey stroke for grey_marks), and Tesseract reads it into the line as
letters ("SÅ Bakgrund:", a heading's number lost), so the label is not found. What tells a tick from the print is
where it stands and its shape: left of the column most lines start at with no ink left of it (a title set out
into the margin has its word's letters there), taller than a line of body text, about as
wide as tall, and a thin stroke that fills little of its box. Pure functions over a grey page image (2-D uint8,
ink dark, `scale` px per pt):

- `margin_ticks`: boxes (top, left, bottom, right; pixels) of such ticks;
- `without_margin_ticks`: the page with them made paper (the page itself when there are none).
"""

from __future__ import annotations

INK = 160  # grey darker than this is ink (as the rule finder takes it)
CELL_POINTS = 0.5  # the margin is judged on cells this size, each by its darkest pixel
EDGE_BIN_POINTS = 1.0  # lines' first ink is binned this finely to find the column's left edge
GAP_POINTS = 0.5  # a tick ends at least this far left of the column's edge
# A tick is 1.2-1.4 times the text size tall and about as wide: taller than a line's glyphs (a capital with an
# accent, a hanging heading number: under 10 pt at body sizes) and smaller than a picture in the margin.
MIN_HEIGHT_POINTS = 10.0
MAX_HEIGHT_POINTS = 30.0
MIN_WIDTH_SHARE = 0.5  # of its height
MAX_FILL = 0.35  # share of its box's cells a thin stroke inks; a blob or a filled mark inks more


def _column_edge(ink, scale: float) -> int | None:
    """Pixel column most inked rows start at (the text column's left edge), or None for a blank page."""
    import numpy as np

    inked = ink.any(axis=1)
    if not inked.any():
        return None
    first = ink[inked].argmax(axis=1)
    width = max(1, round(EDGE_BIN_POINTS * scale))
    bins = np.bincount(first // width)
    return int(bins.argmax()) * width


def margin_ticks(grey, scale: float) -> list[tuple[int, int, int, int]]:
    """Boxes (top, left, bottom, right; pixels, exclusive) of ticks in `grey`'s left margin (module docstring)."""
    from bilagor.extractor.ink_cells import cell_minima
    from bilagor.extractor.photos import components

    ink = grey < INK
    edge = _column_edge(ink, scale)
    if edge is None:
        return []
    cell = max(1, round(CELL_POINTS * scale))
    strip = (edge - round(GAP_POINTS * scale)) // cell  # cells wholly left of the gap
    if strip < 2:
        return []
    darkest = cell_minima(grey[:, : strip * cell], cell) < INK
    found = []
    for r0, c0, r1, c1, count in components(darkest):
        height, width = (r1 - r0) * cell / scale, (c1 - c0) * cell / scale
        if c1 >= strip:  # runs on past the gap: a glyph of the column cut by the strip
            continue
        if not MIN_HEIGHT_POINTS <= height <= MAX_HEIGHT_POINTS or width < MIN_WIDTH_SHARE * height:
            continue
        if count > MAX_FILL * (r1 - r0) * (c1 - c0):
            continue
        if darkest[r0:r1, :c0].any():  # ink left of it in its rows: a letter of a word set out into the margin
            continue
        found.append((r0 * cell, c0 * cell, r1 * cell, c1 * cell))
    return found


def without_margin_ticks(grey, scale: float):
    """`grey` with its margin ticks made paper; `grey` itself when it has none."""
    import numpy as np

    ticks = margin_ticks(grey, scale)
    if not ticks:
        return grey
    out = grey.copy()
    paper = np.uint8(np.median(grey[::4, ::4]))
    for top, left, bottom, right in ticks:
        out[top:bottom, left:right] = paper
    return out
