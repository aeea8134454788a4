"""Floated labels taller than their answers: the answers after them run ahead of their own labels.

A web form's definition list floats each label (`<dt>`, `clear: left`) beside its answer (`<dd>`). A label
taller than its answer pushes the next label down, not the next answer: that answer starts beside the tall
label's tail, the one after it above its own label, and so on, until a label is left with nothing beside it.
Read line by line, the tall label takes the next answer as a paragraph of its own, each later answer sits above
the next label, and the run's last label reads empty.

Such a run is told by its end and its drift: a label without an answer, behind one or more labels each holding
one answer paragraph that ends above the label's first line (a label wholly below its answer: no centred label),
behind a label whose answer has more paragraphs than one, the last of them beside the label's own lines. Each
answer then moves one label on, in order, so long as every answer still starts above (or level with) its new
label: a floated label never starts above its answer. Pure: plain blocks and lines.
"""

from __future__ import annotations

from bilagor.extractor.layout.model import Block, Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings


def paragraphs(lines: list[Line], pitch: float, s: LayoutSettings = DEFAULT_SETTINGS) -> list[list[Line]]:
    """Answer lines parted where a gap wider than a row gap (`row_gap_pitch` line pitches) or a page parts them."""
    out: list[list[Line]] = []
    for line in lines:
        prev = out[-1][-1] if out else None
        if prev is None or prev.page != line.page or line.top - prev.top > s.row_gap_pitch * pitch:
            out.append([line])
        else:
            out[-1].append(line)
    return out


def give_answers_to_floated_labels(
    blocks: list[Block], pitch: float, tol: float, s: LayoutSettings = DEFAULT_SETTINGS
) -> None:
    """Move each run's answers one label on (see the module's docstring); `blocks` is changed in place."""
    if not pitch:
        return
    for end, empty in enumerate(blocks):
        if empty.value_lines or empty.heading or not empty.label_lines:
            continue
        chain = _chain(blocks, end, pitch, tol, s)
        if chain is None:
            continue
        donor, *middle = chain
        answers = [p for b in middle for p in paragraphs(b.value_lines, pitch, s)]
        moved = paragraphs(donor.value_lines, pitch, s)[-1:] + answers
        receivers = [*middle, empty]
        if all(p[0].top <= b.label_lines[0].top + tol for p, b in zip(moved, receivers, strict=True)):
            del donor.value_lines[-len(moved[0]) :]
            for block, answer in zip(receivers, moved, strict=True):
                block.value_lines[:] = answer


def _chain(blocks: list[Block], end: int, pitch: float, tol: float, s: LayoutSettings) -> list[Block] | None:
    """The blocks before blocks[end] that drifted: a donor with several answer paragraphs, then one or
    more blocks each of one paragraph ending above its label; None when the blocks before read otherwise."""
    page = blocks[end].label_lines[0].page
    middle: list[Block] = []
    for block in reversed(blocks[:end]):
        if block.heading or not block.label_lines or not block.value_lines or block.page != page:
            return None
        if any(ln.page != page for ln in block.value_lines):
            return None
        parts = paragraphs(block.value_lines, pitch, s)
        label_top = block.label_lines[0].top
        if len(parts) == 1 and parts[0][-1].bottom <= label_top + tol:
            middle.insert(0, block)
            continue
        # The donor: its last paragraph beside its own label, which is why the next answer came up.
        beside = block.label_lines[-1].top >= parts[-1][0].top - tol
        return [block, *middle] if middle and len(parts) > 1 and beside else None
    return None
