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


def test_a_right_aligned_label_wrapped_beside_a_wrapped_answer_keeps_each_line_with_its_cell():
    ws = list(TITLE)
    # Row 1: two pairs on one line.
    ws += _flush_right("Namn på insats", 170.0, 100.0) + _answer("Bänkar vid Husby torg", 181.0, 100.0)
    ws += _flush_right("Sökt belopp", 406.0, 100.0) + _answer("640 000", 419.0, 100.0)
    # Row 2: the left answer wraps, and so does the right label, flush right under its first line.
    ws += _flush_right("Sökande nämnd", 170.0, 124.0) + _answer("Rinkeby-Kista", 181.0, 124.0)
    ws += _flush_right("Ev medsökande", 406.0, 124.0) + _answer("Spånga-Tensta", 419.0, 124.0)
    ws += _answer("stadsdelsnämnd", 181.0, 124.0 + LEAD) + _flush_right("nämnd", 406.0, 124.0 + LEAD)
    ws += _answer("stadsdelsnämnd", 419.0, 124.0 + LEAD)
    # Row 3 and the body, its answers at the left pairs' column.
    ws += _flush_right("Kontaktperson", 170.0, 162.0) + _answer("Lina Berg", 181.0, 162.0)
    ws += _flush_right("Telefon", 406.0, 162.0) + _answer("08-508 00 000", 419.0, 162.0)
    ws += _flush_right("Ev samverkan", 170.0, 186.0) + _answer("Svenska Bostäder", 181.0, 186.0)
    ws += _flush_right("Bakgrund", 170.0, 210.0) + _answer("Torget upplevs som mörkt på kvällen.", 181.0, 210.0)
    page = Page(1, 595.0, 842.0, ws)
    assert summary(lay_as_extractor([page])) == [
        ("Namn på insats", "Bänkar vid Husby torg", 1),
        ("Sökt belopp", "640 000", 1),
        ("Sökande nämnd", "Rinkeby-Kista stadsdelsnämnd", 1),
        ("Ev medsökande nämnd", "Spånga-Tensta stadsdelsnämnd", 1),
        ("Kontaktperson", "Lina Berg", 1),
        ("Telefon", "08-508 00 000", 1),
        ("Ev samverkan", "Svenska Bostäder", 1),
        ("Bakgrund", "Torget upplevs som mörkt på kvällen.", 1),
    ]


def test_a_pair_with_no_answer_beside_a_pair_with_one_is_a_pair_of_its_own():
    ws = list(TITLE)
    ws += _flush_right("Namn på insats", 170.0, 100.0) + _answer("Bänkar vid Husby torg", 181.0, 100.0)
    ws += _flush_right("Sökt belopp", 406.0, 100.0) + _answer("640 000", 419.0, 100.0)
    # The left pair's answer is empty and its label wraps; the right pair's answer wraps.
    ws += _flush_right("Ev medsökande", 170.0, 124.0)
    ws += _flush_right("Kontaktperson", 406.0, 124.0) + _answer("Lina Berg,", 419.0, 124.0)
    ws += _flush_right("nämnd", 170.0, 124.0 + LEAD) + _answer("parkingenjör", 419.0, 124.0 + LEAD)
    ws += _flush_right("Telefon", 170.0, 162.0) + _answer("08-508 00 000", 181.0, 162.0)
    ws += _flush_right("E-post", 406.0, 162.0) + _answer("lina.berg@stockholm.se", 419.0, 162.0)
    ws += _flush_right("Ev samverkan", 170.0, 186.0) + _answer("Svenska Bostäder", 181.0, 186.0)
    ws += _flush_right("Bakgrund", 170.0, 210.0) + _answer("Torget upplevs som mörkt på kvällen.", 181.0, 210.0)
    page = Page(1, 595.0, 842.0, ws)
    assert summary(lay_as_extractor([page])) == [
        ("Namn på insats", "Bänkar vid Husby torg", 1),
        ("Sökt belopp", "640 000", 1),
        ("Ev medsökande nämnd", "", 1),
        ("Kontaktperson", "Lina Berg, parkingenjör", 1),
        ("Telefon", "08-508 00 000", 1),
        ("E-post", "lina.berg@stockholm.se", 1),
        ("Ev samverkan", "Svenska Bostäder", 1),
        ("Bakgrund", "Torget upplevs som mörkt på kvällen.", 1),
    ]
