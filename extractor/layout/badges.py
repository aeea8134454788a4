"""Letter badges before the labels: page furniture.

A form may head each section with a small square badge holding a letter, A, B, C … in turn, the label beside
it ("[A] Namn på insats", the letter white on a dark square). In the text layer the letter is a one-letter word
opening the label's line, a wider gap than a word space from the label, and it makes the label an unknown one
("A Namn på insats") or, standing on a line of its own, a label of its own. Such a letter is told by the run:
capitals opening their lines, each set apart from its line's next word or alone on its line, that read A, B,
C … in turn through the document; a lone capital out of turn ("I samband med …" at a line's start) is no badge.
"""

from __future__ import annotations

import math
import string
from bisect import bisect_left, bisect_right
from dataclasses import replace

from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Page, Word


def strip_badge_letters(pages: list[Page], s: LayoutSettings = DEFAULT_SETTINGS) -> list[Page]:
    """Pages without their badge letters, when at least `badge_min_letters` of them run A, B, C … in turn."""
    candidates = [(p.number, w) for p in pages for w in _set_apart_capitals(p, s)]
    badges: set[tuple[int, Word]] = set()
    expected = 0
    for number, word in candidates:
        if word.text == string.ascii_uppercase[expected % 26]:
            badges.add((number, word))
            expected += 1
    if len(badges) < s.badge_min_letters:
        return pages
    return [replace(p, words=[w for w in p.words if (p.number, w) not in badges]) for p in pages]


def _set_apart_capitals(page: Page, s: LayoutSettings) -> list[Word]:
    """The page's one-capital words that open their line, alone on it or a badge's gap from the next word, in
    reading order (top to bottom)."""
    found = []
    # the words by their tops, so that each capital meets only the words whose heights can overlap its own (a
    # map's page of some 15 000 one-capital symbols was a minute of every word against every word)
    classes = _by_top_in_height_classes(page.words)
    upside_down = any(w.bottom < w.top for w in page.words)  # _same_line's test is no window then: every word
    for word in page.words:
        if len(word.text) != 1 or word.text not in string.ascii_uppercase:
            continue
        near = (
            page.words
            if upside_down
            else [
                w
                for tops, by_top, tallest in classes
                for w in by_top[bisect_left(tops, word.top - tallest) : bisect_right(tops, word.bottom)]
            ]
        )
        if _word_before(word, near):
            continue  # a word stands before it on its line
        size = word.size or (word.bottom - word.top)
        after = _gap_after(word, near)
        if after is not None and after < s.badge_min_gap_share * size:
            continue  # a word space from the next word: a word of the line ("I samband med …")
        found.append(word)
    return sorted(found, key=lambda w: (w.top, w.x0))


def _by_top_in_height_classes(words: list[Word]) -> list[tuple[list[float], list[Word], float]]:
    """The words in classes of like height (each class's heights up to twice the last's), each class by its tops
    with its tallest height: a capital's window in a class reaches up only that class's tallest word, so a map's
    one tall title no longer widens every symbol's window to its own height (map1.pdf: 9.7 s of CPU here)."""
    classes: dict[int, list[Word]] = {}
    for w in words:
        height = w.bottom - w.top
        # a height that is no finite number (a broken text layer's inf or nan) in a class met whole
        classes.setdefault(int(height).bit_length() if 0 <= height < 1e9 else -1, []).append(w)
    out = []
    for key, members in classes.items():
        if key == -1:
            out.append(([-math.inf] * len(members), members, math.inf))
            continue
        members.sort(key=lambda w: w.top)
        out.append(([w.top for w in members], members, max(w.bottom - w.top for w in members)))
    return out


def _word_before(word: Word, near: list[Word]) -> bool:
    """Whether a word of `near` on `word`'s line (`_same_line`) ends before it starts. The line test, the dear part,
    only for a word that ends before it, and the first one found ends the search: a map's page asks this of some
    15 000 symbols against a few hundred words each (map1.pdf: 4.4 million line tests for each one's whole line)."""
    start = word.x0 + 0.5
    return any(w.x1 <= start and w is not word and _same_line(w, word) for w in near)


def _gap_after(word: Word, near: list[Word]) -> float | None:
    """The least gap from `word` to a word of `near` on its line that starts at or after its end (`min` of them in
    `near`'s order, as the builtin takes a nan), or None."""
    gap = None
    end = word.x1 - 0.5
    for w in near:
        if w.x0 >= end and w is not word and _same_line(w, word):
            g = w.x0 - word.x1
            if gap is None or g < gap:
                gap = g
    return gap


def _same_line(a: Word, b: Word) -> bool:
    overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
    return overlap > 0.5 * min(a.bottom - a.top, b.bottom - b.top)
