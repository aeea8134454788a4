"""A scanner's poor OCR layer told by spellings no Swedish word has (twenty-ninth round, h34/f-ocrlayout, issue #12):
an e or h read as c, a zero read as a letter among figures. Real words with c, names and codes are not."""

from __future__ import annotations

from bilagor.extractor.ocr_layer import misspelt_words, untrusted_layers
from bilagor.extractor.words import Page
from factories import words


def test_an_e_or_h_read_as_c_and_a_zero_read_as_a_letter_are_misspellings():
    found = misspelt_words(["stadsdclsnämnd", "torgct", "godkändcs.", "ocb", "cn", "2,554,0O0och", "20l4."])
    assert found == ["stadsdclsnämnd", "torgct", "godkändcs.", "ocb", "cn", "2,554,0O0och", "20l4."]


def test_real_swedish_and_loan_words_with_c_are_not_misspellings():
    real = ["och", "checklista", "schema", "cykel", "centrum", "accepterar", "succé", "vacker", "Ericsson"]
    real += ["projekt", "cirka", "Coop", "PwC", "SEK", "2023-10-01", "08-508", "E4", "c/o"]
    assert misspelt_words(real) == []


def _layer(number: int, text: str, ocr_layer: bool = True) -> Page:
    page = Page(number, 595.0, 842.0, words(text, 56, 100, size=10.0, font=""), [], [(0, 0, 595, 842)])
    page.ocr_layer = ocr_layer
    return page


def test_a_layer_with_two_misspellings_is_read_by_our_ocr_a_born_digital_page_never_judged():
    text = "Projektnamn Belysning vid torgct Plats Hässelby stadsdclsnämnd Resultat Bra."
    assert untrusted_layers([_layer(1, text)]) != {}
    assert untrusted_layers([_layer(1, text.replace("torgct", "torget").replace("dcl", "del"))]) == {}
    assert untrusted_layers([_layer(1, text, ocr_layer=False)]) == {}
