"""Issue #12, sixteenth round: a header table whose labels are right-aligned in their cells (a browser's
`display: table` row, `text-align: right`), two pairs a row: a right-hand label that wraps sets its second
line flush right under the first, not at the cell's left edge, and is still the row's wrapped line (so the
left-hand answer's wrapped line beside it stays with its own answer)."""

from __future__ import annotations

from bilagor.extractor.words import Page
from factories import words
from layout_builders import TITLE, lay_as_extractor, summary

BOLD = "Helvetica-Bold"
LEAD = 12.0
SIZE = 9.5


def _flush_right(text: str, right: float, top: float) -> list:
    """Bold label words set so the line ends at `right` (factories.words: 0.5 em a letter, 0.28 em a space)."""
    width = sum(0.5 * SIZE * len(t) for t in text.split()) + 0.28 * SIZE * (len(text.split()) - 1)
    return words(text, right - width, top, size=SIZE, font=BOLD)


def _answer(text: str, x: float, top: float) -> list:
    return words(text, x, top, size=SIZE)


def _pair(label: str, answer: str, top: float, right: bool = False) -> list:
    """A label flush right in its cell and its answer after it, in the left pair's columns or the right's."""
    label_end, answer_x = (406.0, 419.0) if right else (170.0, 181.0)
    return _flush_right(label, label_end, top) + (_answer(answer, answer_x, top) if answer else [])


# The table's first row, and the body's rows under it (their answers at the left pairs' column).
FIRST_ROW = _pair("Namn på insats", "Bänkar vid Husby torg", 100.0) + _pair("Sökt belopp", "640 000", 100.0, True)
BODY = _pair("Ev samverkan", "Svenska Bostäder", 186.0) + _pair("Bakgrund", "Torget upplevs som mörkt.", 210.0)
FIRST_BLOCKS = [("Namn på insats", "Bänkar vid Husby torg", 1), ("Sökt belopp", "640 000", 1)]
BODY_BLOCKS = [("Ev samverkan", "Svenska Bostäder", 1), ("Bakgrund", "Torget upplevs som mörkt.", 1)]


def test_a_right_aligned_label_wrapped_beside_a_wrapped_answer_keeps_each_line_with_its_cell():
    ws = list(TITLE) + FIRST_ROW
    # Row 2: the left answer wraps, and so does the right label, flush right under its first line.
    ws += _pair("Sökande nämnd", "Rinkeby-Kista", 124.0) + _pair("Ev medsökande", "Spånga-Tensta", 124.0, True)
    ws += _answer("stadsdelsnämnd", 181.0, 124.0 + LEAD) + _flush_right("nämnd", 406.0, 124.0 + LEAD)
    ws += _answer("stadsdelsnämnd", 419.0, 124.0 + LEAD)
    ws += _pair("Kontaktperson", "Lina Berg", 162.0) + _pair("Telefon", "08-508 00 000", 162.0, True)
    page = Page(1, 595.0, 842.0, ws + BODY)
    assert summary(lay_as_extractor([page])) == [
        *FIRST_BLOCKS,
        ("Sökande nämnd", "Rinkeby-Kista stadsdelsnämnd", 1),
        ("Ev medsökande nämnd", "Spånga-Tensta stadsdelsnämnd", 1),
        ("Kontaktperson", "Lina Berg", 1),
        ("Telefon", "08-508 00 000", 1),
        *BODY_BLOCKS,
    ]


def test_a_pair_with_no_answer_beside_a_pair_with_one_is_a_pair_of_its_own():
    ws = list(TITLE) + FIRST_ROW
    # The left pair's answer is empty and its label wraps; the right pair's answer wraps.
    ws += _pair("Ev medsökande", "", 124.0) + _pair("Kontaktperson", "Lina Berg,", 124.0, True)
    ws += _flush_right("nämnd", 170.0, 124.0 + LEAD) + _answer("parkingenjör", 419.0, 124.0 + LEAD)
    ws += _pair("Telefon", "08-508 00 000", 162.0) + _pair("E-post", "lina.berg@stockholm.se", 162.0, True)
    page = Page(1, 595.0, 842.0, ws + BODY)
    assert summary(lay_as_extractor([page])) == [
        *FIRST_BLOCKS,
        ("Ev medsökande nämnd", "", 1),
        ("Kontaktperson", "Lina Berg, parkingenjör", 1),
        ("Telefon", "08-508 00 000", 1),
        ("E-post", "lina.berg@stockholm.se", 1),
        *BODY_BLOCKS,
    ]
