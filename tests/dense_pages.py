"""A drawing sheet's dense page, drawn here (PdfPig's fseprd1102849 in kind: a large sheet of a parts list's rows
and the drawing's scattered labels, thousands of words): for the layout steps' tests and bench/dense_page_layout.py.
Imported by name (`from dense_pages import drawing_sheet`). `CountedWord` and `counted` count the reads of words'
coordinates (a pass over a line's or a row's words reads them all)."""

from __future__ import annotations

import random
from dataclasses import replace

from bilagor.extractor.words import Page, Word


class CountedWord(Word):
    """A word that counts the reads of its coordinates (a pass over a line's words reads them all)."""

    reads = 0

    def __getattribute__(self, name):
        if name in ("x0", "x1", "top", "bottom"):
            type(self).reads += 1
        return super().__getattribute__(name)


def counted(page: Page) -> Page:
    """`page` with its words made CountedWords."""
    return replace(
        page, words=[CountedWord(w.text, w.x0, w.x1, w.top, w.bottom, w.fontname, w.size) for w in page.words]
    )


def drawing_sheet(rng: random.Random, rows: int, labels: int, starts: int = 40, title_lines: int = 8) -> Page:
    """A 3 168 x 2 448 pt page: a title block of `title_lines` lines down the left margin (in a type of its own),
    a parts list of `rows` rows of short runs (6 pt type) at `starts` ragged x's, now and then a cell empty or
    wrapped over two lines, and `labels` labels of the drawing scattered below the list."""
    words = [Word("Box 1", 40.0, 150.0, 200.0 + 14 * i, 207.0 + 14 * i, "Arial-Bold", 7.0) for i in range(title_lines)]
    xs = sorted(rng.uniform(320, 3100) for _ in range(starts))
    for r in range(rows):
        top = 120.0 + 12.5 * r + rng.choice([0.0, 0.0, 0.4])
        for x in xs:
            if rng.random() < 0.1:
                continue  # an empty cell
            x += rng.uniform(-1.5, 1.5)
            for _ in range(rng.randint(1, 3)):
                width = rng.uniform(8, 30)
                words.append(Word("del", x, x + width, top, top + 6, "Arial", 6.0))
                x += width + 2.0
            if rng.random() < 0.04:  # a cell wrapped over two lines
                words.append(Word("forts", x - 20, x, top + 7, top + 13, "Arial", 6.0))
    for _ in range(labels):
        x, top = rng.uniform(320, 3100), rng.uniform(120 + 12.5 * rows + 20, 2400)
        for _ in range(rng.randint(1, 4)):
            width = rng.uniform(8, 30)
            words.append(Word("mått", x, x + width, top, top + 6, "Arial", 6.0))
            x += width + 2.0
    return Page(1, 3168.0, 2448.0, words)
