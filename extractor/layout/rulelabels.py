"""A label centred on a rule: "———— Beskrivning av projektet ————", the answer under it. Pure: no I/O.

Some forms set each long field's label in the middle of a horizontal rule that runs out to both margins (the rule
drawn in two pieces, stopping a little short of the label's ends). The label then stands right of the value
column the form's other rows set up, and was read as a line of the answer above it. A short line with a
horizontal rule ending just before it and one starting just after it, both at the line's middle height, is a
heading over the lines under it, whatever column it stands in.

On an OCR'd page the rules are found in the image: the rule may run on into the label's first or last letters
(they touch it at their middle), or stop well short of it where a pale band or a smear broke it. There a rule
coming in from the left that ends before the label's end, and one going out to the right that starts after the
label's start, with the label centred between the rule's outer ends (within `rule_label_reach` type sizes),
stand for the same rule.
"""

from __future__ import annotations

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.ruling import Rules
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings


def centred_on_rule(line: Line, rules: Rules, s: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """Whether `line` stands between two pieces of one horizontal rule at its middle height (see above)."""
    text = line.text.strip()
    if not text or len(text.split()) > s.heading_max_words or text.endswith((".", ";")):
        return False
    size = max(line.size, line.height)
    reach = s.rule_label_reach * size  # the rule stops this close to the label's ends at most
    low, high = line.top + 0.15 * (line.bottom - line.top), line.bottom
    left = right = False
    ocr = not any(w.fontname for w in line.words)
    outer_left, outer_right = [], []
    for x0, top, x1, bottom in rules.get(line.page, []):
        if bottom - top > s.rule_label_thickness or not low <= (top + bottom) / 2 <= high:
            continue
        if x1 - x0 < 2 * size:  # a short stroke (an underline's piece, a tick) is no rule run out to a margin
            continue
        left |= line.x0 - reach <= x1 <= line.x0 + 1.0
        right |= line.x1 - 1.0 <= x0 <= line.x1 + reach
        if ocr and x0 < line.x0 - reach and x1 < line.x1:
            outer_left.append(x0)
        if ocr and x1 > line.x1 + reach and x0 > line.x0:
            outer_right.append(x1)
    if left and right:
        return True
    if not (outer_left and outer_right):
        return False
    middle = (min(outer_left) + max(outer_right)) / 2
    return abs((line.x0 + line.x1) / 2 - middle) <= reach
