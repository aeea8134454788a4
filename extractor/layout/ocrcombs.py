"""A scan's comb rows: the wall pieces Tesseract still reads after the pixel step. Pure: no I/O.

The pixel step (extractor.comb_walls) takes a comb's walls out and sets its characters side by side before OCR;
on a faded or blurred scan it may miss a wall at the row's start or among the empty cells padding the row after
the answer, and Tesseract reads what is left as a stroke glued before the answer's first figure ("|2 417 000")
or as a few capitals standing far out in the empty cells ("2 288 000 kr FS", "… stadsdelsnämnd MH"), which then
end the field's answer. Only OCR'd words (no font) are touched:

- a stroke ("|", "]") glued before a figure is taken off (no figure is written after a bar; "[2]" is a bracketed
  number and stays);
- a word of two or three capitals or strokes, the last on its line, standing more than `comb_debris_far_gap` of the
  answer's height from the answer's last word (a word of two letters or figures at least, `comb_debris_least_height`
  tall, the stray as tall within half), is dropped (an amount's unit, "SEK", "KR", stays; a speck's letters after a speck's are no answer's).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Page, Word

_GLUED_STROKE = re.compile(r"^[|\]](?=\d)(?!.*\]$)")
_STRAY = re.compile(r"^[A-ZÅÄÖ|\[\]]{1,3}$")
_UNITS = frozenset({"SEK", "KR", "MKR", "TKR", "EUR"})


def without_comb_debris(page: Page, s: LayoutSettings = DEFAULT_SETTINGS) -> Page:
    """`page` with its OCR'd comb rows' wall pieces taken off (see above); unchanged when it has none."""
    words = [_unglued(w) if not w.fontname else w for w in page.words]
    gone = {id(w) for w in words if not w.fontname and _stray(w, words, s)}
    if not gone and all(a is b for a, b in zip(words, page.words)):
        return page
    return replace(page, words=[w for w in words if id(w) not in gone])


def _unglued(word: Word) -> Word:
    if not _GLUED_STROKE.match(word.text):
        return word
    share = (word.x1 - word.x0) / len(word.text)
    return replace(word, text=word.text[1:], x0=word.x0 + share)


def _level(a: Word, b: Word, s: LayoutSettings) -> bool:
    overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
    return overlap >= s.comb_debris_level_overlap * min(a.bottom - a.top, b.bottom - b.top)


def _stray(word: Word, words: list[Word], s: LayoutSettings) -> bool:
    """A short run of capitals or strokes, the last real word on its line, far right of the word before it."""
    if len(word.text) < s.comb_debris_min_letters or not _STRAY.match(word.text) or word.text in _UNITS:
        return False
    level = [w for w in words if w is not word and _level(w, word, s)]
    before = [w for w in level if w.x1 <= word.x0]
    if not before or any(w.x0 >= word.x1 and not _STRAY.match(w.text) for w in level):
        return False
    last = max(before, key=lambda w: w.x1)
    height = last.bottom - last.top
    if (
        _STRAY.match(last.text)
        or sum(c.isalnum() for c in last.text) < s.comb_debris_min_letters
        or height < s.comb_debris_least_height
    ):
        return False
    if word.bottom - word.top < height * s.comb_debris_stray_height_share:
        return False
    return word.x0 - last.x1 > s.comb_debris_far_gap * height
