"""Group headings: a fieldset's legend or a table's group row over the fields it holds.

An e-service receipt frames its fields in fieldsets whose legends ('Ditt ärende', 'Redovisning',
'Ansökan') stand over the first field's label; a table may head a group of rows the same way. Such a
line is no field: it has no answer, reads as no known label, and the known label right under it is
set in another type (bold, capitals or a size of their own) or starts at the label column while the
legend sits inset from it (a fieldset's padding). An empty field of the form's own is set like its
labels, so it stays.
"""

from __future__ import annotations

from collections.abc import Callable

from bilagor.extractor.layout.model import Block, Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.layout.walker import in_capitals


def _set_apart(legend: Line, label: Line, s: LayoutSettings) -> bool:
    """The legend's type or x differs from the label's under it."""
    return (
        legend.bold != label.bold
        or in_capitals(legend.text) != in_capitals(label.text)
        or abs(legend.size - label.size) >= s.label_size_step
        or legend.x0 - label.x0 >= s.legend_inset
    )


def drop_group_headings(
    blocks: list[Block], is_label: Callable[[str], bool], s: LayoutSettings = DEFAULT_SETTINGS
) -> tuple[list[Block], list[str]]:
    """Blocks without the group headings; their texts."""
    return drop_headings_over(
        blocks,
        lambda block, nxt: (
            nxt.page == block.page
            and not is_label(block.label.rstrip(":"))
            and is_label(nxt.label.rstrip(":"))
            and _set_apart(block.label_lines[0], nxt.label_lines[0], s)
        ),
    )


def drop_headings_over(blocks: list[Block], heads: Callable[[Block, Block], bool]) -> tuple[list[Block], list[str]]:
    """Blocks without each one-line block with no answer that `heads(block, next_block)` says heads the fields
    after it (a group's legend, an outline's part heading); their texts."""
    kept: list[Block] = []
    dropped: list[str] = []
    for block, nxt in zip(blocks, [*blocks[1:], None]):
        if (
            nxt is not None
            and not block.value_lines
            and len(block.label_lines) == 1
            and nxt.label_lines
            and heads(block, nxt)
        ):
            dropped.append(block.label)
            continue
        kept.append(block)
    return kept, dropped
