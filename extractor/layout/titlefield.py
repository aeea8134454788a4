"""A title over a first field whose label is set in the answers' own type. Pure: no I/O.

A form whose labels are in the regular weight (Word's shaded fields tell the answers apart by a grey fill,
which the text layer does not carry) opens with its title, the only line in title type, and under it the first
field's label: when no template knows that label ("Bakgrund:" atop a traffic office's report), nothing sets it
apart from its answer, so the walker read the title as a heading and the label and its answer as the title's
answer; the record then had no title at all. When the first block of the document is in title type, no known
label, and the first of its lines under it is short, in body type and reads like a label, with more lines under
it, the title stands alone and that line heads the lines under it.
"""

from __future__ import annotations

from collections.abc import Callable

from bilagor.extractor.layout.model import Block
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.layout.walker import label_form


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
