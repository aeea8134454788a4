"""Issue #12, thirty-third round (h38/f-ocrlayout): an OCR'd questionnaire, each label a numbered question with a
line of drawn "Ja" / "Nej" tick boxes under it. Tesseract reads a box glued to its word ("OJa", "mJa", "COJa",
"ONej"), a marked box as letters ("HM", "mA") and the question's small number as a mark ("•") or a lone capital
("N"): the tick lines opened every answer and the question read as a list item of the answer before. Hand-made
words (no font name, as Tesseract's)."""

from __future__ import annotations

import pytest

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.ticklines import strip_tick_lines
from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import lay_as_extractor, summary

FIELDS = [
    ("Namn på insats", "Gallring av sly vid dammen i Rågsved"),
    ("Sökt belopp", "460 000 kr"),
    ("Sökande nämnd", "Enskede-Årsta-Vantör stadsdelsnämnd"),
    ("Kontaktperson", "Karin Berg på stadsdelsförvaltningen"),
    ("Telefon", "08-508 12 345"),
]


def _ocr(ws: list[Word]) -> list[Word]:
    return [Word(w.text, w.x0, w.x1, w.top, w.bottom, "", w.size) for w in ws]


def _questionnaire(ticks: list[str], numbers: list[str]) -> Page:
    """An OCR'd page: numbered questions, a tick line under each (as `ticks[k]` reads), the answer indented."""
    ws = _ocr(words("Bilaga 5b Ansökan om investeringsmedel", 57, 60, 14))
    top = 130.0
    for k, (label, answer) in enumerate(FIELDS):
        number = numbers[k % len(numbers)]
        ws += _ocr(words(f"{number} {label}".strip(), 57, top, 10))
        ws += _ocr(words(ticks[k % len(ticks)], 69, top + 15, 10))
        ws += _ocr(words(answer, 70, top + 33, 10))
        top += 60
    return Page(1, 595.0, 842.0, ws)


@pytest.mark.parametrize(
    "ticks",
    [
        ["OJa HM Nej", "mJa CO Nej", "COJa ONej", "BmJa ONej", "DO Ja Nej"],  # boxes glued, a marked box as letters
        ["Oja ONej", "OJa mA Nej"],
    ],
)
def test_ocr_tick_lines_with_glued_boxes_are_no_part_of_the_answers(ticks: list[str]) -> None:
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([_questionnaire(ticks, ["1."])]))]
    assert [text for _, text in got] == [answer for _, answer in FIELDS]


@pytest.mark.parametrize("numbers", [["•"], ["N", "•", "«"]])
def test_a_question_number_misread_as_a_mark_opens_no_list_item(numbers: list[str]) -> None:
    layout = lay_as_extractor([_questionnaire(["OJa HM Nej", "mJa ONej"], numbers)])
    got = [(label, text) for label, text, _ in summary(layout)]
    assert got == FIELDS


def _lines(texts: list[str]) -> list[Line]:
    return [Line(1, _ocr(words(t, 50, 100 + 14 * k, 10))) for k, t in enumerate(texts)]


def test_a_name_ending_in_ja_is_no_glued_box() -> None:
    page = Page(1, 595.0, 842.0, [])
    names = _lines(["Maja Nej", "Svaret", "Sonja Nej", "Mer"])  # a word of its own, not a box and "ja"
    assert [ln.text for ln in strip_tick_lines([page], [names])[1][0]] == ["Maja Nej", "Svaret", "Sonja Nej", "Mer"]
    ticked = _lines(["■Ja ONej", "Svaret", "OJa ■Nej", "Mer"])  # the marked box a character: the answer is there
    assert [ln.text for ln in strip_tick_lines([page], [ticked])[1][0]] == ["■Ja ONej", "Svaret", "OJa ■Nej", "Mer"]


def test_a_question_keeps_a_first_word_that_is_a_word() -> None:
    page = Page(1, 595.0, 842.0, [])
    lines = _lines(["I vilket område?", "OJa ONej", "Svaret", "Ev samverkan", "mJa ONej", "Mer"])
    assert [ln.text for ln in strip_tick_lines([page], [lines])[1][0]] == [
        "I vilket område?",
        "Svaret",
        "Ev samverkan",
        "Mer",
    ]
