"""The letterhead search tries a gutter at every word's edge within the margin's reach, and each gutter's tests
passed over all the page's words: a drawing sheet's 10 000 gutters over its 13 000 words (h34, issue #12). Now a
side's tests pass over the words its gutters can touch (those starting, or ending, within the reach) and over the
rest only for what no near word answers: the same bands (tests/extractor/test_robustness_long_text_work.py
compares the search with the old look-ups on pages with and without bands, the form within the reach or beyond)."""

from __future__ import annotations

import random

from bilagor.extractor.layout import letterhead
from bilagor.extractor.words import Page, Word


def _wide_sheet(rng: random.Random) -> Page:
    """A contact band down the left margin of a wide sheet whose rows of short words run far past the reach."""
    words = [
        Word(text, 30.0, 110.0, 100.0 + 14 * i, 110.0 + 14 * i, "F", 10.0)
        for i, text in enumerate(["Box 12345", "08-508 100 00", "www.stockholm.se", "123 45 Stockholm", "Växel"])
    ]
    for row in range(60):
        x, top = 200.0, 80.0 + 12 * row
        while x < 3000:
            width = rng.uniform(8, 30)
            words.append(Word("ord", x, x + width, top, top + 10, "G", 10.0))
            x += width + rng.uniform(2, 9)
    return Page(1, 3168.0, 2448.0, words)


def test_a_wide_sheets_gutters_pass_over_the_words_within_reach(monkeypatch):
    seen: list[int] = []
    real = letterhead._clear_of

    def counted(top, bottom, candidates, crossing):
        seen.append(len(top))
        return real(top, bottom, candidates, crossing)

    monkeypatch.setattr(letterhead, "_clear_of", counted)
    page = _wide_sheet(random.Random(3))
    band = letterhead.band_words(page, lambda _t: False)
    assert [w.text for w in band][:2] == ["Box 12345", "08-508 100 00"]  # the band is found
    assert seen and max(seen) < 0.5 * len(page.words)
