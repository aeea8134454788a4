"""Labels given only as numbered footnotes: each answer opened by a small raised number at the margin, the labels
together at the page's foot as "n Label" (under a short rule, in smaller type). Pure: no I/O.

Nothing beside or above an answer says what it answers, so the number pairs them: a body line opened by a number
word clearly smaller than the text after it (or a lone small number: an empty answer) is an answer's start, and a
line at the foot of the same page opened by that number, in type smaller than the answers', is its label. When the
pairs hold (at least `footnote_min_pairs`, most footnotes of the page used), each footnote's words become a label line
(`cell="label"`, cells.py's mark) where its marker stood, the marker word goes, the answer's lines are marked
answers (`cell="value"`) up to the next marker (a page's first lines, before its first marker, go on the answer of
the page before), the footnote lines and their rule go. A document whose numbers do not pair reads as before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Page, Word

_NUMBER = re.compile(r"^\d{1,2}$")
# A footnote's number set closer to its label than a word space reads as one word with it ("2Geografisk"): the
# smaller number does not stop the word. Only a capital after the digits is taken so (no "2a", "3st").
_JOINED = re.compile(r"^(\d{1,2})([A-ZÅÄÖ].*)$")
# ... or before a label that opens with its own outline number ("91." for "9" + "1. Beskrivning", "101.1"): split
# where the number is the one the footnote under it says (one less), else at the shortest number.
_JOINED_OUTLINE = re.compile(r"^(\d{1,3})(\.\d*)$")


def _marker(line: Line, s: LayoutSettings) -> Word | None:
    """The line's first word when it is a number in a script size before the line's larger words, or alone."""
    first = line.words[0]
    if not _NUMBER.match(first.text) or not first.size:
        return None
    rest = [w.size for w in line.words[1:] if w.size]
    if not rest:
        return first
    return first if first.size <= s.footnote_marker_ratio * min(rest) else None


def _note(line: Line, size: float, s: LayoutSettings, expected: int | None = None) -> tuple[int, list[Word]] | None:
    """(number, label words) of a footnote line: a number then words, all smaller than the answers' `size`."""
    first = line.words[0]
    joined = _JOINED.match(first.text)
    outline = _JOINED_OUTLINE.match(first.text)
    if joined:
        number, words = joined.group(1), [replace(first, text=joined.group(2)), *line.words[1:]]
    elif outline and len(outline.group(1)) > 1:
        digits = outline.group(1)
        cuts = [k for k in range(1, min(len(digits), 3)) if digits[k] != "0"]
        k = next((k for k in cuts if expected is not None and int(digits[:k]) == expected), cuts[0] if cuts else 0)
        if not k:
            return None
        number, words = digits[:k], [replace(first, text=digits[k:] + outline.group(2)), *line.words[1:]]
    elif len(line.words) > 1 and _NUMBER.match(first.text):
        number, words = first.text, line.words[1:]
    else:
        return None
    sizes = [w.size for w in words if w.size]
    if not sizes or max(sizes) > s.footnote_note_ratio * size:
        return None
    return int(number), words


def _small(line: Line, size: float, s: LayoutSettings) -> bool:
    return max(w.size for w in line.words) <= s.footnote_note_ratio * size


def _notes(lines: list[Line], size: float, s: LayoutSettings) -> tuple[dict[int, list[Word]], int]:
    """The page's footnotes (number -> label words) and the index of their first line: the run of footnote
    lines (a wrapped label's lines under its own text) that the page's last footnote ends."""
    notes: dict[int, list[Word]] = {}
    start = len(lines)
    k = len(lines) - 1
    while k >= 0 and _note(lines[k], size, s) is None:  # a footer left under the footnotes
        k -= 1
        if len(lines) - k > 3:
            return {}, len(lines)
    tail: list[Word] = []
    for under in lines[k + 1 :]:  # the last footnote's wrapped lines (not a footer further down)
        above = lines[lines.index(under) - 1]
        if under.top - above.top > s.footnote_pitch_sizes * above.size or not _small(under, size, s):
            break
        tail += under.words
    while k >= 0:
        found = _note(lines[k], size, s, min(notes) - 1 if notes else None)
        if found is not None:
            number, words = found
            if number in notes:
                break
            notes[number] = words + tail
            tail, start = [], k
        elif notes and _small(lines[k], size, s) and _marker(lines[k], s) is None:
            tail = lines[k].words + tail  # a wrapped label's later line
        else:
            break
        k -= 1
    return notes, start


