"""A map's page with one tall word: the badge letters' search windows each capital by the words of like height,
so the tallest word on the page no longer sets every capital's window (h38/f-robust, issue #12: olmocr's map1.pdf
still spent 9.7 s of CPU here after h37's windows). The same capitals as every word against every word; the line
tests counted, never timed."""

from __future__ import annotations

import math
import random

from badges_every_word import every_word_search, line_tests_of

from bilagor.extractor.layout import badges
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS
from bilagor.extractor.words import Page, Word


def map_page(count: int, seed: int = 38, odd: bool = False) -> Page:
    """`count` symbols of 3.6 pt, a few labels of 8-40 pt and one word 300 pt tall (a turned map title); `odd`
    adds words of zero, infinite and nan heights, as a broken text layer gives."""
    rng = random.Random(seed)
    ws = []
    for _ in range(count):
        x0, top = rng.uniform(30, 580), rng.uniform(30, 760)
        ws.append(Word(rng.choice("LHNAB"), x0, x0 + 2.6, top, top + 3.6, "ESRIDefaultMarker", 3.6))
    for _ in range(count // 50):
        x0, top, h = rng.uniform(30, 540), rng.uniform(30, 740), rng.uniform(8, 40)
        ws.append(Word(rng.choice(["Sjön", "C", "Väg 12", "D"]), x0, x0 + h * 2, top, top + h, "Arial", h))
    ws.append(Word("Kartan", 2.0, 20.0, 400.0, 700.0, "Arial", 18.0))
    if odd:
        ws += [
            Word("E", 100.0, 102.0, 50.0, 50.0, "Arial", 0.0),
            Word("F", 100.0, 102.0, 60.0, math.inf, "Arial", None),
            Word("G", 100.0, 102.0, math.nan, 70.0, "Arial", None),
        ]
    rng.shuffle(ws)
    return Page(1, 612.0, 792.0, ws)


def test_same_capitals_as_every_word_against_every_word() -> None:
    for seed in range(6):
        page = map_page(300, seed, odd=seed % 2 == 1)
        assert badges._set_apart_capitals(page, DEFAULT_SETTINGS) == every_word_search(page)


def test_a_tall_word_does_not_widen_every_window(monkeypatch) -> None:
    calls = line_tests_of(map_page(3000), monkeypatch)
    # one window of the 300 pt title's height held some 1 200 words a capital (over 3 million tests); a window of
    # the symbols' own class holds some 30, and the labels' classes a few each
    assert calls < 3000 * 3000 // 40
