"""A spreadsheet printed with its headings: the column letters and row numbers are furniture. Pure: no I/O.

A sheet printed with "print headings" on sets a row of column letters ("A", "B", … each centred over its
column) across the top of every page and a column of row numbers (1, 2, 3, … counting on over the pages) down the
left. Read as words they are a line of letters over the form and a number glued before every label and every
empty row, so each label read "17 Ev samverkan" and the numbers of the empty rows became answers. A page is such a
sheet when one level holds only one-letter words "A", "B", "C", … in order, far apart; its row numbers are then the
integers left of the letter "A", each the first word on its line, that count on by one from top to bottom. Both are
taken off the page; nothing else is touched.

On a scan OCR reads the small grey headings with misses: a letter lost ("B c D E F", no "A") and row numbers read
as other numbers or letters ("5" for 6, "a" for 8, "go" for 28), which break the count, so only the longest run
went and the rest stayed glued before their labels. There a level of one-letter words in alphabetical order (any
case, letters missing) is a sheet's heading when the page also holds a run of row numbers counting on under it;
and every short word alone at the front of its line in that run's column is a row number too. A dash alone on a
numbered row is a gridline's piece: with the row's number gone it stood as an answer of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace
from statistics import median

from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Page, Word

_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_DASHES = re.compile(r"^[-‐–—_~]+$")


def without_sheet_headings(page: Page, s: LayoutSettings = DEFAULT_SETTINGS) -> Page:
    """`page` without its spreadsheet headings (see above); unchanged when it has no row of column letters."""
    letters = _column_letters(page.words, s)
    if not letters:
        return page
    numbers = _row_numbers(page.words, letters, s)
    if not numbers and not _from_a(letters):
        return page  # letters as OCR read them are a sheet's only with its row numbers
    gone = {id(w) for w in letters}
    gone |= {id(w) for w in numbers}
    rows = numbers + _row_number_column(page.words, letters, numbers, s)
    gone |= {id(w) for w in rows}
    gone |= {id(w) for w in _gridline_dashes(page.words, rows)}
    return replace(page, words=[w for w in page.words if id(w) not in gone])


def _from_a(letters: list[Word]) -> bool:
    """Whether the letters read exactly "A", "B", "C", … (as printed; not as OCR may read them)."""
    return "".join(w.text for w in letters) == _LETTERS[: len(letters)]


def _column_letters(words: list[Word], s: LayoutSettings) -> list[Word]:
    """The words of the first level that holds only one-letter words in alphabetical order, far apart; [] if
    none."""
    for first in words:
        if len(first.text) != 1 or first.text.upper() not in _LETTERS:
            continue
        row = sorted((w for w in words if w.level_with(first)), key=lambda w: w.x0)
        if len(row) < s.sheet_min_letters or row[0] is not first:
            continue
        if any(len(w.text) != 1 or w.text.upper() not in _LETTERS for w in row):
            continue
        ranks = [_LETTERS.index(w.text.upper()) for w in row]
        if any(b <= a for a, b in zip(ranks, ranks[1:])):
            continue
        height = first.bottom - first.top
        if all(b.x0 - a.x1 >= s.sheet_letter_min_gap * height for a, b in zip(row, row[1:])):
            return row
    return []


def _row_numbers(words: list[Word], letters: list[Word], s: LayoutSettings) -> list[Word]:
    """The longest run of integers counting on by one down the page, each the first word on its line, left of
    the first column letter and under the letters."""
    head = letters[0]
    candidates = sorted(
        (
            w
            for w in words
            if w.text.isdigit() and w.x1 <= head.x0 and w.top >= head.bottom and _first_on_line(w, words)
        ),
        key=lambda w: w.top,
    )
    best: list[Word] = []
    run: list[Word] = []
    for w in candidates:
        run = run + [w] if run and int(w.text) == int(run[-1].text) + 1 else [w]
        if len(run) > len(best):
            best = run
    return best if len(best) >= s.sheet_min_row_numbers else []


def _row_number_column(words: list[Word], letters: list[Word], numbers: list[Word], s: LayoutSettings) -> list[Word]:
    """The other row numbers, as OCR misread them: short words, each first on its line under the letters, within
    the column the run of `numbers` stands in."""
    if not numbers:
        return []
    slack = s.sheet_number_column_slack * median(w.bottom - w.top for w in numbers)
    left = min(w.x0 for w in numbers) - slack
    right = max(w.x1 for w in numbers) + slack
    longest = max(len(w.text) for w in numbers) + s.sheet_misread_number_extra_chars
    return [
        w
        for w in words
        if left <= w.x0
        and w.x1 <= right
        and len(w.text) <= longest
        and w.top >= letters[0].bottom
        and _first_on_line(w, words)
    ]


def _gridline_dashes(words: list[Word], rows: list[Word]) -> list[Word]:
    """Dashes alone on a numbered row: a gridline's piece OCR read as "—" on an empty row, which with the row's
    number gone stood as an answer of its own."""
    out = []
    for number in rows:
        level = [w for w in words if w is not number and w.level_with(number)]
        if level and all(_DASHES.match(w.text) for w in level):
            out += level
    return out


def _first_on_line(word: Word, words: list[Word]) -> bool:
    return not any(w is not word and w.level_with(word) and w.x1 <= word.x0 for w in words)
