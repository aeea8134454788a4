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

# A part's number: one or two digits, a full stop allowed ("2", "2.").
_PART_NUMBER = re.compile(r"(\d{1,2})\.?")
# How far right of the part heading's text (in type sizes) its first field's text must start: the fields' number
# column is about 26 pt on a 9 pt page (2.9 sizes) less the part number and a word space (about 0.8 size), so the
# offset is about 2 sizes; one size keeps a narrower column and takes no word space's wobble for one.
TEXT_COLUMN_SIZES = 1.0


def _part_number(line: Line) -> str | None:
    """The part number of a line that reads "<integer> <word> …", else None."""
    words = line.words
    match = _PART_NUMBER.fullmatch(words[0].text) if len(words) >= 2 else None
    return match.group(1) if match and words[1].text[:1].isalpha() else None


def is_part_heading(line: Line, first_field: Line) -> bool:
    """`line` heads an outline part whose first field's label line is `first_field`: "<n> …" over "<n>.1 …", the
    field's text standing in a column to the right of the heading's text."""
    number = _part_number(line)
    words = first_field.words
    if number is None or len(words) < 2 or not re.fullmatch(rf"{number}\.1\.?", words[0].text):
        return False
    return words[1].x0 - line.words[1].x0 >= TEXT_COLUMN_SIZES * max(line.size, first_field.size)


def drop_part_headings(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """Blocks without the outline's part headings read as empty fields; their texts."""
    return drop_headings_over(blocks, lambda block, nxt: is_part_heading(block.label_lines[0], nxt.label_lines[0]))


def strip_leading_part(preamble: list[Line], blocks: list[Block]) -> tuple[list[Line], list[str]]:
    """The preamble without a part heading as its last line over the first field ("1 Projektet" under the title)."""
    if preamble and blocks and blocks[0].label_lines and is_part_heading(preamble[-1], blocks[0].label_lines[0]):
        return preamble[:-1], [preamble[-1].text]
    return preamble, []
