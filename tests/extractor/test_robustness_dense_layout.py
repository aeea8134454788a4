"""A drawing sheet's dense page (PdfPig's fseprd1102849: two sheets of 3 168 x 2 448 pt, 13 000 words) took 67 s to
read, most of it pdfminer's and layout steps that passed over a line's or the page's words once a word, a gutter
or a cell: grouping words into lines recomputed a growing line's top, bottom and median height for every word that
joined it and compared the word with each of the line's words; the text columns' search counted the lines of each
stretch between crossing lines with a pass over all lines (Line.top recomputed 6.8 M times); the centred cells
compared every cell with every one-line cell of the grid; the letterhead's row check compared each band line with
every word of the form (h32's Left, h33, issue #12). Each is now a look-up in what is sorted once: the same lines,
stretches, cells and bands (the old steps are kept here as the definitions), and the tests count the reads of the
words' coordinates on a generated dense page, never time."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from bilagor.extractor.layout.centredcells import _cells, _middle, grid_runs, top_align_centred_cells
from bilagor.extractor.layout.lines import group_lines
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Page, Word
from dense_pages import CountedWord, counted, drawing_sheet


def _definition_lines(page: Page, s: LayoutSettings = DEFAULT_SETTINGS) -> list[Line]:
    """group_lines as it was before h33: the line's extent from its words each time."""

    def stacked(word: Word, line: Line) -> bool:
        for other in line.words:
            if min(other.x1, word.x1) - max(other.x0, word.x0) < s.stacked_min_x_overlap:
                continue
            overlap = min(other.bottom, word.bottom) - max(other.top, word.top)
            if overlap < s.line_overlap * min(word.bottom - word.top, other.bottom - other.top):
                return True
        return False

    lines: list[Line] = []
    for word in sorted(page.words, key=lambda w: (w.top, w.x0)):
        height = max(word.bottom - word.top, 0.1)
        for line in reversed(lines[-s.line_lookback :]):
            overlap = min(line.bottom, word.bottom) - max(line.top, word.top)
            if overlap >= s.line_overlap * min(height, line.height) and not stacked(word, line):
                line.words.append(word)
                break
        else:
            lines.append(Line(page.number, [word]))
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
    lines.sort(key=lambda ln: ln.top)
    return lines


def _messy_page(rng: random.Random, count: int) -> Page:
    """Words on rows that touch and stray, of mixed sizes, some stacked over others, some of no height or
    reversed, many at the same x: the cases where a look-up's window could differ from a pass."""
    words = []
    for _ in range(count):
        top = 10.0 * rng.randint(0, 15) + rng.choice([0.0, 0.0, 0.5, 3.0, 5.0, -4.0, rng.uniform(-6, 6)])
        x0 = rng.choice([float(rng.randint(0, 40)) * 10, rng.uniform(0, 400)])
        width = rng.choice([5.0, 10.0, 25.0, 0.0, -2.0, rng.uniform(0, 60), 1.0])
        height = rng.choice([10.0, 10.0, 6.0, 14.0, 0.0, rng.uniform(1, 20)])
        words.append(Word("ord", x0, x0 + width, top, top + height, "F", height))
    return Page(1, 600.0, 800.0, words)


@pytest.mark.parametrize("seed", range(3))
def test_the_lines_are_the_definitions(seed):
    rng = random.Random(seed)
    for _ in range(150):
        page = _messy_page(rng, rng.randint(0, 120))
        got, expected = group_lines(page), _definition_lines(page)
        assert [[id(w) for w in ln.words] for ln in got] == [[id(w) for w in ln.words] for ln in expected]


def _reads(step, page: Page) -> int:
    CountedWord.reads = 0
    step(page)
    return CountedWord.reads


def test_a_long_line_is_not_passed_over_once_a_word():
    """One line of 1 500 words across a sheet: before, 4.5 M reads (the line's top, bottom, median height and a
    pass for the stacked test for each word that joined it); now a few dozen a word."""
    words = [Word("del", 12.0 * i, 12.0 * i + 10, 100.0 + (i % 3) * 0.2, 106.0, "Arial", 6.0) for i in range(1500)]
    page = counted(Page(1, 20000.0, 800.0, words))
    assert _reads(group_lines, page) < 60 * len(words)


def _sheet(rng: random.Random, rows: int, labels: int) -> Page:
    return drawing_sheet(rng, rows, labels, starts=30)


def test_the_text_columns_search_reads_a_dense_sheet_a_bounded_number_of_times():
    """Before: each gutter's stretches counted the lines with a pass over them all, each line's top a pass over its
    words (here 11 M reads); now the tops once a page and two look-ups a stretch."""
    from bilagor.extractor.layout.textcols import _columns

    page = counted(_sheet(random.Random(5), rows=20, labels=700))
    reads = _reads(lambda p: _columns(p, lambda _t: False, 3.0, DEFAULT_SETTINGS), page)
    assert reads < 400 * len(page.words)


def test_the_fullest_stretch_is_the_definitions():
    from bilagor.extractor.layout.textcols import _fullest_stretch

    rng = random.Random(8)
    for _ in range(2000):
        tops = sorted(rng.choice([float(rng.randint(0, 30)), rng.uniform(0, 30)]) for _ in range(rng.randint(0, 25)))
        across = [
            rng.choice([*tops, rng.uniform(-2, 32)]) if tops else rng.uniform(0, 30) for _ in range(rng.randint(0, 8))
        ]
        edges = [-1.0, *across, float("inf")]
        expected = max(zip(edges, edges[1:]), key=lambda e: sum(e[0] < t < e[1] for t in tops))
        assert _fullest_stretch(edges, tops) == expected


