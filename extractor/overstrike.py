"""Overstruck characters: glyphs drawn over another glyph's box read as what a reader sees (pure over plain dicts).

A typewriter underlines by striking underscores over the letters (the line typed again as "____", or a backspace
and "_" after every letter), makes bold by striking a letter twice a little aside, and writes "ä" as "a",
backspace, "¨". Its text layer keeps every stroke, so pdfplumber reads "S_ö_k_t_ b_e_l_o_p_p_" and finds no label.
A character whose box lies over another's (the same line band, overlapping across most of the narrower one) is
struck over it: an underscore or low rule over a letter is a mark, not text, and is dropped; the same glyph twice
is one (most such copies are gone already: glyphs.without_overprint, run first, takes those of one font and size
within a point, turned ones too; this takes what it leaves, a strike further aside on a wide glyph, sizes that
differ in the last digits); an accent alone over a letter is composed with it (NFC). Other glyphs over each other
are left as they are, and a character that stands on its own position (a "____" answer line, "file_name") is never
touched.
"""

from __future__ import annotations

import unicodedata

from bilagor.extractor.words import lines_of

# Share of the narrower box's width two boxes must overlap to be one position: neighbours in a line touch at most
# (kerning moves a letter by a tenth of an em), a glyph typed over another shares nearly all of its box.
OVERLAP_SHARE = 0.6
# Two boxes are in one line band when their tops lie within this share of the shorter box's height of each other.
BAND_SHARE = 0.3
# Two strikes of one glyph are of one size within this share (a producer's matrices differ in the last digits).
SIZE_TOLERANCE = 0.02
# Underlines typed as characters: low line, double low line, full-width low line, combining low lines.
RULE_GLYPHS = frozenset("_\u2017\uff3f\u0332\u0333")
# Spacing accents without a compatibility decomposition to a combining mark (the others are read from Unicode).
_ACCENTS = {"`": "\u0300", "^": "\u0302", "~": "\u0303", "\u02c6": "\u0302", "\u02dc": "\u0303"}


def without_overstrikes(chars: list[dict]) -> list[dict]:
    """`chars` as a reader sees them where glyphs are struck over each other: underlines dropped, double strikes
    read once, accents composed with their letters (pure; order kept, turned characters untouched)."""
    texts = [str(c.get("text", "")) for c in chars]
    dropped: set[int] = set()
    for first, second in _struck_pairs(chars):
        if first in dropped or second in dropped:
            continue
        loser = _resolve(chars, texts, first, second)
        if loser is not None:
            dropped.add(loser)
    if not dropped and all(t == c.get("text") for t, c in zip(texts, chars)):
        return chars
    return [
        char if texts[i] == char.get("text") else dict(char, text=texts[i])
        for i, char in enumerate(chars)
        if i not in dropped
    ]


def _resolve(chars: list[dict], texts: list[str], first: int, second: int) -> int | None:
    """The index of the stroke of two struck over each other that is no character of its own (`first` drawn
    earlier), an accent composed into its letter's text on the way; None when both are characters."""
    a, b = texts[first], texts[second]
    if a == b:
        return second if _same_type(chars[first], chars[second]) else None
    if a in RULE_GLYPHS and b not in RULE_GLYPHS:
        return first
    if b in RULE_GLYPHS and a not in RULE_GLYPHS:
        return second
    for letter, accent in ((first, second), (second, first)):
        composed = _composed(texts[letter], texts[accent])
        if composed is not None:
            texts[letter] = composed
            return accent
    return None


def _same_type(a: dict, b: dict) -> bool:
    """Whether two glyphs are struck with one font at one size: a double strike is; a quote of another font set
    inside a wide glyph's box is a character of its own."""
    sizes = float(a.get("size") or 0.0), float(b.get("size") or 0.0)
    return a.get("fontname") == b.get("fontname") and abs(sizes[0] - sizes[1]) <= SIZE_TOLERANCE * max(sizes)


def _composed(letter: str, accent: str) -> str | None:
    """`letter` with the spacing accent `accent` over it as one character, or None when they are no such pair."""
    if len(letter) != 1 or not letter.isalpha():
        return None
    mark = combining_mark(accent)
    if mark is None:
        return None
    composed = unicodedata.normalize("NFC", letter + mark)
    return composed if len(composed) == 1 else None


def combining_mark(accent: str) -> str | None:
    """The combining mark a spacing accent ("¨", "´", "˚", "^") or a combining mark itself stands for, or None."""
    if len(accent) != 1:
        return None
    if unicodedata.combining(accent):
        return accent
    if accent in _ACCENTS:
        return _ACCENTS[accent]
    parts = unicodedata.decomposition(accent).split()  # "¨": "<compat> 0020 0308"
    if len(parts) == 3 and parts[0] == "<compat>" and parts[1] == "0020":
        mark = chr(int(parts[2], 16))
        return mark if unicodedata.combining(mark) else None
    return None


def _struck_pairs(chars: list[dict]) -> list[tuple[int, int]]:
    """Pairs of indexes (earlier drawn first) of upright characters whose boxes lie over each other."""
    pairs: list[tuple[int, int]] = []
    for band in _bands(chars, [i for i, c in enumerate(chars) if c.get("upright", True)]):
        band.sort(key=lambda i: float(chars[i]["x0"]))
        for k, i in enumerate(band):
            right = float(chars[i]["x1"])
            for j in band[k + 1 :]:
                if float(chars[j]["x0"]) >= right:
                    break
                if _over(chars[i], chars[j]):
                    pairs.append((min(i, j), max(i, j)))
    return sorted(pairs)


def _bands(chars: list[dict], indexes: list[int]) -> list[list[int]]:
    """`indexes` of `chars` parted into line bands, top to bottom and each by top, then x: tops within
    BAND_SHARE of a height of the band's first character."""

    def top(i: int) -> float:
        return float(chars[i]["top"])

    def in_band(band: list[int], i: int) -> bool:
        first = band[0]
        return top(i) - top(first) <= BAND_SHARE * max(float(chars[first]["bottom"]) - top(first), 0.0)

    return lines_of(indexes, order=lambda i: (top(i), float(chars[i]["x0"])), joins=in_band)


def _over(a: dict, b: dict) -> bool:
    """Whether two boxes of one band overlap across most of the narrower one."""
    overlap = min(float(a["x1"]), float(b["x1"])) - max(float(a["x0"]), float(b["x0"]))
    narrower = min(float(a["x1"]) - float(a["x0"]), float(b["x1"]) - float(b["x0"]))
    return overlap >= OVERLAP_SHARE * max(narrower, 0.0) and overlap >= 0.0
