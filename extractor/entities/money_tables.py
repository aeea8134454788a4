"""Bare figures that a table's column head or a block's heading makes money: pure text layout, no values.

"Post | Kalkyl | Utfall\nAsfaltering | 410 000 | 438 000": the figures under a column headed by a money word
or a unit ("Budget", "Förbrukat", "tkr") are money, as form tools print a small table without a unit on each
figure; a column headed "Antal" or "Datum" is not. "Kostnadsberäkning\nMarkarbeten 210 000\nUtrustning
340 000": the label lines under a heading about money are its items. money.py reads the cells' values and
keeps every other sign of non-money (a year, a phone number, a percentage)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bilagor.extractor.entities.money_words import COUNTED_LABEL_RE, COUNT_CONTEXT_RE, MONEY_WORD_RE, UNIT_WORD_RE


@dataclass(frozen=True)
class FigureCell:
    start: int  # the figure's span in the text, a sign included
    end: int
    unit: str | None  # the unit the column head names ("tkr"); None: kronor


# A cell that is one figure: "18 000", "-52", "−7,9", "450".
_FIGURE_RE = re.compile(r"[-−–]?\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d{1,2})?|[-−–]?\d+(?:,\d+)?")
_GROUPED_RE = re.compile(r"[-−–]?\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d{1,2})?")
# Cells are split by a bar, tabs, or a run of two spaces or more (one space groups thousands).
_BAR_CELL_RE = re.compile(r"[^|\n]+")
_TAB_CELL_RE = re.compile(r"[^\t\n]+")
_SPACED_CELL_RE = re.compile(r"\S+(?:[ \u00a0]\S+)*")
_SPACED_ROW_RE = re.compile(r"\S[ \u00a0]{2,}\S")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_RULE_LINE_RE = re.compile(r"[\s|:+=_-]*")  # "---|---": a rule between head and rows
_LINE_RE = re.compile(r"[^\n]*")
_BRACKETED_RE = re.compile(r"\([^()\n]*\)")


def _lines(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _LINE_RE.finditer(text) if m.start() == 0 or text[m.start() - 1] == "\n"]


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The cells of one line (stripped spans), None unless the line has two cells or more."""
    line = text[start:end]
    if "|" in line:
        pattern = _BAR_CELL_RE
    elif "\t" in line:
        pattern = _TAB_CELL_RE
    elif _SPACED_ROW_RE.search(line):
        pattern = _SPACED_CELL_RE
    else:
        return None
    spans = []
    for m in pattern.finditer(text, start, end):
        raw = m.group()
        left = len(raw) - len(raw.lstrip(" \u00a0+"))
        right = len(raw.rstrip(" \u00a0"))
        if pattern is not _SPACED_CELL_RE and raw.strip(" \u00a0") == "":
            spans.append((m.start(), m.start()))  # an empty cell still takes its column
        else:
            spans.append((m.start() + left, m.start() + right))
    if pattern is _BAR_CELL_RE and line.strip().startswith("|"):
        spans = spans[1:] if spans and spans[0][0] == spans[0][1] else spans
    return spans if len(spans) >= 2 else None


def _is_figure(text: str, span: tuple[int, int]) -> bool:
    return span[1] > span[0] and bool(_FIGURE_RE.fullmatch(text, *span))


def _money_head(cell: str) -> tuple[bool | None, str | None]:
    """Whether a column head names money (True), counts (None) or neither (False), and the unit it names."""
    if COUNT_CONTEXT_RE.search(cell) or COUNTED_LABEL_RE.search(cell):
        return None, None
    unit = UNIT_WORD_RE.search(cell)
    return bool(unit or MONEY_WORD_RE.search(cell)), unit.group("unit") if unit else None


