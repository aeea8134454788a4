"""A wrapped label whose answer stands flush right on its first line, as on a receipt. Pure: no I/O.

'Beskrivning av eventuella avvikelser i projektets      Inga avvikelser har förekommit.' / 'genomförande':
the label is set flush left and wrapped within part of the width, the answer set flush right on the label's
first line, so the label's tail comes on the line under the answer. Read line by line the first line opens with
no known label (its tail is missing) and the tail reads as the answer's last line. A line parted by a gap of at
least `receipt_gap_ems` line heights, whose next one or two lines start at its x (within the tolerance), end left
of the gap and follow within `wrap_pitch`, is read with those lines' words put after the part left of the gap,
when that part with them is a template label word for word and the part alone is none: the label is then read
whole, and its answer after it as a line of its own. Nothing else is moved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Word


def _text(words: list[Word]) -> str:
    return " ".join(w.text for w in words)


def _gap_at(line: Line, s: LayoutSettings) -> int:
    """Index of the first word after a gap of at least `receipt_gap_ems` line heights, or 0."""
    least = s.receipt_gap_ems * max(line.size, line.height)
    return next((i + 1 for i, (a, b) in enumerate(zip(line.words, line.words[1:])) if b.x0 - a.x1 >= least), 0)


def _tail_lines(lines: list[Line], i: int, cut: int, tol: float, s: LayoutSettings) -> list[Line]:
    """The lines under lines[i] that may hold its label's tail: at its x, left of its answer, close under it."""
    line = lines[i]
    answer_x = line.words[cut].x0
    tails: list[Line] = []
    for below in lines[i + 1 : i + 1 + s.receipt_tail_lines]:
        last = tails[-1] if tails else line
        if (
            below.page != line.page
            or below.in_grid
            or abs(below.x0 - line.x0) > tol
            or below.x1 >= answer_x
            or not 0 < below.top - last.top <= s.wrap_pitch * max(line.size, line.height)
        ):
            break
        tails.append(below)
    return tails


def join_receipt_label_tails(
    lines: list[Line], is_known_wording: Callable[[str], bool], tol: float, s: LayoutSettings = DEFAULT_SETTINGS
) -> list[Line]:
    """Lines with each flush-right answer's wrapped label read whole on the answer's line (see the docstring)."""
    out: list[Line] = []
    skip = 0
    for i, line in enumerate(lines):
        if skip:  # a tail already read into its label
            skip -= 1
            continue
        read = _label_and_answer(lines, i, is_known_wording, tol, s)
        if read is None:
            out.append(line)
        else:
            out += read[0]
            skip = read[1]
    return out


def _label_and_answer(
    lines: list[Line], i: int, is_known_wording: Callable[[str], bool], tol: float, s: LayoutSettings
) -> tuple[list[Line], int] | None:
    """lines[i] read as its label whole and its answer, and how many lines under it the label took; None if
    it is no such line."""
    line = lines[i]
    cut = 0 if line.in_grid or line.cell else _gap_at(line, s)
    head = line.words[:cut]
    if not cut or is_known_wording(_text(head)):
        return None
    tails = _tail_lines(lines, i, cut, tol, s)
    taken = next(
        (
            k
            for k in range(len(tails), 0, -1)
            if is_known_wording(_text(head + [w for t in tails[:k] for w in t.words]))
        ),
        0,
    )
    if not taken:
        return None
    moved, x = [], head[-1].x1
    space = max(line.size, line.height) * s.receipt_tail_space_ems
    for word in (w for t in tails[:taken] for w in t.words):  # set on the first line's level, after its label
        width = word.x1 - word.x0
        moved.append(replace(word, x0=x + space, x1=x + space + width, top=head[-1].top, bottom=head[-1].bottom))
        x += space + width
    # the label whole, then its answer as a line of its own: a label this long is too many words to be parted
    # from an answer run in with it (`inline_label_max_words`)
    return [replace(line, words=head + moved), replace(line, words=line.words[cut:])], taken
