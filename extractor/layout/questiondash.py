"""Labels set as questions run in with their answer after a dash: '**Projektnamn?** - Belysning i parken'. Pure.

Such a form prints each field as one paragraph: the label bold, ending in "?" (or in nothing), a dash ("-", "–" or
"—") in body type, then the answer run in on the same line and wrapping back to the margin; an empty answer leaves
the question and its dash alone. Nothing but the weight, the "?" and the dash marks where the label ends, and the
walker reads run-in labels by a colon ('**Plats:** Årsta IP'), so the dash was read as the answer's first word and
the question as a line of its own text. A line that opens with bold words, the last of them ending in "?" or the
bold run followed by a lone dash in body type, is rewritten as the colon form: the "?" and the dash dropped, a colon
after the label ('Projektnamn:' then the answer). The dash may be glued to the "?" ('Projektnamn?-', a producer
that writes the line as one string with no space), and it may be missing where the label ends in "?" and the
answer follows in body type. A label that is no question ('**Sökt belopp** – 2 840 000 kronor') is read the same
way after its dash, and a "?" in body type, a colon or a full stop in body type close a bold label too. Applied only
where the document has at least `question_min_questions` such lines, each a bold question or a known label before its mark:
one bold phrase with a dash could be an answer's own. Label, marks and answer must follow each other within
`question_max_run_gap` type sizes: a label in a table cell with its answer in the next is no run-in.

A producer that writes the whole line as one string in one font has no weight to tell the label: there a line's
first words up to a "?" and a dash (or a known label and its dash) are the label; once the form is known, a short
capitalised phrase before a dash too ('Underhåll och drift - Skötseln ...'). A long label wraps before its answer:
the line above in the label's type, at its x and a line pitch up, that this line goes on in lower case, is joined
to it, so the label reads whole however it is worded. The label's last word is made to end a word space before the
answer: left at its own end, the dropped dash and its spaces read as a gap between two columns.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Page, Word

_SHORT_LABEL = re.compile(r"^[A-ZÅÄÖ][^\d,.;:!?()]*$")
_DASHES = "-\u2013\u2014"
# What closes the label: a "?" and a dash, either alone, glued ("?-") or apart; in body type a colon or full stop too.
# A scan whose colour channels are out of register may read the dash twice ("- -", "--").
_MARK = re.compile(rf"^\??[{_DASHES}]{{0,2}}$|^[:.]$")
_GLUED = re.compile(rf"^(.*?[^{_DASHES}?])(\?)?([{_DASHES}])$")  # "Projektnamn?-": a dash glued to the label
_LEADING_DASH = re.compile(rf"^[{_DASHES}](?=\w)")  # "–Upprustning": a dash set against the answer


def _bold_end(words: list[Word]) -> int:
    return next((i for i, w in enumerate(words) if not w.bold), len(words))


def _plain_end(
    words: list[Word], is_label: Callable[[str], bool], s: LayoutSettings, known: Callable[[str], bool] | None = None
) -> int:
    """How many of `words` (none bold) are a label closed by a "?" and a dash, or a known label closed by a dash
    alone; 0 when none: with no weight to tell it, the dash must be there ("Varför? Jo" in prose is no label),
    unless `known` (given once the form is known) reads the words before a "?" as a template label (OCR lost the
    dash: 'Beskrivning av eventuella avvikelser i projektets genomförande? Det var ...')."""
    for i, word in enumerate(words[: s.question_max_label_words]):
        if i > 1 and words[i - 1].text[-1:] in ".;!?":
            return 0  # a sentence ended before it: prose (a poem's "... warm. Den Erlenkönig ...? —"), no label
        after = words[i + 1].text if i + 1 < len(words) else ""
        dash_after = bool(_MARK.match(after)) and after[-1:] in _DASHES or bool(_LEADING_DASH.match(after))
        head = " ".join(w.text for w in words[:i])
        glued = _GLUED.match(word.text)
        if glued and (glued.group(2) or is_label(f"{head} {glued.group(1)}".strip())):
            return i + 1
        if dash_after and (word.text.endswith("?") or is_label(f"{head} {word.text}".strip())):
            return i + 1
        asked = word.text.endswith("?") and len(word.text) > 1 and i + 1 < len(words)
        if known is not None and asked and known(f"{head} {word.text[:-1]}".strip()):
            return i + 1
    return 0


def _rewrite(
    line: Line, is_label: Callable[[str], bool], s: LayoutSettings, known: Callable[[str], bool] | None = None
) -> tuple[list[Word], bool] | None:
    """The line's words with its label closed by a colon and its marks gone, and whether a "?" was among them;
    None when the line does not open with a label closed by a "?", a dash or a mark in body type: a bold label,
    or one in body type closed by a dash (`_plain_end`)."""
    words = line.words
    bold_end = _bold_end(words)
    plain = bold_end == 0
    if plain:
        bold_end = _plain_end(words, is_label, s, known)
    if not 0 < bold_end <= s.question_max_label_words:
        return None
    last = words[bold_end - 1]
    rest = words[bold_end:]
    text, marks = last.text, ""
    glued = _GLUED.match(text)
    if glued:
        text, marks = glued.group(1), (glued.group(2) or "") + glued.group(3)
    elif text.endswith("?") and len(text) > 1:
        text, marks = text[:-1], "?"
    while rest and len(marks) < 3 and _MARK.match(rest[0].text) and not (marks and rest[0].text in ":."):
        marks += rest[0].text  # marks in body type after the bold label: "?", "-", "?-", ":", "."
        rest = rest[1:]
    if rest and _LEADING_DASH.match(rest[0].text) and not any(ch in _DASHES for ch in marks):
        rest = [replace(rest[0], text=rest[0].text[1:]), *rest[1:]]
        marks += "-"
    if not marks or not text[-1:].isalnum() and text[-1:] != ")":
        return None
    if not rest and not any(ch in _DASHES for ch in marks):
        return None  # a label alone closed by "?", a colon or a full stop: a question or heading over its answer
    if not rest and glued and marks == "-":
        return None  # a word hyphenated at its line's end ("slutresul-"), not a label's dash
    size = last.size or last.bottom - last.top
    run = words[bold_end - 1 : len(words) - len(rest) + 1]
    lost_dash = plain and marks == "?"  # a known label's "?" alone (`_plain_end` with `known`): the dash unread
    gap = s.question_max_run_gap * size * (s.question_lost_dash_gaps if lost_dash else 1)
    if any(b.x0 - a.x1 > gap for a, b in zip(run, run[1:])):
        return None  # a column's gap after the label (a table's value cell, a list item's dash): not run in
    if plain and not any(ch in _DASHES for ch in marks) and not (known is not None and marks == "?"):
        return None
    # The label ends where its marks ended, a word space before the answer: left at its own end, the dash's
    # width and its spaces read as a gap between two columns, and the answer's later lines as labels.
    end = max(last.x1, rest[0].x0 - s.question_word_space * size) if rest else last.x1
    return [*words[: bold_end - 1], replace(last, text=text + ":", x1=end), *rest], "?" in marks


def _counts(line: Line, is_label: Callable[[str], bool], s: LayoutSettings) -> bool:
    """Whether the line is evidence of the form: a bold question, or a known label in bold before its mark."""
    found = _rewrite(line, is_label, s)
    if found is None:
        return False
    words, question = found
    n = _bold_end(line.words) or _plain_end(line.words, is_label, s)
    return question or is_label(" ".join(w.text for w in words[:n]).rstrip(":"))


def _wraps_into(above: Line, line: Line, s: LayoutSettings) -> bool:
    """Whether `above` is the first line of the label `line` closes: a long label wraps before its answer, so a
    line in the label's type alone right above it, at its x and size, that `line` goes on in lower case."""
    size = line.words[0].size or line.words[0].bottom - line.words[0].top
    return (
        above.page == line.page
        and all(w.bold == line.words[0].bold and w.fontname == line.words[0].fontname for w in above.words)
        and abs(above.x0 - line.x0) <= s.question_wrap_slack * size
        and abs((above.words[0].size or size) - size) <= s.question_wrap_slack * size
        and 0 < line.top - above.top <= s.question_wrap_pitch * size
        and line.words[0].text[:1].islower()
        and above.words[-1].text[-1:] not in ".:?!"
    )


