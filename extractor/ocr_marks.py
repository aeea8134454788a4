"""Dust read as punctuation glued to an OCR'd word ("Bilaga'5", "förvaltning”", "-Upprustning").

The speck wiping (specks.py) leaves dust right beside a word: it has other
ink near it. Tesseract then reads the dot as a quote, an apostrophe or a dash
that is part of the word. A quote mark is real when its partner is on the
line (”Trygg i Stockholm”); a lone one at a word's edge is dust. A dash glued
to the front of a capitalised word, a quote between a word and a number, and
a comma and a full stop run together are no writing either. Only OCR'd lines
go through here.
"""

from __future__ import annotations

import re

_QUOTES = "\"'”“’‘´`"
_LEADING = re.compile(rf"^[{_QUOTES}](?=\w)")
_TRAILING = re.compile(rf"(?<=\w)[{_QUOTES}](?=[.,:;]?$)")
_DASH_BEFORE_CAPITAL = re.compile(r"^[-‐–](?=[A-ZÅÄÖ][a-zåäö])")
_QUOTE_BEFORE_NUMBER = re.compile(rf"(?<=[^\W\d_])[{_QUOTES}](?=\d)")
_COMMA_STOP = re.compile(r"(?<=\w)([,.])[,.]+")
_COMMA_BEFORE_WORD = re.compile(r"(?<=[^\W\d_]),(?=[A-ZÅÄÖ])")


def without_dust_marks(texts: list[str]) -> list[str]:
    """One line's word texts with lone quote marks at word edges and glued dust marks taken off."""
    quotes = sum(sum(text.count(q) for q in _QUOTES) for text in texts)
    cleaned = []
    for text in texts:
        if quotes == 1:  # a quote with no partner on the line
            text = _TRAILING.sub("", _LEADING.sub("", text))
        text = _DASH_BEFORE_CAPITAL.sub("", text)
        text = _QUOTE_BEFORE_NUMBER.sub(" ", text)
        text = _COMMA_STOP.sub(r"\1", text)
        text = _COMMA_BEFORE_WORD.sub(", ", text)
        cleaned.append(text)
    return cleaned
