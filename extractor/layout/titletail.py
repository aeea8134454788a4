"""The title's own lines before a form's first field, told apart from a field. Pure: no I/O.

Seen on forms that set their title larger than the body with a line of body type under it that is no label
(a field list's instruction, "Fyll i samtliga fält."; a run-in form's first label; thirty-second round, issue
#12), the title was read as a field three ways:

- a title line centred across the value column was split there into a "label" and its "answer" ("Konst" |
  "i gångtunnlar vid Rinkeby torg."): the walker's `_split` now keeps page 1's title-sized lines before any
  field whole;
- a title wrapped so that its last line reads as a field of its own (a traffic office's "<Åtgärd> <plats>." /
  "Slutredovisning"; a stage word in the title's type is no stage marker) was read as a heading with the
  instruction as its answer: `preamble_title` says a line in the title's type right under a title line the
  preamble holds, before any field, is the title's too;
- a form that writes its labels inline ("PLATS: Hagaparken") whose title was read as a large heading had its
  first, unknown label ("BAKGRUND: …") read as that heading's answer, where after a title read as the preamble it
  is a label: `title_read_as_heading` says the walker's only block is page 1's title so read, no answer yet.

A title read as a heading with a body line under it that is no label (an instruction right under a one-line
title) is left as before: a large heading with its text is a field on other forms.
"""

from __future__ import annotations

from bilagor.extractor.layout.model import Block, Line
from bilagor.extractor.layout.settings import LayoutSettings


def _title_sized(line: Line, body: float, s: LayoutSettings) -> bool:
    return bool(body) and line.size >= body + s.title_size_step


def preamble_title(
    line: Line, preamble: list[Line], blocks: list[Block], prev: Line | None, body: float, s: LayoutSettings
) -> bool:
    """`line` is page 1's title, before any field: its first line in the title's type with nothing above it, or
    the wrapped tail of a title read so (see the module's docstring)."""
    if blocks or line.page != 1 or not _title_sized(line, body, s):
        return False
    if not preamble or prev is not preamble[-1] or prev.page != line.page:
        return False
    return (
        _title_sized(prev, body, s)
        and abs(line.size - prev.size) <= s.heading_size_spread
        and 0 < line.top - prev.top <= s.wrap_pitch * max(prev.size, prev.height)
    )


def title_read_as_heading(blocks: list[Block], body: float, s: LayoutSettings) -> bool:
    """The walker's only block is page 1's title read as a large heading, no answer under it yet."""
    if len(blocks) != 1:
        return False
    block = blocks[0]
    return (
        block.heading
        and not block.value_lines
        and bool(block.label_lines)
        and block.label_lines[0].page == 1
        and all(_title_sized(ln, body, s) for ln in block.label_lines)
    )
