"""A scan's own OCR layer is mended as our OCR's words are (ocr.mended_line / mended_word): one
place for the line mends, so a mend made for our OCR reaches the layer too (lead's review)."""

from bilagor.extractor.ocr_layer import layer_words
from bilagor.extractor.words import Word


def _line(texts: list[str], top: float = 100.0) -> list[Word]:
    words, x = [], 60.0
    for text in texts:
        width = 6.0 * len(text)
        words.append(Word(text, x, x + width, top, top + 11.0, "GlyphLessFont", 10.0))
        x += width + 4.0
    return words


def test_dust_beside_a_stage_marker_is_dropped_in_an_ocr_layer():
    words = layer_words(_line(["Projektnamn", "Belysning", "vid", "torget"]) + _line(["Slutredovisning", "”;"], 130.0))
    assert [w.text for w in words if w.top > 120] == ["Slutredovisning"]


def test_a_district_name_a_letter_off_is_mended_in_an_ocr_layer():
    words = layer_words(_line(["Stadsdelsnämnd", "Kungsholrnen"]))
    assert [w.text for w in words] == ["Stadsdelsnämnd", "Kungsholmen"]


def test_a_lone_capital_i_is_the_preposition_in_an_ocr_layer_too():
    # The eighth round (f-scans): our OCR's words had this mend, the layer's did not.
    words = layer_words(_line(["Trygghetskameror", "I", "samverkan", "med", "polisen"]))
    assert [w.text for w in words] == ["Trygghetskameror", "i", "samverkan", "med", "polisen"]


def test_a_line_starting_with_a_capital_i_under_a_heading_keeps_it_in_an_ocr_layer():
    words = layer_words(_line(["Bakgrund"]) + _line(["I", "området", "finns", "en", "park"], 130.0))
    assert [w.text for w in words if w.top > 120][0] == "I"
