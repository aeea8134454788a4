"""A title over a first field whose label is set in the answers' own type. Pure: no I/O.

A form whose labels are in the regular weight (Word's shaded fields tell the answers apart by a grey fill,
which the text layer does not carry) opens with its title, the only line in title type, and under it the first
field's label: when no template knows that label ("Bakgrund:" atop a traffic office's report), nothing sets it
apart from its answer, so the walker read the title as a heading and the label and its answer as the title's
answer; the record then had no title at all. When the first block of the document is in title type, no known
label, and the first of its lines under it is short, in body type and reads like a label, with more lines under
it, the title stands alone and that line heads the lines under it.

A title read as a heading with the form's instruction as its answer (thirty-third round, h38/f-textforms: a
traffic office's "<Åtgärd> <plats>. Slutredovisning" on one line, short enough for a heading, over "Fyll i
samtliga fält." and a field list; rinohtype, reportlab): `title_over_instruction` says page 1's first block in
title type, before any known label, whose answer is a sentence or two in body type and after which comes a field
whose label is not in title type, is the title with the instruction under it (split_preamble makes both title
lines; the title keeps the lines in title type). A large heading with a longer text, or over another large
heading, is left a field as before.
"""

from __future__ import annotations

from collections.abc import Callable

from bilagor.extractor.layout.model import Block
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.layout.walker import label_form


def title_over_instruction(block: Block, after: Block, body: float, s: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """`block` is page 1's title in title type with a short instruction in body type as its answer, and the block
    `after` it a field whose label is not in title type (see above)."""
    if not body or block.page != 1 or not block.label_lines or not block.value_lines or not after.label_lines:
        return False
    values = block.value_lines
    return (
        min(line.size for line in block.label_lines) >= body + s.title_size_step
        and max(line.size for line in after.label_lines) < body + s.title_size_step
        and len(values) <= s.instruction_max_lines
        and all(line.page == 1 and abs(line.size - body) <= s.label_size_step for line in values)
        and values[-1].text.rstrip().endswith((".", "!"))
    )


def part_title_block(
    blocks: list[Block], body: float, is_label: Callable[[str], bool], s: LayoutSettings = DEFAULT_SETTINGS
) -> list[Block]:
    """`blocks` with a first block in title type parted into the title and the field under it (see above)."""
    if not blocks or not body:
        return blocks
    first = blocks[0]
    if first.page != 1 or not first.label_lines or len(first.value_lines) < 2 or is_label(first.label):
        return blocks
    if min(line.size for line in first.label_lines) < body + s.title_size_step:
        return blocks  # a heading in body type or a little larger: a field's label, not the title
    head = first.value_lines[0]
    text = head.text.strip()
    if (
        abs(head.size - body) > s.label_size_step
        or len(text.split()) > s.heading_max_words
        or not label_form(text)
        or head.page != first.page
    ):
        return blocks
    return [Block(first.label_lines, [], heading=True), Block([head], first.value_lines[1:], heading=True), *blocks[1:]]
