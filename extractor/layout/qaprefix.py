"""A question-and-answer protocol's margin prefixes: "Fråga N:" and "Svar:", or a transcript's "F:" and "S:".
Pure: no I/O.

Such a protocol prints each field as "Fråga 3:" at the margin with the label beside it at an indent, and under it
"Svar:" at the margin with the answer's first line at the same indent. The prefixes are the protocol's furniture,
not the form's words: left in, the margin column read as the labels (two a field, none of the form's) and the real
labels and answers as their values. A prefix is told by its wording and its place: the line's first word(s), at
the page's left margin, a gap of at least `qa_min_prefix_gap` of its type sizes before the text at the indent (or
nothing after it: an empty answer's "Svar:" alone). They are taken out when the document has at least
`qa_min_questions` such "Fråga" prefixes, so that an answer opening "Svar:" in an ordinary form is left alone.

An interview transcript prints the same with a speaker's letter: "F:" (fråga) before the label, "S:" (svar) before
the answer, the text 20-odd pt in. Being one letter, such a prefix is set off by a smaller gap
(`qa_speaker_min_gap` type sizes, still twice a word space), and each kind is taken out only by its own
questions: "F:" prefixes make no "Svar:" furniture, nor "Fråga N:" an "S:".
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
# A transcript's speaker letters: upper case with their colon, so a word "f:" or "S" stays a word.
_SPEAKER_QUESTION = "F:"
_SPEAKER_ANSWER = "S:"
# The kinds of prefix: (kind, is a question).
_PROTOCOL = "protocol"
_SPEAKER = "speaker"


def _prefix(line: Line, s: LayoutSettings) -> tuple[int, str, bool]:
    """How many of the line's first words are a "Fråga N:" / "Svar:" or "F:" / "S:" prefix (0 when none), its kind,
    and whether it is a question's."""
    words = line.words
    first = words[0].text
    if _QUESTION.match(first.rstrip(":")) and len(words) > 1 and _NUMBER.match(words[1].text):
        n, kind, question, gap = 2, _PROTOCOL, True, s.qa_min_prefix_gap
    elif _ANSWER.match(first):
        n, kind, question, gap = 1, _PROTOCOL, False, s.qa_min_prefix_gap
    elif first in (_SPEAKER_QUESTION, _SPEAKER_ANSWER):
        n, kind, question, gap = 1, _SPEAKER, first == _SPEAKER_QUESTION, s.qa_speaker_min_gap
    else:
        return 0, "", False
    if len(words) == n:
        return n, kind, question
    size = words[n - 1].size or (words[n - 1].bottom - words[n - 1].top)
    return (n, kind, question) if words[n].x0 - words[n - 1].x1 >= gap * size else (0, "", False)


def strip_qa_prefixes(
    pages: list[Page], page_lines: list[list[Line]], s: LayoutSettings = DEFAULT_SETTINGS
) -> tuple[list[Page], list[list[Line]]]:
    """`pages` and `page_lines` without a question-and-answer protocol's margin prefixes (see above)."""
    found: list[tuple[int, int, int, str]] = []  # (page index, line index, prefix words, kind)
    questions: dict[str, int] = {}
    for p, lines in enumerate(page_lines):
        if not lines:
            continue
        margin = min(line.x0 for line in lines)
        for i, line in enumerate(lines):
            if line.x0 > margin + s.qa_margin_slack:
                continue
            n, kind, question = _prefix(line, s)
            if n:
                found.append((p, i, n, kind))
                questions[kind] = questions.get(kind, 0) + question
    cut = {(p, i): n for p, i, n, kind in found if questions[kind] >= s.qa_min_questions}
    if not cut:
        return pages, page_lines
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
