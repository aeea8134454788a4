"""Labels given only as footnotes on an OCR'd page whose numbers Tesseract did not read. Pure: no I/O.

`footnotes` pairs each answer's raised marker with the footnote of its number. On a scan the markers (a script
size, raised) and often the footnotes' own numbers are lost: what is left is the answers in the body, a field gap
between one and the next, and at the page's foot a run of short lines in smaller type, each a known label. The
footnotes then stand in the answers' order, so the page's answer blocks (its indented lines, parted by gaps wider
than a line's pitch) are paired with them in turn when the counts agree: a gap of about two field gaps holds an
empty answer (its marker alone on its line, lost too), a page's first block with no footnote left for it goes on
the answer of the page before, and a stage marker after its field is no block. A document whose counts do not
agree on any page reads as before; only a page none of whose words has a font name is read so.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

import re

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Page

_NUMBER = re.compile(r"^\d{1,2}$")


def _notes(
    lines: list[Line],
    body: float,
    is_label: Callable[[str], bool],
    is_known_wording: Callable[[str], bool],
    s: LayoutSettings,
) -> tuple[list[Line], int]:
    """The page's footnote label lines (top to bottom) and the index of the first: a run of small known labels
    at the foot (a wrapped label's first line joined to its second when the two are a template label word for
    word: a misread label over a known one is a footnote of its own)."""
    lines = [_unnumbered(ln) for ln in lines]
    k = len(lines) - 1
    while k >= 0 and not _note(lines[k], body, is_label, s):
        k -= 1
        if len(lines) - 1 - k > s.unnumbered_note_max_footer_lines:
            return [], len(lines)
    notes: list[tuple[int, Line]] = []  # (the index of its first line, the footnote)
    unknown = 0
    while k >= 0:
        line = lines[k]
        first = notes[0][1] if notes else None
        if first is not None and first.top - line.top > s.unnumbered_note_line_pitch * line.size:
            break
        small = line.size <= s.unnumbered_note_size_ratio * body
        if _note(line, body, is_label, s):
            notes.insert(0, (k, line))
        elif first is not None and small and is_known_wording(f"{line.text} {first.text}"):
            notes[0] = (k, replace(first, words=[*line.words, *first.words]))
        elif (
            first is not None
            and small
            and abs(line.x0 - first.x0) <= s.unnumbered_note_misread_x_slack
            and len(line.words) <= s.unnumbered_note_misread_words
        ):
            notes.insert(0, (k, line))  # a label Tesseract misread ("Piats"), at the others' x
            unknown += 1
        else:
            break
        k -= 1
    while notes and not is_label(notes[0][1].text):  # the run's head is the body's, not a footnote
        notes.pop(0)
        unknown -= 1
    if not notes or unknown > len(notes) // s.unnumbered_note_notes_per_misread:
        return [], len(lines)
    return [ln for _, ln in notes], notes[0][0]


def _note(line: Line, body: float, is_label: Callable[[str], bool], s: LayoutSettings) -> bool:
    return line.size <= s.unnumbered_note_size_ratio * body and is_label(line.text)


def _unnumbered(line: Line) -> Line:
    """The line without a footnote's or marker's number Tesseract did read ("1 Namn på insats")."""
    if len(line.words) > 1 and _NUMBER.match(line.words[0].text):
        return replace(line, words=line.words[1:])
    return line


def _blocks(
    lines: list[Line], stage_of: Callable[[str], str | None], s: LayoutSettings
) -> tuple[list[Line], list[list[Line]], list[float]]:
    """(the lines before the first answer, the answer blocks, the gap before each block)."""
    if not lines:
        return [], [], []
    margin = min(ln.x0 for ln in lines)
    # a marker Tesseract did read stands at the margin, its answer at the indent: the marker goes
    lines = [
        _unnumbered(ln) if len(ln.words) > 1 and ln.words[1].x0 >= margin + s.unnumbered_note_min_indent else ln
        for ln in lines
    ]
    first = next((k for k, ln in enumerate(lines) if ln.x0 >= margin + s.unnumbered_note_min_indent), len(lines))
    head, rest = lines[:first], lines[first:]
    plain = [ln for ln in rest if stage_of(ln.text) is None]
    size = sorted(ln.size for ln in plain)[len(plain) // 2] if plain else 0.0
    # the pitch within an answer: a line's size or a little more (a magnifier's squeezed rows and the gaps
    # between answers are no pitch)
    steps = sorted(
        b.top - a.top
        for a, b in zip(plain, plain[1:])
        if s.unnumbered_note_answer_pitch_sizes[0] * size
        <= b.top - a.top
        <= s.unnumbered_note_answer_pitch_sizes[1] * size
    )
    pitch = steps[len(steps) // 2] if steps else s.unnumbered_note_answer_pitch_sizes[0] * size
    blocks: list[list[Line]] = []
    gaps: list[float] = []
    for k, ln in enumerate(rest):
        gap = ln.top - rest[k - 1].top if k else 0.0
        if stage_of(ln.text) is not None and blocks:  # a stage marker after its field goes with it
            blocks[-1].append(ln)
        elif not blocks or gap > s.unnumbered_note_block_gap_pitches * pitch:
            blocks.append([ln])
            gaps.append(gap)
        else:
            blocks[-1].append(ln)
    return head, blocks, gaps


def _empties(gaps: list[float], s: LayoutSettings) -> list[int]:
    """How many empty answers stand before each block (its gap's extra field steps), the first block none."""
    inner = sorted(g for g in gaps[1:])
    if not inner:
        return [0] * len(gaps)
    step = inner[len(inner) // 2]
    return [0] + [
        max(0, round(g / step - 1)) if g > (1 + s.unnumbered_note_empty_step_share) * step else 0 for g in gaps[1:]
    ]


def _label(note: Line, page: int, top: float, bottom: float) -> Line:
    return Line(page, [replace(w, top=top, bottom=bottom) for w in note.words], cell="label")


def _paired(
    body_lines: list[Line], notes: list[Line], opened: bool, stage_of: Callable[[str], str | None], s: LayoutSettings
) -> list[Line] | None:
    """The page's lines with each footnote as a label over its answer block, or None when they do not pair."""
    head, blocks, gaps = _blocks(body_lines, stage_of, s)
    if not blocks:
        return None
    empties = _empties(gaps, s)
    slots: list[list[Line] | None] = []  # each footnote's block in turn (None: an empty answer)
    for n, block in zip(empties, blocks):
        slots += [None] * n + [block]
    carried: list[Line] = []
    if len(slots) == len(notes) + 1 and opened and slots[0] is not None:
        carried = slots.pop(0) or []  # the answer of the page before goes on
    missing = len(notes) - len(slots)
    if 0 < missing <= s.unnumbered_note_max_trailing_empty and len(slots) >= 2 and slots[-1] is not None:
        slots += [None] * missing  # empty answers at the page's foot (a few: more is no form of footnotes)
    if len(slots) != len(notes):
        return None
    out = [*head, *(replace(ln, cell="value") for ln in carried)]
    last = out[-1].bottom if out else 0.0
    for note, slot in zip(notes, slots):
        if slot is None:
            out.append(_label(note, note.page, last + 1, last + 1 + note.bottom - note.top))
            last += 1 + note.bottom - note.top
            continue
        out.append(_label(note, slot[0].page, slot[0].top, slot[0].bottom))
        out += [replace(ln, cell="value") for ln in slot]
        last = slot[-1].bottom
    return out


def read_unnumbered_footnotes(
    pages: list[Page],
    page_lines: list[list[Line]],
    body: float,
    grouped: list[list[Line]],
    is_label: Callable[[str], bool],
    stage_of: Callable[[str], str | None],
    is_known_wording: Callable[[str], bool],
    s: LayoutSettings = DEFAULT_SETTINGS,
) -> tuple[list[Page], list[list[Line]], list[str]]:
    """Footnote labels put back over their answers by order on OCR'd pages (module doc); the footnotes' text as
    removed lines."""
    if any(w.fontname for p in pages for w in p.words):
        return pages, page_lines, []
    found = [_notes(lines, body, is_label, is_known_wording, s) for lines in grouped]
    if not any(len(notes) >= s.unnumbered_note_min_notes for notes, _ in found):
        return pages, page_lines, []
    out_pages, out_lines, removed = [], [], []
    opened, read = False, 0
    for page, lines, glines, (notes, start) in zip(pages, page_lines, grouped, found):
        top = glines[start].top if start < len(glines) else None
        body_lines = [ln for ln in lines if top is None or ln.top < top - s.unnumbered_note_body_clearance]
        new = _paired(body_lines, notes, opened, stage_of, s) if notes else None
        if new is None and notes:
            if opened:  # a page of the document that does not pair: nothing is guessed
                return pages, page_lines, []
            out_pages.append(page)
            out_lines.append(lines)
            continue
        if new is None:
            new = [replace(ln, cell="value") for ln in body_lines] if opened else lines
        else:
            read += 1
            opened = True
            removed += [ln.text for ln in lines[len(body_lines) :]]
            reach = s.unnumbered_note_rule_reach * notes[0].size
            page = replace(
                page,
                rules=[
                    r
                    for r in page.rules
                    if not (
                        abs(r[3] - r[1]) < s.unnumbered_note_rule_thickness
                        and top is not None
                        and top - reach <= r[1] <= top
                    )
                ],
            )
        out_pages.append(page)
        out_lines.append(new)
    if not read:
        return pages, page_lines, []
    return out_pages, out_lines, removed
