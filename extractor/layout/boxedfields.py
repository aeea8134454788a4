"""A field framed as one ruled box, its label at the box's top over its answer (#12). Pure: no I/O.

A form that frames each field (a label on a grey band over its answer, or printed small in the box's top-left
corner) sets the answer a band's padding below its label, further than a wrapped line's pitch. An answer that
reads like a label ('Erik Hassan, projektledare' under 'Kontaktperson') was then taken for a label of its own and
the known label above it left empty. The frame is the evidence: a line under a label that opens a ruled box (its
top rule just above the label, across it), within `boxed_answer_pitch` type sizes and with no rule between them,
is in the label's box: its answer.
"""

from __future__ import annotations

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.ruling import Rules, ruled_between
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings


def opens_box(rules: Rules, label: Line, s: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """A horizontal rule runs across `label` just above it (within `box_label_pad` of its type sizes)."""
    size = max(label.size, label.height)
    for x0, top, x1, bottom in rules.get(label.page, []):
        if abs(bottom - top) > s.rule_max_width:
            continue
        across = x0 <= label.x0 + s.rule_slack and x1 >= label.x1 - s.rule_slack
        if across and label.top - s.box_label_pad * size <= top <= label.top + s.rule_slack:
            return True
    return False


def in_label_box(rules: Rules, label: Line, line: Line, s: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """`line` stands in the ruled box `label` opens, under it (see the module's docstring)."""
    if label.page != line.page or not 0 < line.top - label.top <= s.boxed_answer_pitch * max(label.size, label.height):
        return False
    return opens_box(rules, label, s) and not ruled_between(rules, label, line, under_start=True, s=s)
