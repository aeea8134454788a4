"""A questionnaire's "Ja" / "Nej" tick lines between a question and its answer. Pure: no I/O.

A paper questionnaire prints each label as a question ("3. Syfte och mål?") and under it a line of tick boxes,
each followed by its word ("▢ Ja ▢ Nej"), before the free-text answer. When the boxes are drawn (squares, a solid
square for the one marked) the text layer holds only the words "Ja Nej": the line says nothing the text can keep
(which box is marked is not in it), and left in it opened every answer ("Ja Nej Röjning av buskage …"). Such a line
is told by its words: "Ja" and "Nej" once each and nothing else but at most `tick_max_box_tokens` short tokens (a box a
scan's OCR reads as "O", "[]" or "☐"), on a line of its own. It is furniture when the document holds at least
`tick_min_lines` of them (one under every question); a single "Ja Nej" could be an answer, and a line whose boxes are
characters with one ticked ("☐ Ja ☒ Nej") carries its answer in the text and is left alone.

On a scan Tesseract reads a box glued to its word ("OJa", "mJa", "COJa", "ONej") and the marked box as letters
("HM", "mA"); the question's small number above such a line comes out as a mark ("•", which made the question a
list item of the answer before), with a comma ("4,") or as a lone capital ("N"): that first word goes with the
tick line. One option may be misread ("Da ONej", "Oja mNgj") where the line stands under a question ending in "?"
in a document holding sure tick lines; a dithered scan's specks far right of the boxes or of a question's or an
answer's last word go. With no weight to tell a label by, an OCR'd question over its tick line is a label whatever
its words, and the lines to the next question are its answer (cells "label" and "value", which the walker keeps).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Page, Word

_OPTIONS = ("ja", "nej")
_NUMBER_MISREAD = re.compile(r"^\d{1,2}[,:;]$")  # "4," for "4.": no label's number
_ONE_LETTER_WORDS = frozenset("IÅÖ")  # "I", "Å", "Ö": a question may start with one
_TICKED = frozenset("☒☑✓✔✗✘■")  # a ticked box as a character: the line holds its answer


# On a scan Tesseract often reads a box and its word as one token ("OJa", "mJa", "COJa", "ONej"): the word with at
# most `tick_max_box_chars` letters or marks glued before it, the word's own capital or not
@lru_cache(maxsize=4)
def _glued(max_box_chars: int) -> re.Pattern[str]:
    return re.compile(r"^[^\s]{0,%d}?(ja|nej)$" % max_box_chars, re.IGNORECASE)


def _option(word: str, s: LayoutSettings) -> str:
    """ "ja" or "nej" when `word` is that option, alone or with an OCR'd box glued before it; else ""."""
    if word.casefold() in _OPTIONS:
        return word.casefold()
    glued = _glued(s.tick_max_box_chars).match(word)
    if glued is None or any(ch in _TICKED for ch in word):
        return ""
    box, option = word[: glued.start(1)], glued.group(1)
    # the box must not make a word of its own with the option ("Maja", "Sonja"): a box read as letters is
    # capitals, digits or marks, or the option keeps its own capital after it ("mJa", "BmJa")
    if box and not (option[0].isupper() or not any(ch.islower() for ch in box)):
        return ""
    return option.casefold()


def _tick_line(line: Line, s: LayoutSettings) -> bool:
    """Whether `line` is only the words "Ja" and "Nej" (and an untyped box before each)."""
    words = [w.text.strip(".,:;") for w in line.words]
    option_of = {w: _option(w, s) for w in words}
    options = [option_of[w] for w in words if option_of[w]]
    if sorted(options) != sorted(_OPTIONS):
        return False
    scanned = not any(w.fontname for w in line.words)
    if scanned:  # a scan's specks far right of the boxes are no part of the line ("LJ", "a" on a dithered page)
        end = max(w.x1 for w in line.words if _option(w.text.strip(".,:;"), s)) + s.tick_speck_gap_sizes * line.height
        words = [t for t, w in zip(words, line.words, strict=True) if w.x0 <= end or len(t) > s.tick_max_box_chars]
    others = [w for w in words if not option_of[w]]
    # a scan may read a box as two tokens and add a speck ("• Oj Ja Gc Nej")
    if len(others) > s.tick_max_box_tokens * (s.tick_scan_box_token_factor if scanned else 1) or any(
        len(w) > s.tick_max_box_chars for w in others
    ):
        return False
    return not any(ch in _TICKED for w in others for ch in w)


