"""A dense first page (a 67-page tax guide's: thousands of words at hundreds of x positions) took the letterhead
search ten seconds and more, twice (the reader's text columns and the layout each ask it): for every candidate
gutter every word across it was compared with every word of the page, and every word beside the band with every
word across the gutter. tika's testPDF_childAttachments ran past its time-out on it (h32, issue #12). The rows are
now found once a page, the words' boxes made arrays once a page and each gutter's tests done over them: the same
bands (the old look-ups are kept here as the definition). A two-column paper's first page (docling-parse's
ligatures_01: 3 934 words, 2 900 gutters) took 8 s a search; 0.9 s now."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from bilagor.extractor.layout.letterhead import band_words
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS
from bilagor.extractor.text_columns import _gutter_candidates, _Line as TextLine
from bilagor.extractor.words import Page, Word

CONTACT_LINES = ["Box 12345", "08-508 100 00", "www.stockholm.se", "123 45 Stockholm", "Telefon", "info@exempel.se"]
FORM_WORDS = ["Namn", "Belopp", "kronor", "ansökan", "förening", "summa", "2025", "text", "och", "för"]


def _word(text: str, x0: float, top: float, x1: float, font: str = "F") -> Word:
    return Word(text=text, x0=x0, top=top, x1=x1, bottom=top + 10, size=10, fontname=font)


class _NaiveRows:
    """The rows as the search found them before h32: every word compared with the page's every word."""

    def __init__(self, words: list[Word]):
        self.after, self.before = [], []
        for word in words:
            row = [w for w in words if abs(w.top - word.top) < 1 and w is not word]
            self.after.append(min((w.x0 for w in row if w.x0 > word.x1), default=float("inf")))
            self.before.append(max((w.x1 for w in row if w.x1 < word.x0), default=float("-inf")))


def _naive_clear_of(top, bottom, candidates, crossing):
    """The candidates whose rows no crossing word shares, as before h32: each against every crossing word."""
    import numpy as np

    kept = [i for i in candidates if not any(bottom[c] > top[i] and top[c] < bottom[i] for c in crossing)]
    return np.array(kept, dtype=np.int64)


def _definition(page: Page, is_label, monkeypatch) -> list[Word]:
    """The search with its two look-ups done the old way (compare everything with everything)."""
    from bilagor.extractor.layout import letterhead

    with monkeypatch.context() as patched:
        patched.setattr(letterhead, "_Rows", _NaiveRows)
        patched.setattr(letterhead, "_clear_of", _naive_clear_of)
        return letterhead.band_words(page, is_label)


def _page(rng: random.Random, rows: int, band: bool, left: bool, header: bool) -> Page:
    words = []
    if band:
        x = 30 if left else 480
        for i in range(rng.randint(2, 7)):
            words.append(
                _word(rng.choice(CONTACT_LINES), x, 100 + i * rng.choice([12, 14, 20]), x + rng.uniform(40, 90))
            )
    start = 160 if left else 40
    for r in range(rows):
        top = 80 + r * rng.choice([10, 11.5, 12, 13]) + rng.uniform(-0.6, 0.6)  # 10: rows that touch
        x = start - (rng.uniform(0, 130) if rng.random() < 0.1 else 0)  # now and then a line out into the margin
        while x < start + 300:
            width = rng.uniform(10, 60)
            jitter = rng.choice([0.0, 0.0, rng.uniform(-0.9, 0.9)])  # a word a little off its row's top
            words.append(_word(rng.choice(FORM_WORDS), x, top + jitter, x + width, font=rng.choice("FG")))
            x += width + rng.choice([3, 3, 3, 20, 40])
    if header:
        words.append(_word("Rubrik över hela sidan", 20, 50, 560))
    rng.shuffle(words)
    return Page(1, 595, 842, words)


@pytest.mark.parametrize("seed", range(4))
def test_the_letterhead_search_finds_the_bands_the_definition_finds(seed, monkeypatch):
    rng = random.Random(seed)
    found = 0
    for _ in range(40):
        page = _page(rng, rng.randint(3, 40), rng.random() < 0.7, rng.random() < 0.5, rng.random() < 0.3)
        expected = _definition(page, lambda t: t in ("Namn", "Belopp"), monkeypatch)
        got = band_words(page, lambda t: t in ("Namn", "Belopp"))
        assert [id(w) for w in got] == [id(w) for w in expected]
        found += bool(got)
    assert found  # the pages hold bands to find, not only pages without one


class _CountedWords(list):
    """A page's words that count the passes made over them."""

    passes = 0

    def __iter__(self):
        type(self).passes += 1
        return super().__iter__()


