"""Hand-made pages of words for the layout tests (tests/extractor/layout/).

Imported by name (`from layout_builders import two_column`); pytest puts
tests/ on sys.path (pyproject: pythonpath).
"""

from __future__ import annotations

from bilagor.extractor.labels import is_label, stage_of
from bilagor.extractor.layout import Layout, layout_pages
from bilagor.extractor.words import Page
from factories import words

LABEL_X, VALUE_X, LEAD = 70.0, 212.0, 14.0

TITLE = words("Bilaga 5 - Uppföljning trygghetsinvestering", LABEL_X, 60, size=14, font="Helvetica-Bold")


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


def summary(layout: Layout) -> list[tuple[str, str, int]]:
    return [(b.label, " ".join(b.lines), b.page) for b in layout.blocks]
