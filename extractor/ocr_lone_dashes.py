"""A lone dash that Tesseract does not read, found in the ink (pure, over a page's pixels and words).

A form answers an empty field with "-" ("Bilder före: -"). Tesseract returns
nothing for a dash standing alone in a cell, on fax pages and photos alike,
so the answer came back empty. The ink left once the read words are taken
out is looked at: a short, flat, solid bar standing apart from every other
mark and from the words of its line is a dash, and is given back as a word.
Measured on the forms' DejaVu and Helvetica hyphens and en dashes at 9-14 pt
(1.5-7.5 pt wide, 0.5-1.4 pt thick); a table rule is far longer (ocr
takes rules of 36 pt and more out first), a full stop or noise dot is about
as tall as wide.
"""

from __future__ import annotations

from collections.abc import Sequence

DASH_MIN_WIDTH = 1.5  # pt: a hyphen of 9 pt type is 2.8 pt wide
DASH_MAX_WIDTH = 8.0  # pt: an en dash of 14 pt type is 7 pt; longer bars are underlines or rule pieces
DASH_MIN_THICKNESS = 0.3  # pt: thinner is a hairline left of a rule
DASH_MAX_THICKNESS = 2.0  # pt: a bold 14 pt hyphen is 1.4 pt
DASH_MIN_FLATNESS = 1.7  # width over thickness: a stop or a noise dot is about square (a photo's blurred hyphen: 2.0)
DASH_MAX_FLATNESS = 8.0  # ... and a bold en dash is 5: flatter is a piece of a thin rule
DASH_MIN_FILL = 0.7  # share of its box that is ink: a bar, not a curve or a tick's stroke
CLEAR_AROUND = 3.0  # pt of paper round the dash without other ink (a dash is not a piece of a mark)
CLEAR_AROUND_INK = 0.25  # ... but this many pt² of other ink there is dust, not a mark
WORD_GAP = 6.0  # pt: a word of the line nearer than this (a word space is 2.5-4.5 pt) makes it part of text
WORD_MARGIN = 1.0  # pt round a read word's box whose ink belongs to it
RULE_REACH = 2.5  # pt: a bar this near a ruling line's height is a piece of it (noise broke the rule)
# A bar at an upright rule's end is a piece of the mark the rule finder took: a pencilled bracket's serifs in the
# margin (its upright a long grey run, taken as a rule) were read as "- -" that ended the answer beside them.
END_REACH = 2.5  # pt between the bar and the upright's end, either way
# Ink no word covers beside a bar on its line, within WORD_GAP: a line Tesseract did not read ("- 1 -", a page's
# number at its foot, gave "- -" to the answer above it), not a lone dash. UNREAD_POINTS above and below its middle.
UNREAD_POINTS = 3.0
DASH_FROM_TOP = 0.46  # where a dash's middle sits in a line box (ascender top to descender bottom)


