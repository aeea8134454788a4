"""A scan's comb rows: the wall pieces Tesseract still reads after the pixel step. Pure: no I/O.

The pixel step (extractor.comb_walls) takes a comb's walls out and sets its characters side by side before OCR;
on a faded or blurred scan it may miss a wall at the row's start or among the empty cells padding the row after
the answer, and Tesseract reads what is left as a stroke glued before the answer's first figure ("|2 417 000")
or as a few capitals standing far out in the empty cells ("2 288 000 kr FS", "… stadsdelsnämnd MH"), which then
end the field's answer. Only OCR'd words (no font) are touched:

- a stroke ("|", "]") glued before a figure is taken off (no figure is written after a bar; "[2]" is a bracketed
  number and stays);
- a word of two or three capitals or strokes, the last on its line, standing more than FAR_GAP of the answer's
  height from the answer's last word (a word of two letters or figures at least, LEAST_HEIGHT tall, the stray as tall within half), is
  dropped (an amount's unit, "SEK", "KR", stays; a speck's letters after a speck's are no answer's).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bilagor.extractor.words import Page, Word

FAR_GAP = 5.0  # line heights between a stray word and the answer before it, at least
LEAST_HEIGHT = 5.0  # pt: an answer's word is this tall at least (a speck's letters are read 2-4 pt tall)
_GLUED_STROKE = re.compile(r"^[|\]](?=\d)(?!.*\]$)")
_STRAY = re.compile(r"^[A-ZÅÄÖ|\[\]]{1,3}$")
_UNITS = frozenset({"SEK", "KR", "MKR", "TKR", "EUR"})


def without_comb_debris(page: Page) -> Page:
    """`page` with its OCR'd comb rows' wall pieces taken off (see above); unchanged when it has none."""
    words = [_unglued(w) if not w.fontname else w for w in page.words]
    gone = {id(w) for w in words if not w.fontname and _stray(w, words)}
    if not gone and all(a is b for a, b in zip(words, page.words)):
        return page
    return replace(page, words=[w for w in words if id(w) not in gone])


def _unglued(word: Word) -> Word:
    if not _GLUED_STROKE.match(word.text):
        return word
    share = (word.x1 - word.x0) / len(word.text)
    return replace(word, text=word.text[1:], x0=word.x0 + share)


def _level(a: Word, b: Word) -> bool:
    overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
    return overlap >= 0.5 * min(a.bottom - a.top, b.bottom - b.top)


def _stray(word: Word, words: list[Word]) -> bool:
    """A short run of capitals or strokes, the last real word on its line, far right of the word before it."""
    if len(word.text) < 2 or not _STRAY.match(word.text) or word.text in _UNITS:
        return False
    level = [w for w in words if w is not word and _level(w, word)]
    before = [w for w in level if w.x1 <= word.x0]
    if not before or any(w.x0 >= word.x1 and not _STRAY.match(w.text) for w in level):
        return False
    last = max(before, key=lambda w: w.x1)
    height = last.bottom - last.top
    if _STRAY.match(last.text) or sum(c.isalnum() for c in last.text) < 2 or height < LEAST_HEIGHT:
        return False
    if word.bottom - word.top < height / 2:
        return False
    return word.x0 - last.x1 > FAR_GAP * height
