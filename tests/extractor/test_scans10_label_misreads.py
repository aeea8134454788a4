"""A short label misread on a scan ("piats" for "Plats", "Telefom"): too short for the word mender and the
layout's near-miss test, so the row's answer went into the section above (issue #12). OCR lines of
(text, pixel box) words; a label is at the line's start with the column gap after it."""

from __future__ import annotations

import pytest

from bilagor.extractor import ocr


def line(*placed):
    """(text, x) words of one line, 30 px high, each 60 px wide."""
    return [(text, [x, 100, x + 60, 130]) for text, x in placed]


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ([("piats", 100), ("Axelsbergs", 500), ("torg", 570)], ["Plats", "Axelsbergs", "torg"]),
        ([("Telefom", 100), ("08-508", 500)], ["Telefon", "08-508"]),
        ([("Kontaktpersom:", 100)], ["Kontaktperson:"]),
        ([("E-posi", 100), ("anna.ek@stockholm.se", 500)], ["E-post", "anna.ek@stockholm.se"]),
        ([("Sökt", 100), ("beiopp", 170), ("225", 500), ("tkr", 570)], ["Sökt", "belopp", "225", "tkr"]),
    ],
)
def test_a_label_a_letter_off_before_the_column_gap_is_that_label(read, meant):
    assert [text for text, _ in ocr.mended_line(line(*read))] == meant


@pytest.mark.parametrize(
    "read",
    [
        [("piats", 100), ("vid", 170), ("torget", 240)],  # no column gap: words of a sentence
        [("plats.", 100)],  # the word itself ending a line of prose
        [("Platsen", 100), ("Axelsbergs", 500)],  # another word, two letters off
        [("Plan", 100), ("för", 500)],
        [("Kontaktperson", 100), ("Anna", 500)],
    ],
)
def test_other_line_starts_stay(read):
    assert [text for text, _ in ocr.mended_line(line(*read))] == [text for text, _ in read]
