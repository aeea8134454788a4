"""Eighth round (f-scans): a footer's page number "1" read as a stroke is put back, on every OCR line."""

import pytest

from bilagor.extractor.ocr import mended_line


def _line(*texts: str) -> list[tuple[str, list[int]]]:
    return [(t, [100 + 80 * i, 3000, 160 + 80 * i, 3040]) for i, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        (("Sida", "I"), ["Sida", "1"]),
        (("Sida", "l", "(2)"), ["Sida", "1", "(2)"]),
        (("sida", "|", "av", "3"), ["sida", "1", "av", "3"]),
    ],
)
def test_a_page_numbers_one_read_as_a_stroke_is_one(read, meant):
    assert [t for t, _ in mended_line(_line(*read))] == meant


@pytest.mark.parametrize(
    "read",
    [
        ("Bilaga", "I"),  # a roman numeral stays
        ("Sida", "I", "området"),  # not a footer alone
        ("Sida", "2"),
    ],
)
def test_other_lines_are_left_as_read(read):
    assert [t for t, _ in mended_line(_line(*read))] == list(read)
