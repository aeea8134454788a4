"""A questionnaire's "Ja" / "Nej" tick lines between a question and its answer. Pure: no I/O.

A paper questionnaire prints each label as a question ("3. Syfte och mål?") and under it a line of tick boxes,
each followed by its word ("▢ Ja ▢ Nej"), before the free-text answer. When the boxes are drawn (squares, a solid
square for the one marked) the text layer holds only the words "Ja Nej": the line says nothing the text can keep
(which box is marked is not in it), and left in it opened every answer ("Ja Nej Röjning av buskage …"). Such a line
is told by its words: "Ja" and "Nej" once each and nothing else but at most `MAX_BOX_TOKENS` short tokens (a box a
scan's OCR reads as "O", "[]" or "☐"), on a line of its own. It is furniture when the document holds at least
`MIN_TICK_LINES` of them (one under every question); a single "Ja Nej" could be an answer, and a line whose boxes are
characters with one ticked ("☐ Ja ☒ Nej") carries its answer in the text and is left alone.

On a scan Tesseract reads a box glued to its word ("OJa", "mJa", "COJa", "ONej") and the marked box as letters
("HM", "mA"); the question's small number above such a line comes out as a mark ("•", which made the question a
list item of the answer before) or a lone capital ("N"): that first word goes with the tick line.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bilagor.extractor.layout.model import Line
from bilagor.extractor.words import Page

MIN_TICK_LINES = 2  # a questionnaire puts one under every question; one alone may be an answer
MAX_BOX_TOKENS = 2  # one box before each word
MAX_BOX_CHARS = 2  # an OCR'd box: "O", "0", "[]", "☐", "LI"
_OPTIONS = ("ja", "nej")
_ONE_LETTER_WORDS = frozenset("IÅÖ")  # "I", "Å", "Ö": a question may start with one
_TICKED = frozenset("☒☑✓✔✗✘■")  # a ticked box as a character: the line holds its answer
# On a scan Tesseract often reads a box and its word as one token ("OJa", "mJa", "COJa", "ONej"): the word with at
# most MAX_BOX_CHARS letters or marks glued before it, the word's own capital or not
_GLUED = re.compile(r"^[^\s]{0,%d}?(ja|nej)$" % MAX_BOX_CHARS, re.IGNORECASE)


def _option(word: str) -> str:
    """ "ja" or "nej" when `word` is that option, alone or with an OCR'd box glued before it; else ""."""
    if word.casefold() in _OPTIONS:
        return word.casefold()
    glued = _GLUED.match(word)
    if glued is None or any(ch in _TICKED for ch in word):
        return ""
    box, option = word[: glued.start(1)], glued.group(1)
    # the box must not make a word of its own with the option ("Maja", "Sonja"): a box read as letters is
    # capitals, digits or marks, or the option keeps its own capital after it ("mJa", "BmJa")
    if box and not (option[0].isupper() or not any(ch.islower() for ch in box)):
        return ""
    return option.casefold()


def _tick_line(line: Line) -> bool:
    """Whether `line` is only the words "Ja" and "Nej" (and an untyped box before each)."""
    words = [w.text.strip(".,:;") for w in line.words]
    option_of = {w: _option(w) for w in words}
    options = [option_of[w] for w in words if option_of[w]]
    if sorted(options) != sorted(_OPTIONS):
        return False
    others = [w for w in words if not option_of[w]]
    if len(others) > MAX_BOX_TOKENS or any(len(w) > MAX_BOX_CHARS for w in others):
        return False
    return not any(ch in _TICKED for w in others for ch in w)


def _misread_number(question: Line) -> bool:
    """Whether the question's first word is its number as a scan's OCR misreads it: a mark ("•", "«") or a lone
    capital ("N" for "12.") before a capitalised word. A number read as a number is the labels' to drop."""
    if len(question.words) < 2:
        return False
    first, second = question.words[0].text, question.words[1].text
    if not any(ch.isalnum() for ch in first):
        return True
    return len(first) == 1 and first.isupper() and first not in _ONE_LETTER_WORDS and second[:1].isupper()


def strip_tick_lines(pages: list[Page], page_lines: list[list[Line]]) -> tuple[list[Page], list[list[Line]]]:
    """`pages` and `page_lines` without a questionnaire's "Ja Nej" tick lines (see above)."""
    found = {(p, i) for p, lines in enumerate(page_lines) for i, line in enumerate(lines) if _tick_line(line)}
    if len(found) < MIN_TICK_LINES:
        return pages, page_lines
    gone = {id(w) for p, i in found for w in page_lines[p][i].words}
    questions = {(p, i - 1) for p, i in found if i > 0 and (p, i - 1) not in found}
    gone |= {id(page_lines[p][i].words[0]) for p, i in questions if _misread_number(page_lines[p][i])}
    new_lines = [
        [
            replace(line, words=[w for w in line.words if id(w) not in gone])
            for i, line in enumerate(lines)
            if (p, i) not in found
        ]
        for p, lines in enumerate(page_lines)
    ]
    new_pages = [replace(page, words=[w for w in page.words if id(w) not in gone]) for page in pages]
    return new_pages, new_lines
