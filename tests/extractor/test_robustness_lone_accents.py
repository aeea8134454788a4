"""OCR'd text with a lone spacing accent among its words ("¨", "´", "¸": a glyph chart's, pdf-lib's
standard_fonts_demo read with OCR, bench/robustness.py h28) failed the whole file as an internal error in the
search for misread Word placeholders: the accent folds to a space, and the run of words split again was one
word longer than the placeholder it was compared with."""

from __future__ import annotations

import pytest

from bilagor.extractor.text import remove_placeholders


@pytest.mark.parametrize("accent", ["¨", "´", "¸", "¯", "˜"])
def test_a_lone_accent_among_ocr_words_is_kept_without_an_error(accent):
    text = f"Klicka {accent} här för att ange text {accent} och mer"
    assert remove_placeholders(text, misread=True) == text


def test_a_misread_placeholder_is_still_taken_out():
    assert remove_placeholders("Svar: Klicka hår för att ange text. Nästa", misread=True) == "Svar: Nästa"
