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


HOCR = """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><body><div class='ocr_page' title='bbox 0 0 2480 3508'>
 <span class='ocr_line' title="bbox 300 600 1500 645; baseline 0 -9; x_size 48">
  <span class='ocrx_word' title='bbox 300 600 500 645; x_wconf 96'>mest</span>
  <span class='ocrx_word' title='bbox 520 600 700 645; x_wconf 96'>otrygga</span>
  <span class='ocrx_word' title='bbox 720 600 740 645; x_wconf 90'>I</span>
 </span>
 <span class='ocr_line' title="bbox 300 660 1500 705; baseline 0 -9; x_size 48">
  <span class='ocrx_word' title='bbox 300 660 560 705; x_wconf 93'>området.</span>
  <span class='ocrx_word' title='bbox 580 660 700 705; x_wconf 93'>Polisen</span>
 </span>
</div></body></html>"""


def test_a_lone_capital_i_at_a_line_end_is_mended_by_the_next_lines_first_word():
    from bilagor.extractor.ocr import words_from_hocr

    assert [w.text for w in words_from_hocr(HOCR, 300 / 72)] == ["mest", "otrygga", "i", "området.", "Polisen"]
