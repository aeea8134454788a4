"""A spreadsheet printed with its headings: the column letters and row numbers are furniture. Pure: no I/O.

A sheet printed with "print headings" on sets a row of column letters ("A", "B", … each centred over its
column) across the top of every page and a column of row numbers (1, 2, 3, … counting on over the pages) down the
left. Read as words they are a line of letters over the form and a number glued before every label and every
empty row, so each label read "17 Ev samverkan" and the numbers of the empty rows became answers. A page is such a
sheet when one level holds only one-letter words "A", "B", "C", … in order, far apart; its row numbers are then the
integers left of the letter "A", each the first word on its line, that count on by one from top to bottom. Both are
taken off the page; nothing else is touched.
"""

from __future__ import annotations

from dataclasses import replace

from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Page, Word

_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def without_sheet_headings(page: Page, s: LayoutSettings = DEFAULT_SETTINGS) -> Page:
    """`page` without its spreadsheet headings (see above); unchanged when it has no row of column letters."""
    letters = _column_letters(page.words, s)
    if not letters:
        return page
    gone = {id(w) for w in letters}
    gone |= {id(w) for w in _row_numbers(page.words, letters, s)}
    return replace(page, words=[w for w in page.words if id(w) not in gone])


def _column_letters(words: list[Word], s: LayoutSettings) -> list[Word]:
    """The words of the first level that holds only the letters "A", "B", … in order, far apart; [] if none."""
    for first in words:
        if first.text != "A":
            continue
        row = sorted((w for w in words if w.level_with(first)), key=lambda w: w.x0)
        texts = "".join(w.text for w in row)
        if len(row) < s.sheet_min_letters or texts != _LETTERS[: len(row)] or row[0] is not first:
            continue
        height = first.bottom - first.top
        if all(b.x0 - a.x1 >= s.sheet_letter_min_gap * height for a, b in zip(row, row[1:])):
            return row
    return []


def _row_numbers(words: list[Word], letters: list[Word], s: LayoutSettings) -> list[Word]:
    """The longest run of integers counting on by one down the page, each the first word on its line, left of
    the column letter "A" and under the letters."""
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


def _first_on_line(word: Word, words: list[Word]) -> bool:
    return not any(w is not word and w.level_with(word) and w.x1 <= word.x0 for w in words)
