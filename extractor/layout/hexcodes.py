"""A missing glyph printed as its code point: the character read back from its hex digits.

A producer whose font lacks a character (GLE among them) prints its code instead: the hex digits in a tiny
monospaced face, stacked in two rows ("00" over "A0" for a no-break space, "20" over "13" for an en dash) where
the glyph would stand, inside a line of text. Read as words, the rows became text of the line ("396 00 000 A0
kr"). Two such rows (two or three hex digits each, one font and size, one over the other at one x) standing
inside a line of words at least a code's size bigger, next to one of them, are that character: a space-like one
is dropped (the gap stays a word gap), any other becomes a word of the line, joined to the words it touches.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import replace

from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Page, Word

_HEX_ROW = re.compile(r"^[0-9A-F]{2,3}$")


def _stacked(upper: Word, lower: Word, s: LayoutSettings) -> bool:
    """`lower` is the second row of `upper`'s code: its font and size, its x, about a row under it."""
    size = upper.size
    return (
        lower.fontname == upper.fontname
        and abs(lower.size - size) <= 0.05 * size
        and len(lower.text) == len(upper.text)
        and abs(lower.x0 - upper.x0) <= s.hex_code_align_share * size
        and abs(lower.x1 - upper.x1) <= s.hex_code_align_share * size
        and s.hex_code_row_min <= (lower.top - upper.top) / size <= s.hex_code_row_max
    )


def _line_word(word: Word, box: tuple[float, float, float, float], code_size: float, s: LayoutSettings) -> bool:
    """`word` is a word of the line a code box (x0, top, x1, bottom) stands in, next to the box, in a type
    well bigger than the code's."""
    x0, top, x1, bottom = box
    size = word.size or (word.bottom - word.top)
    reach = s.hex_code_reach_share * size
    return (
        code_size <= s.hex_code_max_share * size
        and word.top <= (top + bottom) / 2 <= word.bottom
        and (abs(word.x1 - x0) <= reach or abs(word.x0 - x1) <= reach)
    )


def _character(upper: Word, lower: Word) -> str | None:
    """The character the two rows' digits name, if it is one a text can hold."""
    code = int(upper.text + lower.text, 16)
    if code > 0x10FFFF:
        return None
    ch = chr(code)
    return None if unicodedata.category(ch) in ("Cc", "Cs", "Cn", "Co") else ch


def _stacked_pairs(rows: list[Word], s: LayoutSettings) -> list[tuple[Word, Word]]:
    """Pairs of hex rows one over the other (see `_stacked`), each row in one pair at most: the rows are looked
    at by font, size and x (a page of figures has many words of two or three digits)."""
    groups: dict[tuple[str, float], list[Word]] = {}
    for word in rows:
        groups.setdefault((word.fontname, round(word.size, 1)), []).append(word)
    pairs: list[tuple[Word, Word]] = []
    for group in groups.values():
        group.sort(key=lambda w: w.x0)
        starts = [w.x0 for w in group]
        used: set[int] = set()
        for k in sorted(range(len(group)), key=lambda k: (group[k].top, group[k].x0)):
            if k in used:
                continue
            upper = group[k]
            reach = s.hex_code_align_share * upper.size
            for m in range(bisect_left(starts, upper.x0 - reach), bisect_right(starts, upper.x0 + reach)):
                if m != k and m not in used and _stacked(upper, group[m], s):
                    used.update((k, m))
                    pairs.append((upper, group[m]))
                    break
    return pairs


def read_hex_codes(page: Page, s: LayoutSettings = DEFAULT_SETTINGS) -> Page:
    """The page with each missing glyph's printed code read back as its character (see the module's
    docstring)."""
    rows = [w for w in page.words if _HEX_ROW.match(w.text) and w.size]
    pairs = _stacked_pairs(rows, s) if len(rows) > 1 else []
    if not pairs:
        return page
    words = list(page.words)
    for upper, lower in pairs:
        ch = _character(upper, lower)
        if ch is None:
            continue
        box = (min(upper.x0, lower.x0), upper.top, max(upper.x1, lower.x1), lower.bottom)
        line = [w for w in words if w is not upper and w is not lower and _line_word(w, box, upper.size, s)]
        if not line:
            continue
        words = [w for w in words if w is not upper and w is not lower]
        if ch.isspace():
            _close_gap(box, words, s)
            continue
        glyph = replace(line[0], text=ch, x0=box[0], x1=box[2])
        words.append(_joined(glyph, words, s))
    return replace(page, words=words)


def _joined(glyph: Word, words: list[Word], s: LayoutSettings) -> Word:
    """`glyph` joined to the words of its line that touch it, those taken out of `words`."""
    touch = s.hex_code_join_share * glyph.size
    middle = (glyph.top + glyph.bottom) / 2
    left = next((w for w in words if abs(w.x1 - glyph.x0) <= touch and w.top <= middle <= w.bottom), None)
    right = next((w for w in words if abs(w.x0 - glyph.x1) <= touch and w.top <= middle <= w.bottom), None)
    joined = glyph
    for part in (left, right):
        if part is None:
            continue
        words.remove(part)
        first, second = (part, joined) if part.x0 < joined.x0 else (joined, part)
        joined = replace(
            first,
            text=first.text + second.text,
            x0=first.x0,
            x1=second.x1,
            top=min(first.top, second.top),
            bottom=max(first.bottom, second.bottom),
        )
    return joined


def _close_gap(box: tuple[float, float, float, float], words: list[Word], s: LayoutSettings) -> None:
    """The word that ends where a space-like code's box starts, run on over the box but a word space: the
    box is wider than the space it stands for, and a gap that wide reads as a column's."""
    middle = (box[1] + box[3]) / 2
    for k, word in enumerate(words):
        if abs(word.x1 - box[0]) <= s.hex_code_join_share * word.size and word.top <= middle <= word.bottom:
            words[k] = replace(word, x1=max(word.x1, box[2] - s.hex_code_space_share * word.size))
            return
