"""The "Dnr" before a diarienummer in the small type above a scanned form, misread ("Dn: 9.1-767-2018"):
the year in it, often the only one the page gives, was lost and the PDF's scan date taken (issue #12)."""

from __future__ import annotations

import pytest

from bilagor.extractor import ocr
from bilagor.extractor.metadata import year_from_file_number


def line(*texts):
    return [(text, [100 * n, 10, 100 * n + 80, 30]) for n, text in enumerate(texts)]


@pytest.mark.parametrize("misread", ["Dn:", "Dn", "Dm", "Onr", "dn.", "Dar", "Dor", "Dnt"])
@pytest.mark.parametrize("number", ["9.1-767-2018", "2.3.7-575-2014", "2018/123"])
def test_a_misread_dnr_before_a_file_number_is_dnr_and_gives_its_year(misread, number):
    mended = ocr.mended_line(line(misread, number))
    assert [text for text, _ in mended] == ["Dnr", number]
    assert year_from_file_number([" ".join(text for text, _ in mended)]) == int(
        number[-4:] if "-" in number else number[:4]
    )


@pytest.mark.parametrize(
    "texts",
    [
        ("Dn:", "ansökan"),
        ("Dm", "2018"),
        ("Du", "9.1-767-2018"),
        ("Dnr:", "9.1-767-2018"),
        ("Dar", "ansökan"),
        ("Den", "9.1-767-2018"),
        ("Dag", "9.1-767-2018"),
    ],
)
def test_other_words_stay(texts):
    assert [text for text, _ in ocr.mended_line(line(*texts))] == list(texts)
