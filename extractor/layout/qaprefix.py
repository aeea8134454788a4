"""A question-and-answer protocol's margin prefixes: "Fråga N:" and "Svar:". Pure: no I/O.

Such a protocol prints each field as "Fråga 3:" at the margin with the label beside it at an indent, and under it
"Svar:" at the margin with the answer's first line at the same indent. The prefixes are the protocol's furniture,
not the form's words: left in, the margin column read as the labels (two a field, none of the form's) and the real
labels and answers as their values. A prefix is told by its wording and its place: the line's first word(s), at
the page's left margin, a gap of at least `qa_min_prefix_gap` of its type sizes before the text at the indent (or
nothing after it: an empty answer's "Svar:" alone). They are taken out when the document has at least
`qa_min_questions` such "Fråga" prefixes, so that an answer opening "Svar:" in an ordinary form is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Page

_QUESTION = re.compile(r"^fr[aå]ga$", re.IGNORECASE)
_NUMBER = re.compile(r"^\d{1,3}[:.]?$")
_ANSWER = re.compile(r"^svar:?$", re.IGNORECASE)


def _prefix_length(line: Line, s: LayoutSettings) -> int:
    """How many of the line's first words are a "Fråga N:" or "Svar:" prefix (0 when none)."""
    words = line.words
    if _QUESTION.match(words[0].text.rstrip(":")) and len(words) > 1 and _NUMBER.match(words[1].text):
        n = 2
    elif _ANSWER.match(words[0].text):
        n = 1
    else:
        return 0
    if len(words) == n:
        return n
    size = words[n - 1].size or (words[n - 1].bottom - words[n - 1].top)
    return n if words[n].x0 - words[n - 1].x1 >= s.qa_min_prefix_gap * size else 0


def strip_qa_prefixes(
    pages: list[Page], page_lines: list[list[Line]], s: LayoutSettings = DEFAULT_SETTINGS
) -> tuple[list[Page], list[list[Line]]]:
    """`pages` and `page_lines` without a question-and-answer protocol's margin prefixes (see above)."""
    found: list[tuple[int, int, int]] = []  # (page index, line index, prefix words)
    questions = 0
    for p, lines in enumerate(page_lines):
        if not lines:
            continue
        margin = min(line.x0 for line in lines)
        for i, line in enumerate(lines):
            if line.x0 > margin + s.qa_margin_slack:
                continue
            n = _prefix_length(line, s)
            if n:
                found.append((p, i, n))
                questions += n == 2
    if questions < s.qa_min_questions:
        return pages, page_lines
    cut = {(p, i): n for p, i, n in found}
    gone: set[int] = set()
    new_lines: list[list[Line]] = []
    for p, lines in enumerate(page_lines):
        kept = []
        for i, line in enumerate(lines):
            n = cut.get((p, i), 0)
            gone.update(id(w) for w in line.words[:n])
            if n < len(line.words):
                kept.append(replace(line, words=line.words[n:]) if n else line)
        new_lines.append(kept)
    new_pages = [replace(page, words=[w for w in page.words if id(w) not in gone]) for page in pages]
    return new_pages, new_lines
