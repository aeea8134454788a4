"""Issue #12, thirty-fifth round (h40/f-ocrlayout2): a scan's comb rows after the pixel step (comb_walls). On a
faded or blurred scan the step may miss a wall at a comb's start or among the empty cells padding the row, and
Tesseract reads the rest as a stroke glued before the answer's first figure ("|2 417 000") or as capitals far out
in the empty cells ("2 288 000 kr FS"): the answer kept them. Hand-made OCR'd words (no font name, as
Tesseract's) on a form of labels alone over their answers; controls: the same row with a text layer, an ordinary
OCR'd line with "l", "I" and "|" in it, a unit standing apart.
"""

from __future__ import annotations

import pytest

from bilagor.extractor.layout.ocrcombs import without_comb_debris
from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import lay_as_extractor, summary

SIZE = 11.9


def _ocr(ws: list[Word]) -> list[Word]:
    return [Word(w.text, w.x0, w.x1, w.top, w.bottom, "", w.size) for w in ws]


def _form(amount: str, debris: str, *, font: str = "") -> Page:
    """Labels alone over their answers; the amount's comb row with `debris` far out in its empty cells."""
    fields = [("Namn på insats", "Röjning runt motionsspåret vid Lill-Jansskogen"), ("Sökt belopp", amount)]
    fields += [("Sökande nämnd", "Östermalms stadsdelsnämnd"), ("Kontaktperson", "Torbjörn Demir")]
    ws: list[Word] = words("Bilaga 5b Ansökan om investeringsmedel för trygghetsskapande åtgärder", 57, 88, 15.0)
    top = 140.0
    for label, answer in fields:
        ws += words(label, 57, top, SIZE)
        ws += words(answer, 57, top + 15.0, SIZE)
        if label == "Sökt belopp" and debris:
            ws += words(debris, 212, top + 15.0, SIZE)
        top += 48.0
    if not font:
        ws = _ocr(ws)
    return Page(1, 595.0, 842.0, ws)


def _answers(page: Page) -> dict[str, str]:
    return {label: text for label, text, _ in summary(lay_as_extractor([page]))}


@pytest.mark.parametrize(
    ("amount", "debris"), [("|2 417 000", ""), ("2 288 000 kr", "FS"), ("2 288 000 kr", "MH |"), ("]3 300 kr", "LJ")]
)
def test_an_ocr_comb_rows_wall_pieces_leave_its_answer(amount: str, debris: str) -> None:
    # fails without without_comb_debris: the answer read "|2 417 000", "2 288 000 kr FS" (seen)
    got = _answers(_form(amount, debris))
    assert got["Sökt belopp"] == amount.lstrip("|]")
    assert got["Kontaktperson"] == "Torbjörn Demir"


def test_a_text_layers_words_are_left_as_they_are() -> None:
    page = _form("2 288 000 kr", "FS", font="Helvetica")
    assert without_comb_debris(page) is page


@pytest.mark.parametrize(
    "line",
    [
        "Insatsen följs upp av I Lindström och | Ahlberg",  # strokes among words, no figure after them
        "Projektet leds av Alla Stockholms skolor AB",  # capitals close to the word before
        "[2] Projektets namn",  # a bracketed field number
    ],
)
def test_ordinary_ocr_lines_keep_their_words(line: str) -> None:
    ws = _ocr(words(line, 57, 300, SIZE))
    page = Page(1, 595.0, 842.0, ws)
    assert [w.text for w in without_comb_debris(page).words] == [w.text for w in ws]


def test_a_specks_letters_after_a_speck_stay() -> None:
    # a fibre read as "-" and another far right as "SR": no answer's words for this step
    ws = _ocr(words("Plats -", 57, 300, SIZE) + words("SR", 400, 300, SIZE))
    assert [w.text for w in without_comb_debris(Page(1, 595.0, 842.0, ws)).words] == ["Plats", "-", "SR"]


def test_a_unit_far_out_on_an_ocr_line_stays() -> None:
    ws = _ocr(words("Budgeten var 2 288 000", 57, 300, SIZE) + words("SEK", 400, 300, SIZE))
    assert [w.text for w in without_comb_debris(Page(1, 595.0, 842.0, ws)).words][-1] == "SEK"
