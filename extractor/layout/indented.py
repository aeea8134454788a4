"""The first label of a listing whose answers are indented under their labels, when no vocabulary knows it.

A plain-text listing (a line printer's, a2ps's) has one type for all: its labels stand at the left
margin, each answer indented a few characters under its label. A label no vocabulary knows reads
as a label only once a known one has started the form, so an unknown first label ("Bakgrund") and
its answer stay in the preamble and run into the title. The listing shows which it is: the known
labels' answers all start at one indent, and the preamble's last label-column line with only
lines at that indent under it is a label like them; the lines above it stay the preamble.

Pure: lines and blocks in, lines and blocks out.
"""

from __future__ import annotations

from bilagor.extractor.layout.model import Block, Line
from bilagor.extractor.layout.walker import label_form


def _answer_indent(blocks: list[Block], tol: float) -> tuple[float, float] | None:
    """(the labels' x, their answers' x) when every block with an answer has it under its label, at
    one indent further right; else None."""
    answered = [b for b in blocks if b.label_lines and b.value_lines]
    if not answered:
        return None
    label_x, value_x = answered[0].label_lines[0].x0, answered[0].value_lines[0].x0
    if value_x <= label_x + tol:
        return None
    for block in answered:
        label, value = block.label_lines[0], block.value_lines[0]
        if abs(label.x0 - label_x) > tol or abs(value.x0 - value_x) > tol or value.top <= label.top:
            return None
    return label_x, value_x


def first_indented_block(preamble: list[Line], blocks: list[Block], tol: float) -> tuple[list[Line], list[Block]]:
    """(preamble, blocks) with the preamble's trailing label and its indented answer made the first block
    (see the module's docstring); unchanged when the form is no such listing."""
    indent = _answer_indent(blocks, tol)
    if indent is None or len(preamble) < 3:
        return preamble, blocks
    label_x, value_x = indent
    start = len(preamble)
    while start > 0 and abs(preamble[start - 1].x0 - value_x) <= tol:
        start -= 1
    at = start - 1
    if start == len(preamble) or at < 1:
        return preamble, blocks
    label = preamble[at]
    if abs(label.x0 - label_x) > tol or not label_form(label.text) or label.page != preamble[-1].page:
        return preamble, blocks
    return preamble[:at], [Block([label], preamble[start:], blocks[0].heading), *blocks]