def test_a_dense_page_is_passed_over_a_few_times_not_once_a_gutter_or_a_crossing_word():
    """A page of long lines at hundreds of x positions and no band: every gutter inside the margin's reach is
    tried. Before, each gutter passed over the page's words a few times and each word across it once more; now
    the words' boxes are arrays made once a page."""
    rng = random.Random(7)
    page = _page(rng, 60, band=False, left=True, header=False)
    # every third word reaches out into the left margin, so that many gutters are crossed
    words = [replace(w, x0=w.x0 - rng.uniform(20, 120)) if i % 3 == 0 else w for i, w in enumerate(page.words)]
    page = Page(page.number, page.width, page.height, words)
    reach = page.width * DEFAULT_SETTINGS.letterhead_max_share
    gutters = len({w.x1 + 0.5 for w in page.words if w.x1 + 0.5 <= reach}) + len(
        {w.x0 - 0.5 for w in page.words if w.x0 - 0.5 >= page.width - reach}
    )
    _CountedWords.passes = 0
    counted = Page(page.number, page.width, page.height, _CountedWords(page.words))
    assert band_words(counted, lambda _t: False) == []
    assert gutters > 50
    assert _CountedWords.passes <= 20  # a few passes for the page, none a gutter (before: 10 497)


def _line(rng: random.Random, top: float) -> TextLine:
    words, x = [], rng.uniform(40, 120)
    for _ in range(rng.randint(1, 12)):
        width = rng.choice([rng.uniform(1, 60), float(rng.randint(1, 40))])
        x0 = rng.choice([x, float(round(x)), round(x) + 0.5])  # on the grid's steps and between them
        words.append(Word("ord", x0, x0 + width, top, top + 10))
        x = x0 + width + rng.choice([0, 3, 20, -5])
    return TextLine(words, top, top + 10)


def test_the_text_columns_count_of_lines_over_each_x_is_the_definitions():
    from bilagor.extractor.text_columns import _covering_lines

    """The same page, the reader's text-column step: each x of the scan across the page asked every line's every
    word whether it covers the x (a third of a second a dense page, every page). Now each word marks the xs it
    covers; the counts are the definition's."""
    rng = random.Random(11)
    for _ in range(300):
        lines = [_line(rng, 12.0 * r) for r in range(rng.randint(1, 30))]
        width = rng.choice([595.0, 612.0, 600.5])
        xs = [0.15 * width + i * 1.0 for i in range(int(0.7 * width))]
        assert _covering_lines(lines, xs) == [sum(ln.covers(x) for ln in lines) for x in xs]


def test_the_text_columns_count_passes_over_a_lines_words_once():
    rng = random.Random(12)
    lines = [_line(rng, 12.0 * r) for r in range(40)]
    for line in lines:
        line.words = _CountedWords(line.words)
    _CountedWords.passes = 0
    _gutter_candidates(lines, 595.0, 10.0)
    assert _CountedWords.passes <= 2 * len(lines)  # before: once a line for each of the scan's 416 xs


def _scatter(rng: random.Random, count: int) -> list[Word]:
    """Words on rows 10 pt apart (touching) whose tops stray up to a point, some at the same x."""
    words = []
    for _ in range(count):
        top = 10.0 * rng.randint(0, 12) + rng.choice([0.0, 0.0, 0.5, 1.0, -1.0, rng.uniform(-1.2, 1.2)])
        x0 = float(rng.randint(0, 40)) * 10
        words.append(_word("ord", x0, top, x0 + rng.choice([5.0, 10.0, 25.0])))
    return words


def test_each_words_row_neighbours_are_the_definitions():
    from bilagor.extractor.layout.letterhead import _Rows

    rng = random.Random(21)
    for _ in range(300):
        words = _scatter(rng, rng.randint(0, 60))
        rows, naive = _Rows(words), _NaiveRows(words)
        assert (rows.after, rows.before) == (naive.after, naive.before)


def test_the_words_clear_of_the_crossing_rows_are_the_definitions():
    import numpy as np

    from bilagor.extractor.layout.letterhead import _Boxes, _clear_of

    rng = random.Random(22)
    for _ in range(300):
        boxes = _Boxes(_scatter(rng, rng.randint(0, 46)))
        crossing = np.array(sorted(rng.sample(range(len(boxes.x0)), min(6, len(boxes.x0)))), dtype=np.int64)
        candidates = np.array([i for i in range(len(boxes.x0)) if i not in set(crossing)], dtype=np.int64)
        got = _clear_of(boxes.top, boxes.bottom, candidates, crossing)
        assert got.tolist() == _naive_clear_of(boxes.top, boxes.bottom, candidates, crossing).tolist()
