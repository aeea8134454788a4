"""Dot leaders from a label to its answer at a tab stop, in proportional type (#12). Pure: no I/O.

A typeset form (plain TeX's `\\leaders`, a word processor's dotted tab) joins a short field's label to its
answer by a row of dots running to a stop part-way across the measure; the answer starts at the stop and its
further lines hang there. Each dot is a word of its own, evenly spaced, with no colon after the run (a listing's
"NAMN ......:" is `leaders.py`'s). Left in, the dots read as words of the label or the answer, so the label ran
into its answer and no field was found. Such a run is told by its shape: at least `stop_leader_min_dots` words of
dots only, one after the other at a steady pitch, after a word that is not one; when the document has at least
`stop_leader_min_rows` such lines, the dots are taken out (from the line and the page's words), and the label
stands at the margin with its answer at the stop, as in a two-column form. A leader row with no answer after its
dots is an empty field's label (`Line.cell` "label"), never the last line of the paragraph above it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Page, Word

_DOT = re.compile(r"^[.·]{1,2}$")
_PAGE_NUMBER = re.compile(r"^\d{1,3}$")  # a contents entry's page number after its leader (contents.py's)


def _advances(dots: list[Word]) -> list[float]:
    """Each dot word's advance to the next, a dot at a time (two dots the text layer joined count as two)."""
    return [(b.x0 - a.x0) / len(a.text) for a, b in zip(dots, dots[1:])]


def _pitch(dots: list[Word]) -> float:
    pitches = sorted(_advances(dots))
    return pitches[len(pitches) // 2]


def _steady(dots: list[Word], pitch: float, s: LayoutSettings) -> bool:
    """Whether the dots stand at one pitch (a leader's boxes), within `stop_leader_pitch_slack` of it."""
    return pitch > 0 and all(abs(p - pitch) <= s.stop_leader_pitch_slack * pitch for p in _advances(dots))


def leader_run(line: Line, s: LayoutSettings = DEFAULT_SETTINGS) -> tuple[int, int] | None:
    """(first, end) indexes of the line's run of leader dots after its label, or None."""
    words = line.words
    i = 0
    while i < len(words):
        if not _DOT.match(words[i].text):
            i += 1
            continue
        end = i
        while end < len(words) and _DOT.match(words[end].text):
            end += 1
        if i > 0 and end - i >= s.stop_leader_min_dots and _steady(words[i:end], _pitch(words[i:end]), s):
            after = words[end:]
            if after and after[0].text.startswith(":"):
                return None  # a listing's leader closed by a colon: leaders.py's
            if len(after) == 1 and _PAGE_NUMBER.match(after[0].text):
                return None  # a contents entry
            return i, end
        i = end
    return None


def _unleadered(line: Line, run: tuple[int, int], s: LayoutSettings) -> tuple[list[Word], list[Word]]:
    """The label's and the answer's words of a leader line without its dots. A dot the text layer joined to
    the label's last word ("före.") or the answer's first (".Trygghetsbelysning") stands at the leader's
    pitch from the run's end and goes with it (a word space is narrower than a leader's box)."""
    first, end = run
    dots = line.words[first:end]
    pitch = _pitch(dots)
    width = sorted((w.x1 - w.x0) / len(w.text) for w in dots)[len(dots) // 2]  # one dot's
    slack = s.stop_leader_pitch_slack * pitch
    label, answer = list(line.words[:first]), list(line.words[end:])
    last = label[-1]
    if _joined_dot(last.text[-1:], last.text[:-1]) and abs(dots[0].x0 - (last.x1 - width) - pitch) <= slack:
        label[-1] = replace(last, text=last.text[:-1], x1=last.x1 - width)
    if answer:
        head = answer[0]
        last_x0 = dots[-1].x0 + (len(dots[-1].text) - 1) * pitch  # the run's last dot
        if _joined_dot(head.text[:1], head.text[1:]) and abs(head.x0 - last_x0 - pitch) <= slack:
            answer[0] = replace(head, text=head.text[1:], x0=head.x0 + width)
    if not label[-1].text.endswith(":"):
        label[-1] = replace(label[-1], text=label[-1].text + ":")
    return label, answer


def _joined_dot(dot: str, rest: str) -> bool:
    return dot in (".", "·") and bool(rest) and rest[-1:] != "." and rest[:1] != "."


def strip_stop_leaders(
    pages: list[Page], page_lines: list[list[Line]], s: LayoutSettings = DEFAULT_SETTINGS
) -> tuple[list[Page], list[list[Line]], bool]:
    """`pages` and `page_lines` without the dot leaders of a form that joins labels to answers at a stop, each
    such label's last word taking a colon, and whether the form is one (its labels are then read inline)."""
    runs = {
        (p, i): run for p, lines in enumerate(page_lines) for i, ln in enumerate(lines) if (run := leader_run(ln, s))
    }
    if len(runs) < s.stop_leader_min_rows:
        return pages, page_lines, False
    gone: set[int] = set()
    swapped: dict[int, Word] = {}
    new_lines: list[list[Line]] = []
    for p, lines in enumerate(page_lines):
        kept = []
        for i, line in enumerate(lines):
            run = runs.get((p, i))
            if run is None:
                kept.append(line)
                continue
            gone.update(id(w) for w in line.words[run[0] : run[1]])
            label, answer = _unleadered(line, run, s)
            for old, new in zip(line.words[: run[0]] + line.words[run[1] :], label + answer):
                if old is not new:
                    swapped[id(old)] = new
            # Leaders to a stop with nothing after them: an empty field's label, whatever stands above it (a
            # paragraph at the margin a paragraph's skip above would otherwise take it as its next line).
            kept.append(replace(line, words=label + answer, cell=line.cell if answer else "label"))
        new_lines.append(kept)
    new_pages = [
        replace(page, words=[swapped.get(id(w), w) for w in page.words if id(w) not in gone]) for page in pages
    ]
    return new_pages, new_lines, True
