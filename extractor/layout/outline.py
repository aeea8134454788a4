"""Outline-numbered part headings: "1 Projektet" over "1.1 Projektnamn", "2 Redovisning" over "2.1 …".

A form laid out as an outline heads each group of its numbered fields with a part heading: an integer and a
word or two, with no answer of its own, right over its first field, numbered "<part>.1". The fields print their
number in a column of its own and their text to the right of it; the part heading runs from its number with a
word space. Such a heading is no field (read as one it is an empty section, "2 Redovisning" keyed `redovisning`)
and, over the first field, no part of the title either ("Pollare vid Solbergaparken. Slutredovisning 1
Projektet"). Told by the numbering and that offset, never by the heading's words: an empty numbered field of the
form's own ("1. Beskrivning (mål och syfte)" over "1.1 Behovsanalys") prints its text in the fields' column, so it
stays.
"""

from __future__ import annotations

import re

from bilagor.extractor.layout.legends import drop_headings_over
from bilagor.extractor.layout.model import Block, Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings

# A part's number: one or two digits, a full stop allowed ("2", "2.").
_PART_NUMBER = re.compile(r"(\d{1,2})\.?")


def _part_number(line: Line) -> str | None:
    """The part number of a line that reads "<integer> <word> …", else None."""
    words = line.words
    match = _PART_NUMBER.fullmatch(words[0].text) if len(words) >= 2 else None
    return match.group(1) if match and words[1].text[:1].isalpha() else None


def is_part_heading(line: Line, first_field: Line, s: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """`line` heads an outline part whose first field's label line is `first_field`: "<n> …" over "<n>.1 …", the
    field's text standing in a column to the right of the heading's text."""
    number = _part_number(line)
    words = first_field.words
    if number is None or len(words) < 2 or not re.fullmatch(rf"{number}\.1\.?", words[0].text):
        return False
    return words[1].x0 - line.words[1].x0 >= s.part_heading_text_column_sizes * max(line.size, first_field.size)


def drop_part_headings(blocks: list[Block], s: LayoutSettings = DEFAULT_SETTINGS) -> tuple[list[Block], list[str]]:
    """Blocks without the outline's part headings read as empty fields; their texts."""
    return drop_headings_over(blocks, lambda block, nxt: is_part_heading(block.label_lines[0], nxt.label_lines[0], s))


def strip_leading_part(
    preamble: list[Line], blocks: list[Block], s: LayoutSettings = DEFAULT_SETTINGS
) -> tuple[list[Line], list[str]]:
    """The preamble without a part heading as its last line over the first field ("1 Projektet" under the title)."""
    if preamble and blocks and blocks[0].label_lines and is_part_heading(preamble[-1], blocks[0].label_lines[0], s):
        return preamble[:-1], [preamble[-1].text]
    return preamble, []


# The first field's number as Tesseract may read it: "1.1", "1:1", "1,1", "11" (the stop lost), with a stop after.
def _scanned_first(number: str, text: str) -> bool:
    return re.fullmatch(rf"{number}[.:,]?1\.?", text) is not None


def drop_scanned_part_headings(lines: list[Line], s: LayoutSettings = DEFAULT_SETTINGS) -> tuple[list[Line], list[str]]:
    """An OCR'd page's lines without its outline part headings, and their texts. Without bold a part heading
    ("2 Redovisning" over "2.1 …") reads as the last line of the answer above it (a stage marker's, a field's),
    not as a heading of its own; told as `is_part_heading` tells it, the first field's number as Tesseract reads
    it ("1:1", "11"), the heading at most four words, the field its next line on the same page."""
    out: list[Line] = []
    parts: list[str] = []
    for line, after in zip(lines, [*lines[1:], None]):
        number = _part_number(line)
        if (
            number is not None
            and after is not None
            and after.page == line.page
            and len(line.words) <= 4
            and len(after.words) >= 2
            and not any(w.fontname for w in line.words + after.words)
            and _scanned_first(number, after.words[0].text)
            and after.words[1].x0 - line.words[1].x0 >= s.part_heading_text_column_sizes * max(line.size, after.size)
        ):
            parts.append(line.text)
            continue
        out.append(line)
    return out, parts


# A field's number as Tesseract reads it ("1.2", "1:2", "12", "2"), and a number it misread as a list mark.
_SCANNED_NUMBER = re.compile(r"\d{1,2}(?:[.:,]\d{1,2})?\.?")
_MARK = frozenset({"•", "·", "«", "»", "*", "°", "e", "o"})


def drop_misread_outline_numbers(lines: list[Line], min_numbered: int = 2) -> list[Line]:
    """An OCR'd page's lines with a field number misread as a list mark ("•" for "1.4") taken off: the mark
    stands in the outline's number column (at least `min_numbered` other lines start with a number over its x,
    their text starting where the mark's line's text starts, within 3 pt), so the label line read as a list
    item of the answer above it."""
    numbered = [
        (ln.words[0].x0, ln.words[0].x1, ln.words[1].x0)
        for ln in lines
        if len(ln.words) >= 2
        and not any(w.fontname for w in ln.words)
        and _SCANNED_NUMBER.fullmatch(ln.words[0].text)
        and ln.words[1].x0 - ln.words[0].x1 >= 6
    ]
    if len(numbered) < min_numbered:
        return lines
    out: list[Line] = []
    for line in lines:
        words = line.words
        if (
            len(words) >= 2
            and words[0].text in _MARK
            and not any(w.fontname for w in words)
            and sum(x0 - 3 <= words[0].x0 <= x1 and abs(text - words[1].x0) <= 3 for x0, x1, text in numbered)
            >= min_numbered
        ):
            out.append(Line(line.page, words[1:], line.in_grid, line.cell))
            continue
        out.append(line)
    return out
