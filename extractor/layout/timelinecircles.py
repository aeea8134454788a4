"""A progress timeline's circles as OCR reads them, taken out before lines are grouped (issue #12). Pure.

A form set as a timeline marks each field by a small circle on a thin upright line left of its label, filled when
the field is answered and hollow when it is not. The text layer has no word there; Tesseract reads each circle as a
short word of round shapes ("0", "(0", "(0)", "()", "OO", "OQO", "CO", "Q", "Ö"), glued before the label
("OQO Ev. medsökande nämnd"), so the label was no known one and its field ran into the one above. Such a word is
told by its column: a word of at most `circle_max_chars` round characters, with no font (OCR), first on its line
and set apart from the label after it, in a column of at least `circle_min_count` such words over the document at
one x (within `circle_column_slack` word heights) that holds one word other than a bare "0" (a column of zeros is a
table's). The circle marks a field's start, so the word after it opens a label: one OCR read in lower case where
the capital has the same shape ("syfte och mål" for "Syfte och mål") is given its capital back, else the label
read as the wrapped tail of the answer above.
"""

from __future__ import annotations

from dataclasses import replace

from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Page, Word

_ROUND = frozenset("()0OoQCcÖöDG@©")
# Letters whose capital is the lower-case letter's shape, only taller: OCR takes one for the other.
_SAME_SHAPE_CASE = frozenset("cosuvwxz")


def without_timeline_circles(pages: list[Page], s: LayoutSettings = DEFAULT_SETTINGS) -> list[Page]:
    """`pages` without the circles of a timeline read as words (see above); unchanged when there is none."""
    found = [(p.number, w) for p in pages for w in p.words if _circle_like(w, p.words, s)]
    columns: list[list[tuple[int, Word]]] = []
    for number, word in sorted(found, key=lambda f: f[1].x0):
        slack = s.circle_column_slack * (word.bottom - word.top)
        if columns and word.x0 - columns[-1][0][1].x0 <= slack:
            columns[-1].append((number, word))
        else:
            columns.append([(number, word)])
    gone = {
        (number, id(word))
        for column in columns
        if len(column) >= s.circle_min_count and any(w.text != "0" for _, w in column)
        for number, word in column
    }
    if not gone:
        return pages
    out = []
    for p in pages:
        circles = [w for w in p.words if (p.number, id(w)) in gone]
        openers = {id(_label_opener(c, p.words)) for c in circles}
        words = [_capitalised(w) if id(w) in openers else w for w in p.words if (p.number, id(w)) not in gone]
        out.append(replace(p, words=words))
    return out


def _label_opener(circle: Word, words: list[Word]) -> Word | None:
    """The first word after `circle` on its line, if any."""
    after = [w for w in words if w is not circle and w.level_with(circle) and w.x0 >= circle.x1]
    return min(after, key=lambda w: w.x0, default=None)


def _capitalised(word: Word) -> Word:
    if word.text[:1] in _SAME_SHAPE_CASE:
        return replace(word, text=word.text[0].upper() + word.text[1:])
    return word


def _circle_like(word: Word, words: list[Word], s: LayoutSettings) -> bool:
    """A short word of round characters with no font, first on its line, set apart from any word after it."""
    text = word.text
    if word.fontname or not text or len(text) > s.circle_max_chars or not set(text) <= _ROUND:
        return False
    height = word.bottom - word.top
    level = [w for w in words if w is not word and w.level_with(word)]
    if any(w.x1 <= word.x0 for w in level):
        return False
    after = [w.x0 - word.x1 for w in level if w.x0 >= word.x1]
    return not after or min(after) >= s.circle_min_gap * height
