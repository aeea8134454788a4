"""The letterhead search's row neighbours (`letterhead._Rows`: for each word the nearest word of its row right of it
and left of it) were found with a Python pass over a window of each word's row: a third of a drawing sheet's
letterhead search (h34's Left, `bench/dense_page_layout.py`). They are now found for all words at once, a step
apart in top order at a time. The definition is the old comparison of every word with every word (the long text
work test's `_NaiveRows`); a dense page's coordinates are read a few times a word, not a row's length."""

from __future__ import annotations

import random

import pytest

from bilagor.extractor.layout.letterhead import _Rows
from bilagor.extractor.words import Word
from dense_pages import CountedWord, counted, drawing_sheet


def _naive(words: list[Word]) -> tuple[list[float], list[float]]:
    after, before = [], []
    for word in words:
        row = [w for w in words if abs(w.top - word.top) < 1 and w is not word]
        after.append(min((w.x0 for w in row if w.x0 > word.x1), default=float("inf")))
        before.append(max((w.x1 for w in row if w.x1 < word.x0), default=float("-inf")))
    return after, before


def _messy(rng: random.Random, n: int) -> list[Word]:
    words = []
    for _ in range(n):
        top = rng.choice([100.0, 100.5, 101.0, 101.999, 99.0, rng.uniform(90, 110), float(rng.randint(90, 110))])
        x0 = rng.choice([float(rng.randint(0, 20)) * 10, rng.uniform(0, 200)])
        width = rng.choice([5.0, 10.0, 0.0, -2.0, rng.uniform(0, 40)])  # zero and negative widths too
        words.append(Word("ord", x0, x0 + width, top, top + 8, "F", 8.0))
    if words and rng.random() < 0.3:
        words.append(rng.choice(words))  # one word listed twice
    rng.shuffle(words)
    return words


@pytest.mark.parametrize("seed", range(3))
def test_the_neighbours_are_the_definitions(seed):
    rng = random.Random(seed)
    for _ in range(200):
        words = _messy(rng, rng.randint(0, 60))
        rows = _Rows(words)
        after, before = _naive(words)
        assert list(rows.after) == after and list(rows.before) == before


def test_a_dense_sheet_reads_each_word_a_few_times():
    page = drawing_sheet(random.Random(3), 20, 600, title_lines=20)
    words = counted(page).words
    CountedWord.reads = 0
    _Rows(words)
    assert CountedWord.reads < 8 * len(words)
    rows = _Rows(page.words)
    after, before = _naive(page.words)
    assert list(rows.after) == after and list(rows.before) == before


def test_no_words():
    rows = _Rows([])
    assert len(rows.after) == 0 and len(rows.before) == 0
