"""Small caps: a word's capitals at full size, its other letters as smaller capitals.

Browsers (CSS `font-variant: small-caps`) and word processors print small
caps that way; the text layer splits a word wherever its size changes
('P' + 'ROJEKTETS', '(' + 'FORTS' + '.)', 'MÅL' + ','), and the line's words
without a capital of their own come out in the smaller size ('MÅL', 'OCH').
Pieces of one word touch on one baseline in one font at two sizes: they are
one word again, and the small capitals take their line's full size, so a
label in small caps reads as its words in capitals, set in its real type size.

Some producers (WeasyPrint) map a glyph drawn both as a capital and as a small
capital to one letter, in either case ('NamN', 'e' + 'v' for 'Ev'): a word
whose case no typesetting gives (a lowercase letter at the capitals' size, a
capital after a lowercase one among the small letters) is small caps too, and
so are the small words of its line in its font and size ('på', 'iNsats').
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Page, Word


def _capitals(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _garbled(big: str, small: str) -> bool:
    """The case of a two-size word that only a lost case map gives: a lowercase letter at the
    capitals' size, or a capital after a lowercase letter among the smaller ones."""
    first = next((ch for ch in big if ch.isalpha()), "")
    return first.islower() or any(a.islower() and b.isupper() for a, b in zip(small, small[1:]))


def _piece(word: Word, other: Word, s: LayoutSettings) -> bool:
    """`other` continues `word`: touching it on its baseline, in its font at the other size."""
    if not (word.size and other.size and other.fontname == word.fontname and word.fontname):
        return False
    big = max(word.size, other.size)
    ratio = min(word.size, other.size) / big
    # Small caps shrink letters only: a smaller run of digits before a larger word is a footnote's number
    # before its label ("9" + "1. Beskrivning"), not the word's first piece.
    if word.size < other.size and word.text.isdigit():
        return False
    return (
        s.small_caps_min_ratio <= ratio <= s.small_caps_max_ratio
        and abs(other.x0 - word.x1) <= s.small_caps_touch_share * big
        and abs(other.bottom - word.bottom) <= s.small_caps_baseline_share * big
    )


def _next_piece(
    word: Word, first: int, words: list[Word], order: list[int], starts: list[float], taken: set[int], s: LayoutSettings
) -> int | None:
    """The index of the free word that continues `word` (the last piece of a word joined so far from
    `words[first]`), if any:
    only words starting within reach of its end are looked at (`order` sorts the words by x0,
    `starts` holds their x0 in that order)."""
    reach = s.small_caps_touch_share * word.size
    for j in range(bisect_left(starts, word.x1 - reach), len(order)):
        k = order[j]
        if words[k].x0 > word.x1 + reach:
            return None
        if k != first and k not in taken and _piece(word, words[k], s):
            return k
    return None


def join_small_caps(page: Page, s: LayoutSettings = DEFAULT_SETTINGS) -> Page:
    """The page with each small-caps word whole again (see the module's docstring)."""
    words = page.words
    if not words:
        return page
    order = sorted(range(len(words)), key=lambda i: words[i].x0)
    starts = [words[i].x0 for i in order]
    whole: dict[int, Word] = {}  # index of a word's first piece -> the whole word
    taken: set[int] = set()  # pieces joined to a word left of them
    small_sizes: dict[tuple[str, float], float] = {}  # (font, small capitals' size) -> full size
    # (font, small capitals' size) -> (baseline, full size) of each line with a word whose case was lost.
    lost_case: dict[tuple[str, float], list[tuple[float, float]]] = {}
    for i in order:
        if i in taken:
            continue
        word = last = words[i]
        garbled = False
        # Each piece is measured against the piece before it, not the word so far: a full-size
        # mark after small capitals ('E' + 'V' + '.', 'S' + '/P') is a piece of the word too.
        while (nxt := _next_piece(last, i, words, order, starts, taken, s)) is not None:
            piece = words[nxt]
            small, big = (piece, last) if piece.size < last.size else (last, piece)
            if _capitals(small.text):
                small_sizes[(small.fontname, small.size)] = big.size
            if _garbled(big.text, small.text):
                garbled = True
                lost_case.setdefault((small.fontname, small.size), []).append((small.bottom, big.size))
            word = replace(
                word,
                text=word.text + piece.text,
                x1=piece.x1,
                top=min(word.top, piece.top),
                bottom=max(word.bottom, piece.bottom),
                size=max(word.size, piece.size),
            )
            taken.add(nxt)
            last = piece
        if garbled:
            word = replace(word, text=word.text.upper())
        if word is not words[i]:
            whole[i] = word
    if not whole:
        return page
    out = []
    for i, word in enumerate(words):
        if i in taken:
            continue
        word = whole.get(i, word)
        full = small_sizes.get((word.fontname, word.size)) if _capitals(word.text) else None
        if i not in whole and full is None:
            full = _lost_case_line(word, lost_case, s)
            if full is not None:
                word = replace(word, text=word.text.upper())
        if full is not None and i not in whole:
            # A small-caps word without a capital of its own ('MÅL', 'OCH'): its line's size.
            word = replace(word, size=full, top=word.bottom - (full / word.size) * (word.bottom - word.top))
        out.append(word)
    return replace(page, words=out)


def _lost_case_line(
    word: Word, lost_case: dict[tuple[str, float], list[tuple[float, float]]], s: LayoutSettings
) -> float | None:
    """The full size of the small caps line `word` stands on (in its font and size), if a word of
    that line lost its case (see the module's docstring)."""
    for bottom, full in lost_case.get((word.fontname, word.size), []):
        if abs(word.bottom - bottom) <= s.small_caps_baseline_share * full:
            return full
    return None
