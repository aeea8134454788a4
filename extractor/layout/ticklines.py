"""A questionnaire's "Ja" / "Nej" tick lines between a question and its answer. Pure: no I/O.

A paper questionnaire prints each label as a question ("3. Syfte och mål?") and under it a line of tick boxes,
each followed by its word ("▢ Ja ▢ Nej"), before the free-text answer. When the boxes are drawn (squares, a solid
square for the one marked) the text layer holds only the words "Ja Nej": the line says nothing the text can keep
(which box is marked is not in it), and left in it opened every answer ("Ja Nej Röjning av buskage …"). Such a line
is told by its words: "Ja" and "Nej" once each and nothing else but at most `MAX_BOX_TOKENS` short tokens (a box a
scan's OCR reads as "O", "[]" or "☐"), on a line of its own. It is furniture when the document holds at least
`MIN_TICK_LINES` of them (one under every question); a single "Ja Nej" could be an answer, and a line whose boxes are
characters with one ticked ("☐ Ja ☒ Nej") carries its answer in the text and is left alone.
"""

from __future__ import annotations

from dataclasses import replace

from bilagor.extractor.layout.model import Line
from bilagor.extractor.words import Page

MIN_TICK_LINES = 2  # a questionnaire puts one under every question; one alone may be an answer
MAX_BOX_TOKENS = 2  # one box before each word
MAX_BOX_CHARS = 2  # an OCR'd box: "O", "0", "[]", "☐", "LI"
_OPTIONS = ("ja", "nej")
_TICKED = frozenset("☒☑✓✔✗✘■")  # a ticked box as a character: the line holds its answer


def _tick_line(line: Line) -> bool:
    """Whether `line` is only the words "Ja" and "Nej" (and an untyped box before each)."""
    words = [w.text.strip(".,:;") for w in line.words]
    options = [w.casefold() for w in words if w.casefold() in _OPTIONS]
    if sorted(options) != sorted(_OPTIONS):
        return False
    others = [w for w in words if w.casefold() not in _OPTIONS]
    if len(others) > MAX_BOX_TOKENS or any(len(w) > MAX_BOX_CHARS for w in others):
        return False
    return not any(ch in _TICKED for w in others for ch in w)


def strip_tick_lines(pages: list[Page], page_lines: list[list[Line]]) -> tuple[list[Page], list[list[Line]]]:
    """`pages` and `page_lines` without a questionnaire's "Ja Nej" tick lines (see above)."""
    found = {(p, i) for p, lines in enumerate(page_lines) for i, line in enumerate(lines) if _tick_line(line)}
    if len(found) < MIN_TICK_LINES:
        return pages, page_lines
    gone = {id(w) for p, i in found for w in page_lines[p][i].words}
    new_lines = [[line for i, line in enumerate(lines) if (p, i) not in found] for p, lines in enumerate(page_lines)]
    new_pages = [replace(page, words=[w for w in page.words if id(w) not in gone]) for page in pages]
    return new_pages, new_lines
