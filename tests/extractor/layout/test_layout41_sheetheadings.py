"""A spreadsheet printed with its headings (issue #12, thirty-sixth round, h41/c-text): a row of column letters
"A"–"F" across the top of every page and row numbers down the left are furniture; a label wrapped down column A's
rows is one label, an answer set one line a row from column B is one answer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bilagor.extractor.layout.sheetheadings import without_sheet_headings
from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import lay_as_extractor, summary

SIZE = 9.5
ROW = 14.0
BOLD, REGULAR = "Helvetica-Bold", "Helvetica"
W, H = 595.0, 842.0
NUM_X, COL_A, COL_B, RIGHT = 40.0, 64.0, 214.0, 555.0
FIELDS = [
    (["Namn på insats"], ["Utegym Mariatorget"]),
    (["Sökt belopp"], ["220 000 kr"]),
    (["Kontaktperson"], ["Elin Lindqvist, enhetschef"]),
    (["Ev samverkan"], ["polisen och Svenska Bostäder samt lokala", "fastighetsägare kring torget."]),
    (
        ["1.1 Behovsanalys/", "problembeskrivning"],
        ["I stadens trygghetsmätning uppger 60 procent", "att de känner sig otrygga i parken", "om kvällarna."],
    ),
    (["Beskrivning (mål och", "syfte)"], ["Ett utegym ska locka fler att röra sig i", "parken under hela året."]),
]
WANT = [
    ("Namn på insats", "Utegym Mariatorget"),
    ("Sökt belopp", "220 000 kr"),
    ("Kontaktperson", "Elin Lindqvist, enhetschef"),
    ("Ev samverkan", "polisen och Svenska Bostäder samt lokala fastighetsägare kring torget."),
    (
        "1.1 Behovsanalys/problembeskrivning",
        "I stadens trygghetsmätning uppger 60 procent att de känner sig otrygga i parken om kvällarna.",
    ),
    ("Beskrivning (mål och syfte)", "Ett utegym ska locka fler att röra sig i parken under hela året."),
]


def _centred(text: str, centre: float, top: float, size: float = SIZE) -> list[Word]:
    ws = words(text, 0.0, top, size, REGULAR)
    dx = centre - (ws[0].x0 + ws[-1].x1) / 2
    return [Word(w.text, w.x0 + dx, w.x1 + dx, w.top, w.bottom, w.fontname, w.size) for w in ws]


def _sheet(rows_a_page: int = 14, gridlines: bool = True, letters: str = "ABCDEF") -> list[Page]:
    """The form as a printed sheet: every page headed by the column letters, each row numbered on from the last
    page, the title bold in row 1, then each field's label lines in column A and its answer lines in column B, one
    line a row, an empty row between fields."""
    rows: list[tuple[str, str, str]] = [("Ansökan om investeringsmedel för trygghet", "", BOLD), ("", "", REGULAR)]
    for labels, answer in FIELDS:
        for k in range(max(len(labels), len(answer))):
            rows.append((labels[k] if k < len(labels) else "", answer[k] if k < len(answer) else "", REGULAR))
        rows.append(("", "", REGULAR))
    chunks = [rows[k : k + rows_a_page] for k in range(0, len(rows), rows_a_page)]
    cols = [COL_A, COL_B] + [COL_B + (RIGHT - COL_B) * k / 5 for k in range(1, 6)]
    pages = []
    number = 0
    for n, chunk in enumerate(chunks, 1):
        ws = words("Bilaga 5b", NUM_X, 36, 8) + words(f"Sida {n} ({len(chunks)})", 280, 810, 8)
        head = 70.0
        for k, letter in enumerate(letters):
            ws += _centred(letter, (cols[k] + cols[k + 1]) / 2, head)
        rules = [(NUM_X, head + ROW - 2, RIGHT, head + ROW - 2)]
        for k, (label, answer, face) in enumerate(chunk):
            number += 1
            top = head + (k + 1) * ROW
            ws += _centred(str(number), (NUM_X + COL_A) / 2, top)
            if label:
                ws += words(label, COL_A + 2, top, SIZE + (2 if face == BOLD and n == 1 else 0), BOLD)
            if answer:
                ws += words(answer, COL_B + 2, top, SIZE, REGULAR)
            if gridlines:
                rules.append((NUM_X, top + ROW - 2, RIGHT, top + ROW - 2))
        pages.append(Page(n, W, H, ws, rules=rules))
    return pages


@pytest.mark.parametrize(("rows_a_page", "gridlines"), [(40, True), (14, True), (14, False), (9, True)])
def test_a_printed_sheet_reads_as_its_fields(rows_a_page: int, gridlines: bool) -> None:
    got = [(label, text) for label, text, _ in summary(lay_as_extractor(_sheet(rows_a_page, gridlines)))]
    assert got == WANT


def test_the_headings_are_taken_off_and_nothing_else() -> None:
    page = _sheet(40)[0]
    kept = without_sheet_headings(page)
    assert not {w.text for w in kept.words} & set("ABCDEF")
    assert len(page.words) - len(kept.words) == 6 + 18  # six letters, 18 numbered rows
    assert not [w for w in kept.words if w.text.isdigit() and w.x1 <= COL_A and 70 < w.top < 800]
    assert "60" in {w.text for w in kept.words} and "220" in {w.text for w in kept.words}


def test_pages_without_a_row_of_column_letters_are_left_alone() -> None:
    # numbered rows with no letters over them: a numbered list, not a sheet
    plain = Page(1, W, H, [w for w in _sheet(40)[0].words if w.text not in set("ABCDEF")])
    assert without_sheet_headings(plain) is plain
    # answer options "A B C" close together on a line with other words
    options = words("Svar A B C D", 60, 100) + words("1", 40, 120) + words("2", 40, 134) + words("3", 40, 148)
    page = Page(1, W, H, options)
    assert without_sheet_headings(page) is page
    # letters far apart but not in order from A
    shuffled = Page(1, W, H, [w for k, t in enumerate("BCD") for w in _centred(t, 100 + 80 * k, 70)])
    assert without_sheet_headings(shuffled) is shuffled


def test_numbers_that_do_not_count_on_stay() -> None:
    ws = [w for k, t in enumerate("ABCD") for w in _centred(t, 100 + 100 * k, 70)]
    ws += words("4", 40, 90) + words("2021", 40, 104) + words("Sökt belopp", 70, 104) + words("17", 40, 118)
    kept = without_sheet_headings(Page(1, W, H, ws))
    assert [w.text for w in kept.words] == ["4", "2021", "Sökt", "belopp", "17"]


def test_generated_sheets_read_as_their_truth(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    from bilagor.extractor import extract_report
    from fixturegen.ctext41 import build_ctext41_forms

    for pdf in build_ctext41_forms(tmp_path, 3, 41):  # the three shapes: edges, a full grid, no gridlines
        truth = json.loads(pdf.with_name(pdf.stem + ".truth.json").read_text(encoding="utf-8"))
        record = extract_report(pdf, entities=False).to_dict()
        got = [(s["key"], s["text"]) for s in record["sections"]]
        assert got == [(s["key"], s["text"]) for s in truth["sections"]]
        assert record["title"] == truth["title"]


# As OCR reads the small grey headings of a scanned sheet (h42/f-ocrlayout): a letter lost or read in lower case,
# and row numbers read as other numbers or letters, which break the count.
_MISREAD = {"6": "5", "8": "a", "9": "a", "12": "go", "13": "18"}


def _as_ocr_read(pages: list[Page], letters: dict[str, str | None]) -> list[Page]:
    out = []
    for page in pages:
        ws = []
        for w in page.words:
            text: str | None = w.text
            if w.top < 80 and w.text in letters:
                text = letters[w.text]
            elif w.x1 <= COL_A and w.top > 80:
                text = _MISREAD.get(w.text, w.text)
            if text is not None:
                ws.append(Word(text, w.x0, w.x1, w.top, w.bottom, w.fontname, w.size))
        out.append(Page(page.number, page.width, page.height, ws, rules=page.rules))
    return out


@pytest.mark.parametrize("letters", [{}, {"A": None, "C": "c"}, {"D": None}])
@pytest.mark.parametrize("rows_a_page", [40, 14])
def test_a_sheet_as_ocr_reads_its_headings_reads_as_its_fields(
    letters: dict[str, str | None], rows_a_page: int
) -> None:
    pages = _as_ocr_read(_sheet(rows_a_page), letters)
    assert [(label, text) for label, text, _ in summary(lay_as_extractor(pages))] == WANT
    for page in pages:
        kept = without_sheet_headings(page)
        assert not [w for w in kept.words if w.x1 <= COL_A and 80 < w.top < 800]  # every row number, misread or not


def test_misread_row_numbers_go_and_the_labels_beside_them_stay() -> None:
    page = _as_ocr_read(_sheet(40), {"A": None})[0]
    kept = without_sheet_headings(page)
    gone = [w for w in page.words if w not in kept.words]
    assert {w.text for w in gone} >= {"a", "go", "5", "18", "B", "F"}
    # nothing else: the five letters left and one number a row (the title's row and the eighteen below it)
    assert len(gone) == 5 + 18
    assert all(w.x1 <= COL_A or w.top < 80 for w in gone)


def test_letters_out_of_order_or_without_row_numbers_stay() -> None:
    # one-letter words far apart but not in alphabetical order, over numbers that count on: not a sheet's heading
    ws = [w for k, t in enumerate("BDC") for w in _centred(t, 100 + 80 * k, 70)]
    ws += [w for k in range(1, 6) for w in words(str(k), 40, 90 + 14 * k)]
    page = Page(1, W, H, ws)
    assert without_sheet_headings(page) is page
    # in order but with no "A" and no row numbers under them
    lone = Page(1, W, H, [w for k, t in enumerate("bcd") for w in _centred(t, 100 + 80 * k, 70)])
    assert without_sheet_headings(lone) is lone


def test_a_dash_alone_on_a_numbered_row_goes_with_its_number() -> None:
    # a gridline's piece read as "—" on an empty row; a dash beside a label on its row is the row's text
    page = _as_ocr_read(_sheet(40), {"A": None})[0]
    empty = next(w for w in page.words if w.text == "4" and w.x1 <= COL_A)  # the row under "Namn på insats"
    labelled = next(w for w in page.words if w.text == "Sökt")
    ws = page.words + words("—", COL_A + 2, empty.top, SIZE, "") + words("—", COL_B + 2, labelled.top, SIZE, "")
    kept = without_sheet_headings(Page(1, W, H, ws))
    assert [w.top for w in kept.words if w.text == "—"] == [labelled.top]
