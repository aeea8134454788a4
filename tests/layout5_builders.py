"""Hand-made pages for the fifth-round layout tests (tests/extractor/layout/test_layout5_*.py):
grids of several pairs a row, small caps, labels run in with their answers.

Imported by name (`from layout5_builders import grid_page`); pytest puts tests/ on sys.path.
"""

from __future__ import annotations

from dataclasses import replace

from bilagor.extractor.labels import is_known_wording, is_label, is_label_word, stage_of
from bilagor.extractor.layout import Layout, layout_pages
from bilagor.extractor.words import Page, Word
from factories import words

BOLD = "Helvetica-Bold"


def lay5(pages: list[Page]) -> Layout:
    """The layout as the extractor calls it (every vocabulary hook given)."""
    return layout_pages(
        pages,
        is_label=is_label,
        stage_of=stage_of,
        is_label_word=is_label_word,
        is_known_wording=is_known_wording,
    )


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


def shifted(ws: list[Word], dy: float) -> list[Word]:
    return [replace(w, top=w.top + dy, bottom=w.bottom + dy) for w in ws]
