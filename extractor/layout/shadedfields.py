"""Answers on shaded fields read as answers, where the labels are in the answers' own type. Pure: no I/O.

Word's form fields are shaded grey (the reader's `Page.fills`, shaded_fields.py). Where a form sets no labels apart
by type, a short answer typed under its label at the label's x ("Kontaktperson" over "Anna Demir, enhetschef") read
as the label's second line, and the answer was lost. A line whose words all stand on a shaded field is an
answer (`cell="value"`, taken by the walker as the last label's) when the field reaches past the label column (the
value column's x by `shaded_reach` type sizes, or `shaded_min_width` of the page wide without one: a shaded label
cell stays a label) and the page has lines off the fields (the labels). Not where a line on a fill anywhere in the
document is word for word a known label or a row of cells a column gap apart: its rows are banded (a spreadsheet's
every other row shaded, a title band among them), not its answers shaded. (An answer may read like a label, "Anna Åkesson, projektledare" near
"Kontaktperson": only the wording itself tells.)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import LayoutSettings
from bilagor.extractor.words import Page, Word

Box = tuple[float, float, float, float]


def _on(word: Word, fill: Box, slack: float) -> bool:
    """Whether the word's middle stands inside the field (`slack` pt round it)."""
    x, y = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return fill[0] - slack <= x <= fill[2] + slack and fill[1] - slack <= y <= fill[3] + slack


def _field_of(line: Line, fills: list[Box], slack: float) -> Box | None:
    """The field every word of `line` stands on, if one does."""
    for fill in fills:
        if all(_on(w, fill, slack) for w in line.words):
            return fill
    return None


def has_column_gap(line: Line, s: LayoutSettings) -> bool:
    """Whether two words of `line` stand a column gap apart (`shaded_cell_gap` of their size or more): a row of
    cells, a label and its answer, not one answer's run of words (framedanswers.py asks it too)."""
    return any(
        b.x0 - a.x1 >= s.shaded_cell_gap * (a.size or a.bottom - a.top) for a, b in zip(line.words, line.words[1:])
    )


def mark_shaded_answers(
    lines: list[Line],
    pages: list[Page],
    boundaries: dict[int, float | None],
    is_known_wording: Callable[[str], bool],
    s: LayoutSettings,
) -> list[Line]:
    """`lines` with those standing wholly on a shaded answer field marked as answers (see above)."""
    fills = {p.number: p.fills for p in pages if p.fills}
    if not fills:
        return lines
    widths = {p.number: p.width for p in pages}
    on: dict[int, Box] = {}
    for i, line in enumerate(lines):
        if line.cell or line.page not in fills:
            continue
        field = _field_of(line, fills[line.page], s.shaded_slack)
        if field is not None:
            on[i] = field
    if not on:
        return lines
    # A known label or a line of cells (a label and its answer a column gap apart) on a fill: the document's rows
    # are banded (a spreadsheet's every other row shaded, a title band among them), not its answers shaded.
    if any(is_known_wording(lines[i].text.rstrip(":")) or has_column_gap(lines[i], s) for i in on):
        return lines
    off = {lines[i].page for i in range(len(lines)) if i not in on}
    out = list(lines)
    for i, field in on.items():
        line = lines[i]
        boundary = boundaries.get(line.page)
        size = line.words[0].size or line.height
        wide = (
            field[2] >= boundary + s.shaded_reach * size
            if boundary is not None
            else field[2] - field[0] >= s.shaded_min_width * widths[line.page]
        )
        if wide and line.page in off:
            out[i] = replace(line, cell="value")
    return out
