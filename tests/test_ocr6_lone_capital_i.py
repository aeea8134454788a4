"""Issue #12, sixth round: Tesseract reads the Swedish preposition "i" as a capital "I" in the
middle of a sentence ("möte I medborgarkontoret"); on a scan that changes a section's text.
A lone "I" between two lowercase words is "i"; at a sentence's start, beside a number or a
capital, it stays."""

from __future__ import annotations

from bilagor.extractor.ocr_misreads import mend_lone_capital_i


def test_a_lone_capital_i_between_lowercase_words_is_the_preposition():
    assert mend_lone_capital_i(["ett", "öppet", "möte", "I", "medborgarkontoret."]) == [
        "ett",
        "öppet",
        "möte",
        "i",
        "medborgarkontoret.",
    ]
    assert mend_lone_capital_i(["näringsidkare", "I", "området."]) == ["näringsidkare", "i", "området."]


def test_a_capital_i_at_a_sentence_start_or_beside_capitals_and_numbers_stays():
    assert mend_lone_capital_i(["I", "området", "finns"]) == ["I", "området", "finns"]
    assert mend_lone_capital_i(["klart.", "I", "området"]) == ["klart.", "I", "området"]
    assert mend_lone_capital_i(["etapp", "I", "2019"]) == ["etapp", "I", "2019"]
    assert mend_lone_capital_i(["Karl", "I", "Stockholm"]) == ["Karl", "I", "Stockholm"]
