"""A form's shaded answer fields, from the page's filled rectangles (pure, over rectangle dicts).

Word's form fields are shaded grey, and some forms set every label in the answers' own type: only the grey under
an answer tells it from a label then (a short answer right under its label, at the label's x, reads as the label's
second line). A shaded field is a filled rectangle with no border, in a light tint (`MIN_LIGHTNESS` to
`MAX_LIGHTNESS`: not paper white, which covers, nor a dark bar that white text stands on), at least a line of small
type high and a few characters wide. The layout reads which lines stand on one (layout/shadedfields.py).
"""

from __future__ import annotations

Box = tuple[float, float, float, float]

MIN_LIGHTNESS = 0.6  # darker is a bar or a band that text is set on in white, or a picture's shape
MAX_LIGHTNESS = 0.98  # lighter is the paper's own white (a cover over text, a page's background)
MIN_HEIGHT = 6.0  # pt: a line of small type; thinner is a rule
MIN_WIDTH = 20.0  # pt: a few characters
MAX_FILLS = 400  # a page with more shaded shapes is a chart or a pattern, not a form's fields


def shaded_fields(rects: list[dict]) -> list[Box]:
    """The boxes of the shaded fields among `rects` (the reader's rectangle dicts, with "fill", "stroke" and the
    fill's "lightness")."""
    out: list[Box] = []
    for r in rects:
        light = r.get("lightness")
        if not r.get("fill") or r.get("stroke") or light is None or not MIN_LIGHTNESS <= light <= MAX_LIGHTNESS:
            continue
        x0, top, x1, bottom = (float(r[k]) for k in ("x0", "top", "x1", "bottom"))
        if bottom - top >= MIN_HEIGHT and x1 - x0 >= MIN_WIDTH:
            out.append((x0, top, x1, bottom))
    return out if len(out) <= MAX_FILLS else []