def lone_dash_boxes(
    dark,
    words: Sequence[tuple[float, float, float, float]],
    scale: float,
    rules: Sequence[tuple[float, float, float, float]] = (),
    uprights: Sequence[tuple[float, float, float, float]] = (),
) -> list[tuple[int, int, int, int]]:
    """Pixel boxes (x0, top, x1, bottom) of lone dashes in `dark` (a 2-D bool array, True for ink) that no
    word box covers; `words` are the read words' boxes (x0, top, x1, bottom) in pixels, `rules` the
    horizontal ruling lines taken out of the page, `uprights` the upright ones, `scale` pixels per point."""
    import numpy as np

    height, width = dark.shape
    rest = dark.copy()
    margin = round(WORD_MARGIN * scale)
    for x0, top, x1, bottom in words:
        rest[max(0, int(top) - margin) : int(bottom) + margin, max(0, int(x0) - margin) : int(x1) + margin] = False
    found = []
    clear, dust = round(CLEAR_AROUND * scale), CLEAR_AROUND_INK * scale * scale
    gap, reach = WORD_GAP * scale, RULE_REACH * scale
    for x0, top, x1, bottom, ink in ink_blobs(rest):
        wide, thick = x1 - x0, bottom - top
        if not (DASH_MIN_WIDTH * scale <= wide <= DASH_MAX_WIDTH * scale):
            continue
        if not (DASH_MIN_THICKNESS * scale <= thick <= DASH_MAX_THICKNESS * scale):
            continue
        if not (DASH_MIN_FLATNESS * thick <= wide <= DASH_MAX_FLATNESS * thick):
            continue
        if any(r[1] - reach <= (top + bottom) / 2 <= r[3] + reach for r in rules):
            continue
        if any(_at_end((x0, top, x1, bottom), upright, END_REACH * scale) for upright in uprights):
            continue
        if ink < DASH_MIN_FILL * wide * thick:
            continue
        if min(top, x0) < clear or bottom > height - clear or x1 > width - clear:
            continue  # no paper seen round it: a speck at the page's edge (a copy's lid, a scanner's border)
        around = dark[max(0, top - clear) : min(height, bottom + clear), max(0, x0 - clear) : min(width, x1 + clear)]
        if int(np.count_nonzero(around)) - ink > dust:
            continue
        middle = (top + bottom) / 2
        if any(w[1] <= middle <= w[3] and (x0 - gap < w[2] and w[0] < x1 + gap) for w in words):
            continue
        if _unread_beside(rest, (x0, top, x1, bottom), clear, round(gap), round(UNREAD_POINTS * scale), dust):
            continue
        found.append((x0, top, x1, bottom))
    return found


def _unread_beside(rest, bar: tuple[int, int, int, int], clear: int, gap: int, rise: int, dust: float) -> bool:
    """Whether ink of `rest` (what no word covers) lies beside `bar` on its line: between `clear` and `gap` px
    from it either way, within `rise` px of its middle, more than `dust`."""
    import numpy as np

    x0, top, x1, bottom = bar
    middle = (top + bottom) // 2
    rows = rest[max(0, middle - rise) : middle + rise + 1]
    before = rows[:, max(0, x0 - gap) : max(0, x0 - clear)]
    after = rows[:, x1 + clear : x1 + gap]
    return int(np.count_nonzero(before)) > dust or int(np.count_nonzero(after)) > dust


def _at_end(bar: tuple[int, int, int, int], upright: tuple[float, float, float, float], reach: float) -> bool:
    """Whether `bar` (a pixel box) touches the top or bottom end of `upright` (a rule's pixel box), within `reach`."""
    x0, top, x1, bottom = bar
    beside = x0 - reach <= upright[2] and upright[0] <= x1 + reach
    return beside and (
        abs(top - upright[1]) <= reach + (bottom - top) or abs(bottom - upright[3]) <= reach + (bottom - top)
    )


def ink_blobs(mask) -> list[tuple[int, int, int, int, int]]:
    """The 8-connected ink blobs of a 2-D bool array as (x0, top, x1, bottom, ink pixels), in the row-major order of
    their first pixel: photos.components, whose numpy runs hold a photo page's millions of blobs in bounded memory
    (a Python tuple a run took a reader past 600 MB on a 20 M-pixel page)."""
    from bilagor.extractor.photos import components

    return [(left, top, right, bottom, size) for top, left, bottom, right, size in components(mask)]


def dash_line(
    dash: tuple[float, float, float, float], lines: Sequence[tuple[float, float]], line_height: float
) -> tuple[float, float]:
    """The (top, bottom) a lone dash's word gets: those of the read line its middle stands in (a label's
    row), else a line box of `line_height` round it the way a dash sits in type."""
    middle = (dash[1] + dash[3]) / 2
    for top, bottom in lines:
        if top <= middle <= bottom:
            return top, bottom
    top = middle - DASH_FROM_TOP * line_height
    return top, top + line_height