def table_figures(text: str) -> list[FigureCell]:
    """The figures of every table in `text` that sit under a money column head. Rows align with the head
    by position, from the right when a row has more or fewer cells (a head without the label column's)."""
    if "|" not in text and "\t" not in text and "  " not in text:
        return []
    found: list[FigureCell] = []
    head: list[tuple[bool | None, str | None]] | None = None
    rows: list[list[tuple[int, int]]] = []
    for start, end in _lines(text):
        cells = _cells(text, start, end)
        if cells is None:
            if head is not None:
                found += _table_cells(text, head, rows)
            head, rows = None, []  # a line that is no row ends the table
            continue
        if head is None:
            if not any(_is_figure(text, c) and not _YEAR_RE.fullmatch(text, *c) for c in cells):  # years head columns
                head = [_money_head(text[s:e]) for s, e in cells]
            continue  # without a head the figures' own words decide
        if _RULE_LINE_RE.fullmatch(text, start, end):
            continue
        # a bracket in a label says how many of the item were bought ("Ukuleler (12 st)"), not what the row counts
        labels = [_BRACKETED_RE.sub("", text[s:e]) for s, e in cells if not _is_figure(text, (s, e))]
        if not any(COUNTED_LABEL_RE.search(label) for label in labels):
            rows.append(cells)  # not "Antal deltagare | 1 200 | 1 350" under "Mål | Utfall": counts
    if head is not None:
        found += _table_cells(text, head, rows)
    return found


def _table_cells(
    text: str, head: list[tuple[bool | None, str | None]], rows: list[list[tuple[int, int]]]
) -> list[FigureCell]:
    """The money figures of one table's rows. A head whose label column names money ("Utgifter | Planerat |
    Faktiskt") makes every other column money; a plain figure ("400", "-750") counts beside grouped ones in
    the money columns, or under a column that names its unit."""
    if head[0][0]:  # a counting column stays out; the label head's unit ("Kostnad (tkr) | 2023 | 2024") holds for all
        head = [head[0], *((money is not None, unit or head[0][1]) for money, unit in head[1:])]
    cells = []
    for row in rows:
        for i, cell in enumerate(row):
            col = i if len(row) == len(head) else len(head) - (len(row) - i)
            if 0 <= col < len(head) and head[col][0] and _is_figure(text, cell):
                cells.append((cell, head[col][1]))
    any_grouped = any(_GROUPED_RE.fullmatch(text, *cell) for cell, _ in cells)
    return [
        FigureCell(cell[0], cell[1], unit)
        for cell, unit in cells
        if unit is not None or _GROUPED_RE.fullmatch(text, *cell) or (any_grouped and _nonzero(text[slice(*cell)]))
    ]


def _nonzero(figure: str) -> bool:
    return any(ch in "123456789" for ch in figure)


# "Markarbeten 210 000", "Material (västar, ficklampor) 12 000", "Summa: 600 000 kr".
_LABEL_LINE_RE = re.compile(
    r"[ \t\u00a0]*(?P<label>[^\W\d_][^\d\n|\t]*?)[ \t\u00a0]*:?[ \t\u00a0]+"
    # "Differens: +11 250": a plus is kept out of the figure's span (an amount is its size; the role rules read it)
    r"(?:\+[ \u00a0]?)?(?P<fig>[-−–]?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d{1,2})?)(?P<unit>[ \t\u00a0]*(?:kr|kronor|sek|:-)\.?)?[ \t\u00a0]*",
    re.IGNORECASE,
)


def label_block_figures(text: str) -> list[FigureCell]:
    """The figures of a block of label lines that is about money: under a heading line about money
    ("Kostnadsberäkning", "Kostnader enligt huvudbok"), or two lines or more of which one names money
    ("Arvoden 40 000\\nMaterial 12 000"). Only figures in groups of three (kronor as forms write them);
    a label that counts ("Deltagare 1 250") keeps its figure out."""
    if "\n" not in text:
        return []
    found: list[FigureCell] = []
    lines = _lines(text)
    i = 0
    while i < len(lines):
        block = []
        while i < len(lines) and (m := _LABEL_LINE_RE.fullmatch(text, *lines[i])) is not None:
            block.append(m)
            i += 1
        if not block:
            i += 1
            continue
        first = i - len(block)
        heading = text[slice(*lines[first - 1])] if first > 0 else ""
        about_money = bool(MONEY_WORD_RE.search(heading)) and not re.search(r"\d", heading)
        names_money = any(m.group("unit") or MONEY_WORD_RE.search(m.group("label")) for m in block)
        if about_money or (len(block) >= 2 and names_money):
            for m in block:
                if m.group("unit") or COUNTED_LABEL_RE.search(m.group("label")):
                    continue
                if _GROUPED_RE.fullmatch(m.group("fig")):
                    found.append(FigureCell(m.start("fig"), m.end("fig"), None))
    return found