def _misread_tick_line(line: Line, s: LayoutSettings) -> bool:
    """Whether a line under a question in a questionnaire is its tick line with one option misread ("Da ONej"):
    one option, one to `tick_max_box_tokens` other short tokens none of them a lower-case word ("vi" in "Ja, vi")."""
    words = [w.text.strip(".,:;") for w in line.words]
    others = [w for w in words if not _option(w, s)]
    return (
        len(words) - len(others) == 1
        and 1 <= len(others) <= s.tick_max_box_tokens
        and all(len(w) <= s.tick_max_box_chars + s.tick_misread_extra_chars and not w.islower() for w in others)
        and not any(ch in _TICKED for w in words for ch in w)
    )


def _far_specks(line: Line, s: LayoutSettings) -> list[Word]:
    """An OCR'd line's trailing short tokens standing `tick_speck_gap_sizes` line heights or more right of the word
    before them: a dithered scan's specks ("2. Sökt belopp?   es")."""
    if any(w.fontname for w in line.words):
        return []
    specks: list[Word] = []
    for before, word in zip(line.words[-2::-1], line.words[:0:-1], strict=True):
        if len(word.text) > s.tick_max_box_chars or word.x0 - before.x1 < s.tick_speck_gap_sizes * line.height:
            break
        specks.append(word)
    return specks


def _question_number(question: Line) -> str | None:
    """The question's first word as it should read when a scan's OCR misread it as its number: "" for a mark
    ("•", "«") or a lone capital ("N" for "12.") before a capitalised word (the word goes), "4." for "4," (its
    stop read as a comma: the number tells a numbered label); None when it is no misread number."""
    if len(question.words) < 2:
        return None
    first, second = question.words[0].text, question.words[1].text
    if _NUMBER_MISREAD.match(first):
        return first[:-1] + "."
    if not any(ch.isalnum() for ch in first):
        return ""
    if len(first) == 1 and first.isupper() and first not in _ONE_LETTER_WORDS and second[:1].isupper():
        return ""
    return None


def strip_tick_lines(
    pages: list[Page], page_lines: list[list[Line]], s: LayoutSettings = DEFAULT_SETTINGS
) -> tuple[list[Page], list[list[Line]]]:
    """`pages` and `page_lines` without a questionnaire's "Ja Nej" tick lines (see above)."""
    found = {(p, i) for p, lines in enumerate(page_lines) for i, line in enumerate(lines) if _tick_line(line, s)}
    if len(found) < s.tick_min_lines:
        return pages, page_lines
    found |= {
        (p, i)
        for p, lines in enumerate(page_lines)
        for i, line in enumerate(lines)
        if 0 < i and (p, i - 1) not in found and lines[i - 1].text.endswith("?") and _misread_tick_line(line, s)
    }
    gone = {id(w) for p, i in found for w in page_lines[p][i].words}
    mended: dict[int, Word] = {}
    questions: set[tuple[int, int]] = set()
    for p, i in found:
        if i == 0 or (p, i - 1) in found:
            continue
        questions.add((p, i - 1))
        gone |= {id(w) for w in _far_specks(page_lines[p][i - 1], s)}
        number = page_lines[p][i - 1].words[0]
        as_read = _question_number(page_lines[p][i - 1])
        if as_read == "":
            gone.add(id(number))
        elif as_read is not None:
            mended[id(number)] = replace(number, text=as_read)

    def kept(words: list[Word]) -> list[Word]:
        return [mended.get(id(w), w) for w in words if id(w) not in gone]

    # On an OCR'd page (no weight to tell a label by) a question over its tick line is a label whatever its words
    # ("4. Genomförande?" is a label of the traffic office's forms only, which the layout cannot tell), and the lines
    # from its tick line to the next question (the last one's: to the end) are its answer ("Gunilla Sjögren,
    # projektledare" reads as a label)
    order = [(p, i) for p, lines in enumerate(page_lines) for i in range(len(lines)) if (p, i) not in found]
    asked = [k for k, at in enumerate(order) if at in questions]
    answers = set(order[asked[0] + 1 :]) - questions if asked else set()
    gone |= {id(w) for p, i in answers for w in _far_specks(page_lines[p][i], s)}

    def read(p: int, i: int, line: Line) -> Line:
        if line.cell or any(w.fontname for w in line.words):
            return replace(line, words=kept(line.words))
        cell = "label" if (p, i) in questions else "value" if (p, i) in answers else ""
        return replace(line, words=kept(line.words), cell=cell)

    new_lines = [
        [read(p, i, line) for i, line in enumerate(lines) if (p, i) not in found] for p, lines in enumerate(page_lines)
    ]
    new_pages = [replace(page, words=kept(page.words)) for page in pages]
    return new_pages, new_lines
