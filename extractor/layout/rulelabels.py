"""A label centred on a rule: "———— Beskrivning av projektet ————", the answer under it. Pure: no I/O.

Some forms set each long field's label in the middle of a horizontal rule that runs out to both margins (the rule
drawn in two pieces, stopping a little short of the label's ends). The label then stands right of the value
column the form's other rows set up, and was read as a line of the answer above it. A short line with a
horizontal rule ending just before it and one starting just after it, both at the line's middle height, is a
heading over the lines under it, whatever column it stands in.
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
    for x0, top, x1, bottom in rules.get(line.page, []):
        if bottom - top > s.rule_label_thickness or not low <= (top + bottom) / 2 <= high:
            continue
        if x1 - x0 < 2 * size:  # a short stroke (an underline's piece, a tick) is no rule run out to a margin
            continue
        left |= line.x0 - reach <= x1 <= line.x0 + 1.0
        right |= line.x1 - 1.0 <= x0 <= line.x1 + reach
    return left and right