def _definition_centred(page: Page, tol: float, s: LayoutSettings = DEFAULT_SETTINGS) -> Page:
    """top_align_centred_cells as it was before h33: each column a pass over the grid's runs, each cell a pass
    over the other columns' one-line cells."""
    grid = grid_runs(page, tol, s)
    if grid is None:
        return page
    runs, starts = grid
    columns = {x: _cells(sorted((r for r in runs if abs(r.x0 - x) <= tol), key=lambda r: r.top), s) for x in starts}
    shifts: dict[int, float] = {}
    for x, cells in columns.items():
        single = [c[0] for other, cs in columns.items() if other != x for c in cs if len(c) == 1]
        for cell in cells:
            if not 2 <= len(cell) <= s.centred_cell_max_lines:
                continue
            level = s.centred_level_share * (cell[0].bottom - cell[0].top)
            if any(abs(r.top - cell[0].top) <= level for r in single):
                continue
            middle = (cell[0].top + cell[-1].bottom) / 2
            row = [r for r in single if abs(_middle(r) - middle) <= level and r.top > cell[0].top]
            if row:
                dy = min(r.top for r in row) - cell[0].top
                shifts.update({id(w): dy for run in cell for w in run.words})
    if not shifts:
        return page
    moved = [
        replace(w, top=w.top + shifts[id(w)], bottom=w.bottom + shifts[id(w)]) if id(w) in shifts else w
        for w in page.words
    ]
    return replace(page, words=moved)


def _centred_grid(rng: random.Random) -> Page:
    """A grid of label | value pairs in rows, its cells centred (a value wrapped over two or three lines straddles
    its row's one-line cells) or top-aligned, columns at x's a tolerance or so apart."""
    words = []
    xs = sorted({rng.choice([60.0, 61.5, 200.0, 202.0, 203.5, 340.0, 480.0, 483.0]) for _ in range(rng.randint(3, 7))})
    for r in range(rng.randint(2, 12)):
        row_top = 100.0 + 40 * r + rng.choice([0.0, 0.3])
        for x in xs:
            lines = rng.choice([1, 1, 1, 2, 3])
            centred = rng.random() < 0.7
            first = row_top + (0 if not centred else (1 - lines) * 6.0)
            for k in range(lines):
                top = first + 12.0 * k + rng.choice([0.0, 0.0, 0.5])
                words.append(
                    Word(rng.choice(["Namn", "Belopp", "Sökande"]), x, x + rng.uniform(20, 80), top, top + 10, "F", 10)
                )
    return Page(1, 595.0, 842.0, words)


def test_the_centred_cells_are_the_definitions():
    rng = random.Random(13)
    moved = 0
    for _ in range(300):
        page = _centred_grid(rng)
        got, expected = top_align_centred_cells(page, 3.0), _definition_centred(page, 3.0)
        assert [(w.top, w.bottom) for w in got.words] == [(w.top, w.bottom) for w in expected.words]
        moved += got is not page
    assert moved  # the grids hold cells to move, not only grids left as they are


def test_the_centred_cells_read_a_dense_sheet_a_bounded_number_of_times():
    """Before: each of the grid's columns a pass over its runs and each cell a pass over the one-line cells of the
    others (here 3.5 M reads); now each a window of what is sorted once."""
    page = counted(_sheet(random.Random(6), rows=40, labels=300))
    assert _reads(lambda p: top_align_centred_cells(p, 3.0), page) < 150 * len(page.words)


def test_a_form_word_on_a_band_lines_row_is_found_as_by_comparing_all():
    import numpy as np

    from bilagor.extractor.layout.letterhead import _Boxes, _same_row_and_type

    rng = random.Random(21)
    for _ in range(300):
        words = _messy_page(rng, rng.randint(1, 60)).words
        words = [replace(w, fontname=rng.choice("FG"), size=rng.choice([10.0, 10.2, 11.0])) for w in words]
        mask = np.array([rng.random() < 0.6 for _ in words])
        level = _Boxes(words).level_in(mask)
        form = [w for w, m in zip(words, mask) if m]
        for word in words[:10]:
            assert level(word) == any(_same_row_and_type(w, word) for w in form)


def test_the_letterhead_check_reads_a_dense_sheet_a_bounded_number_of_times():
    """A column of notes down the margin, ragged at its right, beside a sheet of thousands of words: at each of its
    line ends a band is tried, and each band's lines were compared with every word of the form (here 3.8 M reads);
    now a window of the words sorted by top once."""
    from bilagor.extractor.layout.letterhead import band_words

    page = _sheet(random.Random(7), rows=40, labels=200)
    notes = [
        Word("Anteckning", 40.0, 60.0 + 7 * i, 120.0 + 14 * i, 127.0 + 14 * i, "Arial-Bold", 7.0) for i in range(30)
    ]
    page = counted(replace(page, words=notes + page.words[8:]))
    assert _reads(lambda p: band_words(p, lambda _t: False), page) < 700 * len(page.words)
