"""Scans, third round: OCR'd words mended before layout (issue #12).

Dust read as tiny letters, marks glued to a word's front, border remains read
as "=-", and amounts whose thousands space Tesseract lost. Only OCR'd words go
through these steps; text-layer words keep their font name and are never changed.
"""

from __future__ import annotations

import pytest

import bilagor.extractor.ocr as ocr
from bilagor.extractor.layout.lines import without_specks
from bilagor.extractor.ocr_marks import without_dust_letters, without_dust_marks
from bilagor.extractor.ocr_misreads import mend_misread
from bilagor.extractor.ocr_numbers import regrouped_thousands
from bilagor.extractor.words import Page, Word

X_SIZE = 34  # px: an 11 pt line's x-height at 300 dpi, as Tesseract reports it


def _line(*texts: str, height: int = 34) -> list[tuple[str, list[int]]]:
    """(text, box) words of one line at 300 dpi: 18 px per character, a 25 px space."""
    out, x = [], 100
    for text in texts:
        out.append((text, [x, 500, x + 18 * len(text), 500 + height]))
        x += 18 * len(text) + 25
    return out


def test_dust_read_as_a_tiny_letter_or_digit_is_dropped():
    # From a seed-9001 scan: "Syfte och mål" + "el" (8 x 8 px), "4" (8 x 7 px) before "Slutredovisning".
    line = _line("Syfte", "och", "mål") + [("el", [1947, 557, 1955, 565])]
    assert [t for t, _ in without_dust_letters(line, X_SIZE)] == ["Syfte", "och", "mål"]
    marker = [("4", [760, 724, 768, 731]), ("Slutredovisning", [991, 720, 1343, 753])]
    assert [t for t, _ in without_dust_letters(marker, X_SIZE)] == ["Slutredovisning"]


def test_small_real_words_and_punctuation_are_kept():
    # "i" is narrow but as tall as the x-height; "1" is narrow; a spaced dash is left to the punctuation steps.
    line = [
        ("i", [100, 500, 108, 534]),
        ("1", [130, 490, 140, 534]),
        ("-", [160, 515, 172, 519]),
        ("på", [190, 500, 230, 545]),
    ]
    assert without_dust_letters(line, X_SIZE) == line
    assert without_dust_letters(line, 0) == line  # no x-height reported: nothing to measure against


@pytest.mark.parametrize(
    ("line", "meant"),
    [
        (["det", "lättare", ".att", "ingripa"], ["det", "lättare", "att", "ingripa"]),  # a stop before a word
        (["Kostnader", "och", ".finansiering"], ["Kostnader", "och", "finansiering"]),
        (["<:Klicka", "här"], ["Klicka", "här"]),  # a bracket and colon before a word
        (['1."Beskrivning', "(mål"], ["1. Beskrivning", "(mål"]),  # a quote between a number and a word
    ],
)
def test_marks_glued_to_a_words_front_are_taken_off(line, meant):
    assert without_dust_marks(line) == meant


@pytest.mark.parametrize(
    "line",
    [
        ["stockholm.se"],
        ["...och", "mer"],  # an ellipsis (three stops) is writing
        ["Kl.", "10"],
        [":-", "kr"],
    ],
)
def test_other_leading_marks_are_kept(line):
    assert without_dust_marks(line) == line


@pytest.mark.parametrize(
    ("texts", "meant"),
    [
        (("2930", "000"), ["2", "930", "000"]),  # from a seed-9001 scan: "2 930 000"
        (("Budget", "1500", "000", "000", "kr"), ["Budget", "1", "500", "000", "000", "kr"]),
        (("2018", "300", "kr"), ["2", "018", "300", "kr"]),  # a currency after it: an amount
        (("2930", "000,", "och"), ["2", "930", "000,", "och"]),
    ],
)
def test_a_four_digit_group_before_three_digit_groups_is_split(texts, meant):
    assert [t for t, _ in regrouped_thousands(_line(*texts))] == meant


@pytest.mark.parametrize(
    "texts",
    [
        ("Under", "2018", "300", "timmar"),  # a year, then a number
        ("2930", "00"),
        ("12345", "000"),
        ("08-508", "72", "734"),
        ("Sida", "1000"),
    ],
)
def test_other_numbers_are_kept(texts):
    assert [t for t, _ in regrouped_thousands(_line(*texts))] == list(texts)


def test_a_split_keeps_the_words_within_the_first_box():
    (first, a), (rest, b), _ = regrouped_thousands(_line("2930", "000"))
    original = _line("2930")[0][1]
    assert (first, rest) == ("2", "930")
    assert a[0] == original[0] and b[2] == original[2] and a[2] == b[0]


MONEY_HOCR = """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><body><div class='ocr_page' title='bbox 0 0 2480 3508'>
 <span class='ocr_line' title="bbox 1037 586 1250 620; baseline 0 -7; x_size 34">
  <span class='ocrx_word' title='bbox 1037 586 1140 620; x_wconf 90'>2930</span>
  <span class='ocrx_word' title='bbox 1162 586 1225 620; x_wconf 92'>000</span>
  <span class='ocrx_word' title='bbox 1500 600 1508 607; x_wconf 12'>n</span>
 </span>
</div></body></html>"""


def test_ocr_lines_go_through_both_steps():
    assert [w.text for w in ocr.words_from_hocr(MONEY_HOCR, 300 / 72)] == ["2", "930", "000"]


def test_border_remains_read_as_dashed_marks_are_dropped_from_ocr_words_only():
    words = [Word("centrum", 470, 515, 83, 94), Word("=-", 518, 528, 86, 90), Word("-", 530, 534, 86, 90)]
    assert [w.text for w in without_specks(Page(1, 595.0, 842.0, words)).words] == ["centrum", "-"]
    typed = [Word("=-", 518, 528, 86, 90, "Helvetica", 11)]
    assert [w.text for w in without_specks(Page(1, 595.0, 842.0, typed)).words] == ["=-"]


@pytest.mark.parametrize(
    ("read", "meant"),
    [("Siutredovisning", "Slutredovisning"), ("S1utredovisning", "Slutredovisning"), ("Siutresultat", "Slutresultat")],
)
def test_l_read_as_i_or_1_in_a_form_words_first_letters_is_mended(read, meant):
    assert mend_misread(read) == meant


@pytest.mark.parametrize("word", ["Situationen", "Sitredovisning", "Siutredovisningen"])
def test_words_further_off_are_kept(word):
    assert mend_misread(word) == word
