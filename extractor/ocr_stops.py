"""Full stops a small scan's OCR read as commas, put back.

A page scanned small (a 100 dpi grey JPEG: body text 13-15 px high, block artefacts round every letter) blurs a full
stop into the pixels under it, and Tesseract reads the blot as a comma: "tid, Anmälningarna", "gående, Insatsen".
A section holding one such comma no longer reads as written. In Swedish running text a comma is followed by a
capital only before a name (a district, a place, a person), so a comma is read as the full stop it was when the word
after it is a capitalised common word (sv_sentence_starts.txt: the lexicon's words of Zipf 3.0 or more less the
districts' and places' names; bench/sentence_starts_37.py builds it) and the word before it a lowercase word or a
number (a list of names has a capitalised name before each comma: "Demir, Anna" is left), and the word after it
stands on the comma's line or starts the next line no further left than the comma's line starts (a label in a
column left of the answers is not the answer's next sentence). Tesseract reads the blot as a semicolon too ("platsen;
Antalet", "mars; Bygglovet"), mended alike. A comma or semicolon ending the last line of a paragraph (no word after
it, or the next line starting left of its line or more than a line's height below it: the next field) was a stop
too: an answer never ends in a comma ("i samverkan med Micasa," before the next answer). Only the OCR'd words of a
page image enlarged from under OCR's resolution go through here (ocr_render: a small scan, a 150 dpi copy), never a
text layer nor a scan read at its own resolution, whose commas were read as printed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from bilagor.extractor.words import Word

# a next line starting this much left of the comma's line still starts in its column (a skewed scan's lines)
COLUMN_SLACK_POINTS = 3.0
STARTS_PATH = Path(__file__).with_name("sv_sentence_starts.txt")
# the word before the comma (or semicolon): lowercase letters (a hyphen or closing bracket or quote may end it) or a
# number
_BEFORE = re.compile(r"^[(\"'«]?(?:[a-zåäöéü][\wåäöÅÄÖéü\-]*|\d[\d.:\-]*)[)\"'»]?[,;]$")
# a paragraph's last word read with a comma or semicolon: a word of letters (a name's capital too) or a number
_LAST = re.compile(r"^[(\"'«]?[\wåäöÅÄÖéü][\wåäöÅÄÖéü\-]*[)\"'»]?[,;]$")
# the word after it: one capital and lowercase letters, an ending stop or comma or colon allowed
_AFTER = re.compile(r"^(?P<word>[A-ZÅÄÖÉ][a-zåäöéü]+)[.,:;]?$")


@lru_cache(maxsize=1)
def sentence_starts() -> frozenset[str]:
    """The lowercase common words that, capitalised, start a sentence (no place's name)."""
    return frozenset(STARTS_PATH.read_text(encoding="utf-8").split())


def is_misread_stop(before: str, after: str) -> bool:
    """Whether `before` ends in a comma that is a full stop, `after` being the next word read."""
    match = _AFTER.match(after)
    return bool(_BEFORE.match(before) and match and match.group("word").lower() in sentence_starts())


def stops_for_commas(words: list[Word]) -> list[Word]:
    """A page's OCR'd words (in reading order) with each comma or semicolon that stands before a sentence's start, or
    ends a paragraph's last line, made a stop."""
    out = list(words)
    line_left = out[0].x0 if out else 0.0
    for index, word in enumerate(out):
        if index == 0 or (word.top, word.bottom) != (out[index - 1].top, out[index - 1].bottom):
            line_left = word.x0  # words_from_hocr gives every word of a line the line's top and bottom
        after = out[index + 1] if index + 1 < len(out) else None
        if after is not None and (after.top, after.bottom) == (word.top, word.bottom):
            mended = is_misread_stop(word.text, after.text)
        elif after is None or after.x0 < line_left - COLUMN_SLACK_POINTS or ends_paragraph(word, after):
            mended = bool(_LAST.match(word.text))
        else:
            mended = is_misread_stop(word.text, after.text)
        if mended:
            out[index] = replace(word, text=word.text[:-1] + ".")
    return out


def ends_paragraph(word: Word, after: Word) -> bool:
    """Whether the line after `word` (the last word of its line) starts more than a line's height below it."""
    return after.top - word.bottom > word.bottom - word.top
