"""The badge letters' search asks of each capital whether a word of its line stands before it, and only then how far
the next word is: the line test only for the words that could answer, and the first word found before it ends the
search (h39/f-robust, issue #12: olmocr's map1.pdf spent 3.0 s of CPU testing each symbol against every word of its
window for its whole line, 4.4 million line tests). The same capitals as every word against every word, on map pages
with words of broken coordinates too; the line tests counted, never timed."""

from __future__ import annotations

import math
import random

from badges_every_word import every_word_search, line_tests_of

from bilagor.extractor.layout import badges
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS
from bilagor.extractor.words import Page, Word


def crowded_map(count: int, seed: int, odd: bool = False) -> Page:
    """`count` one-capital symbols of 3.6 pt on a letter page, rows of them level with each other (a map's grid of
    markers), place names beside some; `odd` adds words whose x or top is nan or infinite, as a broken layer gives."""
    rng = random.Random(seed)
    ws = []
    for _ in range(count):
        x0 = rng.uniform(30, 580)
        top = rng.choice([rng.uniform(30, 760), 100.0 + 12 * rng.randrange(40)])  # half on shared rows
        ws.append(Word(rng.choice("LHNABC"), x0, x0 + 2.6, top, top + 3.6, "ESRIDefaultMarker", 3.6))
    for _ in range(count // 40):
        x0, top = rng.uniform(30, 540), 100.0 + 12 * rng.randrange(40)
        ws.append(Word(rng.choice(["Sjön", "Väg 12", "Torp"]), x0, x0 + 20, top - 1, top + 5, "Arial", 6.0))
    if odd:
        ws += [
            Word("E", math.nan, 102.0, 100.0, 103.6, "Arial", None),
            Word("F", 100.0, math.nan, 100.0, 103.6, "Arial", None),
            Word("G", -math.inf, math.inf, 112.0, 115.6, "Arial", None),
            Word("x", math.inf, math.inf, 124.0, 127.6, "Arial", None),
        ]
    rng.shuffle(ws)
    return Page(1, 612.0, 792.0, ws)


def test_same_capitals_as_every_word_against_every_word() -> None:
    found = 0
    for seed in range(8):
        page = crowded_map(400, seed, odd=seed % 2 == 1)
        capitals = badges._set_apart_capitals(page, DEFAULT_SETTINGS)
        assert capitals == every_word_search(page)
        found += len(capitals)
    assert found > 20  # the pages hold capitals set apart, not only symbols with a word before them


def test_a_capital_stops_at_the_first_word_before_it(monkeypatch) -> None:
    # every word of each capital's window tested for its line was some 42 tests a symbol here (126 308); a test only
    # for a word that ends before it (or starts after it), the search ended by the first word before it: some 6
    assert line_tests_of(crowded_map(3000, 39), monkeypatch) < 3000 * 8
