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
_QUOTE_AFTER_NUMBER = re.compile(rf"(?<=\d\.)[{_QUOTES}](?=[A-ZÅÄÖ])")  # '1."Beskrivning'
_COMMA_STOP = re.compile(r"(?<=\w)([,.])[,.]+")
_COMMA_BEFORE_WORD = re.compile(r"(?<=[^\W\d_]),(?=[A-ZÅÄÖ])")
# A stop or comma glued to the front of a lowercase word (".att", ".finansiering"), or a bracket, bar or
# colon before a letter ("<:Klicka"): no word starts that way in the forms' Swedish.
_STOP_BEFORE_WORD = re.compile(r"^[.,](?=[a-zåäö]{2})")
_MARKS_BEFORE_WORD = re.compile(r"^[<>|¦:;]+(?=[^\W\d_])")


def without_dust_marks(texts: list[str]) -> list[str]:
    """One line's word texts with lone quote marks at word edges and glued dust marks taken off."""
    quotes = sum(sum(text.count(q) for q in _QUOTES) for text in texts)
    cleaned = []
    for text in texts:
        if quotes == 1:  # a quote with no partner on the line
            text = _TRAILING.sub("", _LEADING.sub("", text))
        text = _DASH_BEFORE_CAPITAL.sub("", text)
        text = _QUOTE_BEFORE_NUMBER.sub(" ", _QUOTE_AFTER_NUMBER.sub(" ", text))
        text = _COMMA_STOP.sub(r"\1", text)
        text = _COMMA_BEFORE_WORD.sub(", ", text)
        text = _MARKS_BEFORE_WORD.sub("", _STOP_BEFORE_WORD.sub("", text))
        cleaned.append(text)
    return [
        text[:-1]
        if _STOP_AFTER_WORD.match(text) and _LOWER_WORD.match(following)
        else text[:-1] + "."
        if i
        and _COLON_AFTER_WORD.match(text)
        and _SENTENCE_START.match(following)
        and not _ends_label(cleaned[: i + 1])
        else text
        for i, (text, following) in enumerate(zip(cleaned, [*cleaned[1:], ""]))
    ]


# Dust read as a full stop after a long lowercase word, with the sentence going on in lowercase
# ("överlämnats. till"): abbreviations that end in a stop are shorter ("inkl.", "resp.", "forts.").
_STOP_AFTER_WORD = re.compile(r"^[a-zåäöé]{6,}\.$")
_LOWER_WORD = re.compile(r"^[a-zåäö]{2,}")
# A full stop with dust above it read as a colon, inside a sentence ("3 500 tkr: De upparbetade"): a
# lowercase word, not the line's first (a label "Syfte:" is capitalised and starts its line), and a
# capitalised word after it. The forms' answers write a colon before a list or a number, not a sentence.
_COLON_AFTER_WORD = re.compile(r"^[a-zåäö]{2,}:$")
_SENTENCE_START = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+$")


def _ends_label(texts: list[str]) -> bool:
    """Whether a line's words up to a colon are a run-in label ("Geografisk plats för investering:")."""
    from bilagor.extractor.labels import is_label, is_label_word

    return is_label_word(texts[-1].rstrip(":")) or is_label(" ".join(texts))


# No letter or digit of a line's type is smaller than this share of its x-height (Tesseract's x_size).
_MIN_GLYPH_SHARE = 0.4


def without_dust_letters(words: list[tuple[str, list[int]]], x_size: float) -> list[tuple[str, list[int]]]:
    """A line's (text, box) words without dust read as letters or digits: a word whose box is smaller
    every way than a share of the line's x-height ("el", "n", "4" read from one dot; Tesseract gives
    them boxes of a few pixels; punctuation is left to `without_lone_marks`), which would otherwise trail an answer or stand before a stage marker."""
    if not x_size:
        return words
    limit = _MIN_GLYPH_SHARE * x_size
    return [
        (text, box)
        for text, box in words
        if max(box[2] - box[0], box[3] - box[1]) >= limit or not any(c.isalnum() for c in text)
    ]


# An e-mail address as Tesseract reads it: "@" as Q, O, Ö, Å, © or ® (or two of them, an opening bracket
# first: "(Å", "(ÖQ", "OÖ"), or as an ampersand alone or after one of them or an "e" (its inner curl:
# "Q&", "e&" on phone photos and faxes), the address broken into words. The local part is the shortest
# that lets the rest be an "@" and a domain, so the "e" of "e&" goes with the "@" (a name ending in "e"
# whose "@" is read as "&" alone loses its "e": not seen, "e&" was).
_EMAIL = re.compile(
    r"(?P<local>[a-z0-9][a-z0-9._-]*?[a-z0-9])(?P<at>\(?(?:[@QOÖÅ©®]{1,2}|[@QOÖÅ©®e]?&))"
    r"(?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:se|nu|com|org|net|eu))(?P<trail>[.,;]?)"
)
_MAX_EMAIL_PIECES = 4


