"""Dense pages read with OCR because their fonts have no Unicode map (issue #12 class 1, h25 corpora).

pdf.js's `tracemonkey.pdf` (a 14-page paper, Type 3 fonts) was stopped at the 120 s limit: pairing
glyphs with OCR words asked every glyph about every word, so the work per glyph grew with the
page's lines. These tests count that work (key reads of the glyph dicts, attribute reads of the OCR
words) on a page of few lines and one of many: per glyph it must stay the same, not grow.
"""

from __future__ import annotations

import random

from bilagor.extractor.dropped_marks import uncovered
from bilagor.extractor.glyph_map import learn_glyphs
from bilagor.extractor.row_index import RowIndex, SortedPoints
from bilagor.extractor.words import Word

ADVANCE = 5.0
LINE = 14.0
LETTERS = "abcdefghijklmnopqrstuvwxyz"


class CountingChar(dict):
    """A pdfplumber glyph dict that counts how often its keys are read."""

    reads = 0

    def __getitem__(self, key):
        CountingChar.reads += 1
        return super().__getitem__(key)


class CountingWord(Word):
    """An OCR word that counts how often its box is read."""

    reads = 0

    def __getattribute__(self, name):
        if name in ("x0", "x1", "top", "bottom"):
            CountingWord.reads += 1
        return super().__getattribute__(name)


def _dense_page(lines: int, word_count: int = 8, word_size: int = 5):
    """Glyphs (a custom code each: the letter upper-cased; a bullet OCR left out before each line)
    and the OCR words read over them."""
    chars, words = [], []
    for row in range(lines):
        top, x = 50.0 + row * LINE, 40.0
        chars.append(CountingChar(text="*", fontname="T3", size=10.0, x0=25.0, x1=30.0, top=top, bottom=top + 10.0))
        for n in range(word_count):
            text = "".join(LETTERS[(row * 7 + n * 3 + k) % 26] for k in range(word_size))
            start = x
            for letter in text + " ":
                chars.append(CountingChar(text=letter.upper(), fontname="T3", size=10.0, x0=x, x1=x + ADVANCE,
                                          top=top, bottom=top + 10.0))  # fmt: skip
                x += ADVANCE
            words.append(CountingWord(text, start + 0.4, start + word_size * ADVANCE - 0.4, top - 1.0, top + 11.0))
    return chars, words


def _reads_a_glyph_learning(lines: int) -> float:
    chars, words = _dense_page(lines)
    CountingChar.reads = 0
    learned = learn_glyphs(chars, words)
    assert learned[("T3", "A")] == "a" and learned[("T3", " ")] == " "
    return CountingChar.reads / len(chars)


def test_learning_the_glyphs_costs_the_same_a_glyph_on_a_page_of_many_lines():
    few, many = _reads_a_glyph_learning(6), _reads_a_glyph_learning(36)
    assert many < 1.5 * few  # asking every glyph about every word: six times as many reads


def _reads_a_glyph_uncovered(lines: int) -> float:
    chars, words = _dense_page(lines)
    boxes = [(c["x0"], c["top"], c["x1"], c["bottom"]) for c in chars]
    CountingWord.reads = 0
    found = uncovered(boxes, words)
    assert found == [box for box in boxes if box[0] == 25.0]  # the bullets; every other glyph is near a word
    return CountingWord.reads / len(boxes)


def test_finding_uncovered_glyphs_costs_the_same_a_glyph_on_a_page_of_many_lines():
    few, many = _reads_a_glyph_uncovered(6), _reads_a_glyph_uncovered(36)
    assert many < 1.5 * few


def test_the_row_index_finds_what_looking_at_every_span_finds():
    rng = random.Random(12)
    spans = [(t, t + rng.choice([0.0, 0.3, 9.0, 40.0, 5_000.0])) for t in (rng.uniform(-50, 800) for _ in range(400))]
    spans.append((float("-inf"), 10.0))
    index = RowIndex(spans)
    for y in [rng.uniform(-100, 900) for _ in range(300)] + [0.0, 10.0, float("nan")]:
        assert index.at(y) == [i for i, (top, bottom) in enumerate(spans) if top <= y <= bottom]


def test_sorted_points_find_what_looking_at_every_point_finds():
    rng = random.Random(7)
    values = [round(rng.uniform(0, 100), 1) for _ in range(500)]
    points = SortedPoints(values)
    for _ in range(200):
        low = rng.uniform(-5, 105)
        high = low + rng.choice([0.0, 0.5, 10.0])
        assert points.within(low, high) == [i for i, v in enumerate(values) if low <= v <= high]