def _answer_size(page_lines: list[list[Line]], body: float, s: LayoutSettings) -> float:
    """The answers' type size: the largest of the lines a script-size number opens (the footnotes are such lines
    too, in smaller type; the body's median can be theirs on a page of short answers and long labels)."""
    sizes = []
    for lines in page_lines:
        for k, ln in enumerate(lines):
            if _marker(ln, s) is None:
                continue
            # A marker raised clear of its answer's line is a line of its own: the answer is the next line.
            after = ln.words[1:] or (lines[k + 1].words if k + 1 < len(lines) else [])
            sizes += [max(w.size for w in after)] if after else []
    return max(sizes, default=body)


def _label(words: list[Word], at: Word) -> Line | None:
    """The footnote's words as one label line where the marker stood."""
    return None if not words else Line(0, [replace(w, top=at.top, bottom=at.bottom) for w in words], cell="label")


def read_footnote_labels(
    pages: list[Page],
    page_lines: list[list[Line]],
    body: float,
    grouped: list[list[Line]] | None = None,
    s: LayoutSettings = DEFAULT_SETTINGS,
) -> tuple[list[Page], list[list[Line]], list[str]]:
    """Labels written as numbered footnotes put back over their answers (module doc); the footnotes' text as
    removed lines. The footnotes are read from `grouped` (the lines before the running furniture went, when
    given): a wrapped footnote's last line is small print at the page's foot, which running.py takes for a
    footer."""
    size = _answer_size(page_lines, body, s)
    found = [_notes(lines, size, s) for lines in (grouped or page_lines)]
    # Where each page's footnotes start: the body is what stands above.
    starts = [
        (lines[start].top if start < len(lines) else None) for lines, (_, start) in zip(grouped or page_lines, found)
    ]
    bodies = [[ln for ln in lines if top is None or ln.top < top - 0.5] for lines, top in zip(page_lines, starts)]
    pairs = 0
    for lines, (notes, _) in zip(bodies, found):
        numbers = {int(m.text) for ln in lines if (m := _marker(ln, s)) is not None}
        used = numbers & set(notes)
        if notes and len(used) < s.footnote_min_note_share * len(notes):
            return pages, page_lines, []
        pairs += len(used)
    if pairs < s.footnote_min_pairs:
        return pages, page_lines, []
    out_pages, out_lines, removed = [], [], []
    opened = False
    for page, lines, body_lines, (notes, _) in zip(pages, page_lines, bodies, found):
        new: list[Line] = []
        for line in body_lines:
            marker = _marker(line, s)
            if marker is not None and int(marker.text) in notes:
                label = _label(notes[int(marker.text)], marker)
                if label is not None:
                    new.append(replace(label, page=line.page))
                    opened = True
                if len(line.words) > 1:
                    new.append(Line(line.page, line.words[1:], line.in_grid, "value"))
            elif opened:
                new.append(replace(line, cell="value"))
            else:
                new.append(line)
        foot = lines[len(body_lines) :]  # lines run down the page: the body is their head
        removed += [ln.text for ln in foot]
        if foot:
            top, x0 = foot[0].top, foot[0].x0
            reach = s.footnote_rule_reach_sizes * foot[0].size
            page = replace(
                page,
                rules=[
                    r
                    for r in page.rules
                    if not (abs(r[3] - r[1]) < 2 and top - reach <= r[1] <= top and abs(r[0] - x0) <= reach)
                ],
            )
        out_pages.append(page)
        out_lines.append(new)
    return out_pages, out_lines, removed