def joined_emails(words: list[tuple[str, list[int]]]) -> list[tuple[str, list[int]]]:
    """A line's (text, box) words with a misread, broken e-mail address made one word with its "@".

    The "@" must end a piece, be one or sit inside one ("oskar.obergÖ", "Q",
    "anna(Åstockholm.se"), or start one as a mark no word starts with ("Qstockholm.se"): a capital that starts
    a word ("till Östermalm.se") is a letter, not a misread "@"."""
    result: list[tuple[str, list[int]]] = []
    i = 0
    while i < len(words):
        for j in range(min(len(words), i + _MAX_EMAIL_PIECES), i, -1):
            pieces = [text for text, _ in words[i:j]]
            match = _EMAIL.fullmatch("".join(pieces))
            if match and _misread_at(pieces, match.start("at"), match.end("at"), match["at"]):
                boxes = [box for _, box in words[i:j]]
                box = [
                    min(b[0] for b in boxes),
                    min(b[1] for b in boxes),
                    max(b[2] for b in boxes),
                    max(b[3] for b in boxes),
                ]
                result.append((f"{match['local']}@{match['domain']}{match['trail']}", box))
                i = j
                break
        else:
            result.append(words[i])
            i += 1
    return result


# An address of the city's own domain (the forms' contact addresses) with its "@" read as a letter: "a" or "e"
# (the "@"'s inner curl and its open ring), or a bracket and a capital ("(M"), on clean 200 dpi scans. Only with a
# dot in the local part (first name and last name, as the city writes them) and no "@" in the word: a word of
# letters that ends in "stockholm.se" is no Swedish word, but the domain must be known to tell where the "@" was.
_AT_AS_LETTER = re.compile(
    r"(?P<local>[a-z0-9][a-z0-9_-]*\.[a-z0-9._-]*[a-z0-9])(?P<at>[ae]|\([A-Za-z])"
    r"(?P<domain>stockholm\.se)(?P<trail>[.,;]?)"
)


def letters_read_for_at(words: list[tuple[str, list[int]]]) -> list[tuple[str, list[int]]]:
    """A line's (text, box) words with an address of the city's domain whose "@" was read as a letter mended."""
    result = []
    for text, box in words:
        match = _AT_AS_LETTER.fullmatch(text) if "@" not in text else None
        if match:
            text = f"{match['local']}@{match['domain']}{match['trail']}"
        result.append((text, box))
    return result


# Misreads of "@" that start no Swedish word: one of them may start a piece ("kerim.sandberg Qstockholm.se", the
# address read as two words on a 200 dpi scan), where an "O", "Ö" or "Å" there is a word's first letter.
_NO_WORD_START = frozenset("@Q©®")


def _misread_at(pieces: list[str], start: int, end: int, read: str) -> bool:
    """Whether the "@" read as `read` at [start, end) of the joined pieces ends a piece or sits inside one, or starts
    one and is no word's first letter."""
    edges = [0]
    for piece in pieces:
        edges.append(edges[-1] + len(piece))
    return end in edges[1:] or start not in edges[:-1] or read[0] in _NO_WORD_START


# Dust beside a stage marker alone on its line read as a digit or a mark ("Slutredovisning 5;"): the line
# is then no marker and the stage is lost. At most this many characters, none a letter.
_MAX_MARKER_DUST = 2


def without_dust_after_marker(words: list[tuple[str, list[int]]]) -> list[tuple[str, list[int]]]:
    """A line of a stage marker and one short fragment without letters, as the marker alone."""
    from bilagor.extractor.labels import stage_of

    if len(words) == 2 and stage_of(words[0][0]) and len(words[1][0]) <= _MAX_MARKER_DUST:
        if not any(c.isalpha() for c in words[1][0]):
            return words[:1]
    return words


# Bars Tesseract reads from a stub of a cell's border (shorter than a ruling line: ocr.MIN_RULE_POINTS).
_BARS = frozenset("|¦")
BORDER_HEIGHTS = 1.25  # a bar this many times taller than the line's letters is a border, no glyph


def without_border_bars(words: list[tuple[str, list[int]]]) -> list[tuple[str, list[int]]]:
    """One OCR line's (text, pixel box) words without a bar that is a cell border's stub: a word of bars
    only, taller than the line's other words (a box's side runs from the cell's top to its bottom). Its
    box stretched the line up to the cell's top, and a label beside it fell on a line of its own. A bar
    between two words of a sentence was made "i" before (ocr_misreads.bars_read_for_i)."""
    letters = sorted(box[3] - box[1] for text, box in words if not set(text) <= _BARS)
    if not letters:
        return words
    height = letters[len(letters) // 2]
    return [
        (text, box) for text, box in words if not (set(text) <= _BARS and box[3] - box[1] > BORDER_HEIGHTS * height)
    ]
