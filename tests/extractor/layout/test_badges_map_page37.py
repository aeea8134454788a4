"""A map's page of thousands of one-capital symbols: the badge letters' search meets only the words that can share
a capital's line, not every word of the page (h37/f-speed, issue #12: olmocr's map1.pdf, 15 000 'L' markers, spent
a minute here). Counted in the line tests made, never timed."""

from __future__ import annotations

import random

from badges_every_word import every_word_search, line_tests_of

from bilagor.extractor.layout import badges
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS
from bilagor.extractor.words import Page, Word


def map_page(count: int, seed: int = 37) -> Page:
    rng = random.Random(seed)
    ws = []
    for _ in range(count):
        x0, top = rng.uniform(30, 580), rng.uniform(30, 760)
        ws.append(Word(rng.choice("LHN"), x0, x0 + 2.6, top, top + 3.6, "ESRIDefaultMarker", 3.6))
    ws.append(Word("Kartan", 40.0, 80.0, 20.0, 32.0, "Arial", 12.0))  # a tall word widens every window
    return Page(1, 612.0, 792.0, ws)


def test_same_capitals_as_every_word_against_every_word() -> None:
    for seed in range(5):
        page = map_page(400, seed)
        assert badges._set_apart_capitals(page, DEFAULT_SETTINGS) == every_word_search(page)


def test_line_tests_grow_with_the_lines_not_the_page(monkeypatch) -> None:
    calls = line_tests_of(map_page(3000), monkeypatch)
    # every word against every word is 3000 x 3000 = 9 million; a capital's window of 12 pt holds some 50 words
    assert calls < 3000 * 3000 // 20
