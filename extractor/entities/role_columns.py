"""Tables whose column headers name a role: "Post / Budget (kr) / Utfall (kr): Hyra 30 000 / 30 000; …; Summa
42 000 / 39 500". Every cell takes the role of the header above it; beside a total row the lines are then parts
of their column's total (`roles._parts_of_totals`). Pure rules over a masked sentence."""

from __future__ import annotations

import re

from bilagor.extractor.entities.role_cues import find_cues
from bilagor.extractor.entities.role_parts import noun_role

_SEPARATOR_RE = re.compile(r"\s*[/|]\s*")
# A header: cells of words (no figure) separated by "/" or "|", ending in ":" or at a line's end.
_HEADER_RE = re.compile(r"(?:^|(?<=[\n.;]))\s*(?P<cells>[^\n:;.#/|\d]+(?:[/|][^\n:;.#/|\d]+)+?)\s*(?::|\n)")
_ROW_START_RE = re.compile(r"[\n;:]")
_ROW_END_RE = re.compile(r"[\n;]|\.(?:\s|$)")
_UNIT_RE = re.compile(r"\((?:kr|kronor|tkr|mnkr|sek)\)|\b(?:kr|kronor|tkr|mnkr)\b", re.IGNORECASE)


def _cell_role(cell: str) -> str | None:
    words = _UNIT_RE.sub(" ", cell).split()
    if not words:
        return None
    named = noun_role(words[0])
    if named:
        return named
    cues = find_cues(" ".join(words))
    return cues[0].role if cues else None


def column_role(text: str, span: tuple[int, int]) -> str | None:
    """The role of an amount in a table's row, named by the header of its column (None outside such a table)."""
    return _separated_column_role(text, span) or _spaced_column_role(text, span)


def _separated_column_role(text: str, span: tuple[int, int]) -> str | None:
    header = None
    for m in _HEADER_RE.finditer(text, 0, span[0]):
        header = m
    if header is None:
        return None
    roles = [_cell_role(c) for c in _SEPARATOR_RE.split(header.group("cells"))]
    if sum(1 for r in roles if r) < 2:
        return None
    row_start = max([header.end()] + [m.end() for m in _ROW_START_RE.finditer(text, header.end(), span[0])])
    end_match = _ROW_END_RE.search(text, span[1])
    row_end = end_match.start() if end_match else len(text)
    column = len(_SEPARATOR_RE.findall(text, row_start, span[0]))
    cells = len(_SEPARATOR_RE.findall(text, row_start, row_end)) + 1
    if len(roles) == cells + 1:
        column += (
            1  # a label column ("Post", "Kostnadspost") over the row's label, sharing the first cell with a figure
        )
    return roles[column] if column < len(roles) else None


# A table as pdfplumber hands it over without rules: a header line of words ("Budget Utfall Avvikelse",
# "Post Budget (kr) Utfall (kr)"), then rows of figures, one line each, the cells apart only by spaces.
_FIGURE_RE = re.compile(r"#+")


def _header_cells(line: str) -> list[str | None] | None:
    """The roles of a header line's cells, a word that names none joined to the cell before it ("Beviljat
    belopp"); a first word naming none is the label column's ("Post"). None: not such a header."""
    words = _UNIT_RE.sub(" ", line).split()
    if not words or any(not w.isalpha() for w in words):
        return None
    cells: list[str | None] = []
    for i, word in enumerate(words):
        role = _cell_role(word)
        if role or i == 0:
            cells.append(role)
    return cells if sum(1 for r in cells if r) >= 2 else None


def _spaced_column_role(text: str, span: tuple[int, int]) -> str | None:
    lines = text.split("\n")
    offsets = [0]
    for line in lines[:-1]:
        offsets.append(offsets[-1] + len(line) + 1)
    row = max(i for i, at in enumerate(offsets) if at <= span[0])
    header = row - 1
    while header >= 0 and "#" in lines[header]:
        header -= 1  # rows above the amount's row, up to the header
    cells = _header_cells(lines[header]) if header >= 0 and header < row else None
    if cells is None:
        return None
    figures = [m.start() + offsets[row] for m in _FIGURE_RE.finditer(lines[row])]
    if span[0] not in figures:
        return None
    column = figures.index(span[0]) + (1 if len(cells) == len(figures) + 1 and cells[0] is None else 0)
    return cells[column] if len(cells) - (cells[0] is None) == len(figures) else None
