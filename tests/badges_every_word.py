"""The badge letters' capital search as defined: each one-capital word against every word of the page. The windowed
search in layout/badges.py must find the same capitals (test_badges_map_page37.py, test_badges_height_classes38.py)."""

from __future__ import annotations

import string

from bilagor.extractor.layout import badges
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS
from bilagor.extractor.words import Page, Word


def every_word_search(page: Page) -> list[Word]:
    found = []
    for word in page.words:
        if len(word.text) != 1 or word.text not in string.ascii_uppercase:
            continue
        level = [w for w in page.words if w is not word and badges._same_line(w, word)]
        if any(w.x1 <= word.x0 + 0.5 for w in level):
            continue
        after = [w.x0 - word.x1 for w in level if w.x0 >= word.x1 - 0.5]
        size = word.size or (word.bottom - word.top)
        if after and min(after) < DEFAULT_SETTINGS.badge_min_gap_share * size:
            continue
        found.append(word)
    return sorted(found, key=lambda w: (w.top, w.x0))


def line_tests_of(page: Page, monkeypatch) -> int:
    """How many line tests (`badges._same_line` calls) the badge capitals' search makes on `page`: counted, never
    timed."""
    calls = 0
    same_line = badges._same_line

    def counted(a: Word, b: Word) -> bool:
        nonlocal calls
        calls += 1
        return same_line(a, b)

    monkeypatch.setattr(badges, "_same_line", counted)
    badges._set_apart_capitals(page, DEFAULT_SETTINGS)
    return calls
