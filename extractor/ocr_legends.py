"""A frame's top line broken for its legend: the stub of line left before the legend, read as a dash (pure).

A form that sets each label in a gap of its answer's frame's top line ("— Projektnamn ————") leaves a stub of the
line between the frame's corner and the label, a few points long: too short for a ruling line (ocr.remove_rules
takes runs of 36 pt and more), so it stays in the image and Tesseract reads it as "–" or "-" opening the label's
line ("– Geografisk plats för investering"), or as a lone letter no word is ("r"). The label then no longer
reads as one, and it joined the answer of the frame beside it. Evidence: a word of dashes (or such a letter) alone
whose line's middle is level with a horizontal ruling line found
on the page (the same top line going on after the legend), or at the top of an upright ruling line just left of
it (the frame's side, turning into the stub at its corner); a dash in text sits between lines of text, not on a
rule's height on its own row (an underline or a frame's bottom stands under the words), nor at a frame's corner.
"""

from __future__ import annotations

from collections.abc import Sequence

from bilagor.extractor.words import Word

_DASHES = frozenset("-–—_‐")
# Or as a lone letter that is no Swedish word ("r" for a stub touching the legend's first letter): "i", "å", "ö" are.
_ONE_LETTER_WORDS = frozenset("iIåöÅÖ")
# The rule's height within the word's line box (ascender top to descender bottom), as a share of the box's height
# from its top: the middle of a line's small letters, where a top line runs through its legend.
LEVEL_FROM, LEVEL_TO = 0.25, 0.8
CORNER_GAP = 3.0  # pt from a frame's side to the stub it turns into
MAX_REACH = 300.0  # pt from the dash to the rule's nearer end along the row: a long legend lies between them


def without_legend_stubs(words: list[Word], rules: Sequence[tuple[float, float, float, float]]) -> list[Word]:
    """`words` (points) without a lone dash that is a stub of a frame's top line broken for a legend: level with a
    horizontal ruling line of `rules` (points, x0, top, x1, bottom) that runs on along the same row, or at the top of
    an upright one just left of it."""
    if not rules:
        return words
    return [w for w in words if not _stub(w, rules)]


def _stub(word: Word, rules: Sequence[tuple[float, float, float, float]]) -> bool:
    dash = bool(word.text) and len(word.text) <= 2 and set(word.text) <= _DASHES
    if not dash and not (len(word.text) == 1 and word.text.isalpha() and word.text not in _ONE_LETTER_WORDS):
        return False
    height = word.bottom - word.top
    low, high = word.top + LEVEL_FROM * height, word.top + LEVEL_TO * height
    for x0, top, x1, bottom in rules:
        if bottom - top > x1 - x0:  # the frame's side: its corner just left of the stub, its top on the stub's row
            if low <= top <= high and abs(word.x0 - x1) <= CORNER_GAP:
                return True
            continue
        if not low <= (top + bottom) / 2 <= high:
            continue
        reach = x0 - word.x1 if x0 >= word.x1 else word.x0 - x1 if x1 <= word.x0 else 0.0
        if 0 < reach <= MAX_REACH:
            return True
    return False
