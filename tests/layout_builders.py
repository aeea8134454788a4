"""Hand-made pages of words for the layout tests (tests/extractor/layout/): two-column
forms, grids of several pairs a row, small caps, labels run in with their answers.

Imported by name (`from layout_builders import two_column`); pytest puts
tests/ on sys.path (pyproject: pythonpath).
"""

from __future__ import annotations

from bilagor.extractor.api import layout_as_extractor
from bilagor.extractor.labels import is_label, stage_of
from bilagor.extractor.layout import Layout, layout_pages
from bilagor.extractor.words import Page, Word
from factories import words

LABEL_X, VALUE_X, LEAD = 70.0, 212.0, 14.0
BOLD = "Helvetica-Bold"

TITLE = words("Bilaga 5 - Uppföljning trygghetsinvestering", LABEL_X, 60, size=14, font=BOLD)


def two_column(rows, top=100.0, page=1, height=842.0, gap=8.0, **kw) -> Page:
    """rows: (label lines, value lines, value offset) drawn like a Word table without borders."""
    ws = []
    y = top
    for labels, values, offset in rows:
        start = len(labels) if offset < 0 else offset
        for i in range(max(len(labels), start + len(values))):
            if i < len(labels):
                ws += words(labels[i], LABEL_X, y, **kw)
            if 0 <= i - start < len(values) and values[i - start]:
                ws += words(values[i - start], VALUE_X, y)
            y += LEAD
        y += gap
    return Page(page, 595.0, height, ws)


def lay(pages: list[Page]) -> Layout:
    return layout_pages(pages, is_label=is_label, stage_of=stage_of)


def lay_as_extractor(pages: list[Page]) -> Layout:
    """The layout as the extractor calls it (every vocabulary hook given)."""
    return layout_as_extractor(pages)


def summary(layout: Layout) -> list[tuple[str, str, int]]:
    return [(b.label, " ".join(b.lines), b.page) for b in layout.blocks]


def small_caps(text: str, x: float, top: float, size: float = 11.0, font: str = "Helvetica") -> list[Word]:
    """A line set in small caps as a browser prints them: each word's first capital at full size,
    touching the rest in capitals at 0.7 of the size (a word of its own in the text layer)."""
    out: list[Word] = []
    small = round(size * 0.7, 2)
    for token in text.split():
        head, tail = (token[0], token[1:]) if token[0].isupper() else ("", token)
        if head:
            width = 0.6 * size
            out.append(Word(head, x, x + width, top, top + size, font, size))
            x += width
        if tail:
            width = 0.55 * small * len(tail)
            out.append(Word(tail.upper(), x, x + width, top + size - small, top + size, font, small))
            x += width
        x += 0.28 * size
    return out


def grid_page(rows, columns, lead: float = 13.0, size: float = 10.0, upper: bool = False) -> Page:
    """rows: one tuple per grid row of (label lines, value lines) per pair; columns: the x of
    each pair's label and value column, left to right."""
    ws = words("Bilaga 5b", columns[0][0], 60, size=14, font=BOLD)
    ws += words("Ansökan om investeringsmedel (CM4)", columns[0][0], 80, size=14, font=BOLD)
    y = 120.0
    for row in rows:
        height = 0
        for (labels, values), (label_x, value_x) in zip(row, columns, strict=True):
            for i, text in enumerate(labels):
                ws += words(text.upper() if upper else text, label_x, y + i * lead, size=size, font=BOLD)
            for i, text in enumerate(values):
                ws += words(text, value_x, y + i * lead, size=size)
            height = max(height, len(labels), len(values))
        y += height * lead + 8
    return Page(1, 595.0, 842.0, ws)


def bold_run_in(label: str, answer: str, x: float, top: float, size: float = 11.0) -> list[Word]:
    """'Plats Kista gård' with the label in bold and no colon: only the type sets it apart."""
    head = words(label, x, top, size=size, font=BOLD)
    tail = words(answer, head[-1].x1 + 0.28 * size, top, size=size)
    return head + tail
