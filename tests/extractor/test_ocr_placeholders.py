"""Issue #12, twentieth round (second pass): Word's placeholder misread on a scan (its full stop lost, a letter
wrong) is an empty field, not its answer, on an OCR'd page; a sentence that only starts like it stays, and a text
layer's placeholder is matched exactly."""

from __future__ import annotations

import pytest

from bilagor.extractor.api import fill_report
from bilagor.extractor.record import Report
from bilagor.extractor.text import remove_placeholders
from bilagor.extractor.words import Page, Word


@pytest.mark.parametrize(
    "read",
    [
        "Klicka här för att ange text",  # its full stop lost
        "Klicka hår för att ange tcxt.",  # letters misread
        "Kiicka eller tryck här för att ange text",
    ],
)
def test_a_misread_placeholder_is_an_empty_answer_on_an_ocrd_page(read):
    assert remove_placeholders(read, misread=True) == ""
    assert remove_placeholders(read) == read  # a text layer's placeholder is matched exactly


@pytest.mark.parametrize(
    ("read", "kept"),
    [
        ("Klicka här för att ange text om projektets mål.", "Klicka här för att ange text om projektets mål."),
        ("Klicka här för att ange tid.", "Klicka här för att ange tid."),  # a word read wholly else
        ("Klicka har för att ange text Projektet startade i maj.", "Projektet startade i maj."),
        ("Se bilaga. Klicka här för att ange text", "Se bilaga."),
    ],
)
def test_only_a_sentence_that_is_the_placeholder_goes(read, kept):
    assert remove_placeholders(read, misread=True) == kept


def _page(fontname: str) -> Page:
    """A form's page of two labels and their answers, the first answer Word's placeholder read without its stop."""
    rows = [
        ("Projektnamn", "Klicka här för att ange text"),
        ("Kontaktperson", "Anna Berg, trygghetssamordnare"),
    ]
    words = []
    for n, (label, answer) in enumerate(rows):
        top = 100 + 30 * n
        x = 60.0
        for word in label.split():
            words.append(Word(word, x, x + 6 * len(word), top, top + 11, fontname, 11))
            x += 6 * len(word) + 4
        x = 250.0
        for word in answer.split():
            words.append(Word(word, x, x + 6 * len(word), top, top + 11, fontname, 11))
            x += 6 * len(word) + 4
    return Page(1, 595, 842, words)


def _report(*, ocr: bool) -> Report:
    return Report(id="0", paths=[], filename="form.pdf", pages=1, ocr=ocr, extractor_version="test")


def test_the_report_drops_a_misread_placeholder_only_from_an_ocrd_page():
    scanned = fill_report(_report(ocr=True), [_page("")])
    printed = fill_report(_report(ocr=False), [_page("Calibri")])
    answers = {s.key: s.text for s in scanned.sections}
    assert answers["projektnamn"] == ""
    assert answers["kontaktperson"] == "Anna Berg, trygghetssamordnare"
    assert {s.key: s.text for s in printed.sections}["projektnamn"] == "Klicka här för att ange text"