def read_question_labels(
    pages: list[Page],
    page_lines: list[list[Line]],
    is_label: Callable[[str], bool],
    s: LayoutSettings = DEFAULT_SETTINGS,
) -> tuple[list[Page], list[list[Line]]]:
    """`pages` and `page_lines` with each question label run in by a dash read as 'Label:' (see the module)."""
    if sum(1 for lines in page_lines for line in lines if _counts(line, is_label, s)) < s.question_min_questions:
        return pages, page_lines

    # Once the form is known, a short unknown label in body type before its dash is one too ('Underhåll och
    # drift - Skötseln ...'): capitalised, at most `question_max_plain_words` words, no digit or sentence punctuation.
    def label_like(text: str) -> bool:
        return is_label(text) or bool(_SHORT_LABEL.match(text)) and len(text.split()) <= s.question_max_plain_words

    swapped: dict[int, Word | None] = {}  # id of an old word -> its new word (None: gone)
    new_lines: list[list[Line]] = []
    for lines in page_lines:
        kept = []
        for line in lines:
            rewritten = _rewrite(line, label_like, s, is_label)
            if rewritten is None:
                kept.append(line)
                continue
            words = rewritten[0]
            if kept and _wraps_into(kept[-1], line, s):
                words = [*kept.pop().words, *words]  # the label's first line(s), so it reads whole
            new_ids = {id(w) for w in words}
            for old in line.words:
                if id(old) not in new_ids:
                    swapped[id(old)] = next((w for w in words if w.x0 == old.x0 and w.top == old.top), None)
            kept.append(replace(line, words=words))
        new_lines.append(kept)
    new_pages = []
    for page in pages:
        page_words = [swapped.get(id(w), w) for w in page.words]
        new_pages.append(replace(page, words=[w for w in page_words if w is not None]))
    return new_pages, new_lines
