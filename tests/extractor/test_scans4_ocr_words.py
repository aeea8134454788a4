"""Fourth round of scan fixes (f-scans): OCR'd words of a line mended from their ink and neighbours."""

from __future__ import annotations

import pytest

import bilagor.extractor.ocr as ocr
from bilagor.extractor.ocr_dashes import dashes_by_width
from bilagor.extractor.ocr_marks import without_dust_after_marker, without_dust_marks
from bilagor.extractor.ocr_misreads import mend_district_name, mend_lone_capital_i

LETTER = 40  # pixels: "Uppföljning" below is 11 letters in 440 pixels


def _dash(text: str, width: int, height: int = 8) -> list[tuple[str, list[int]]]:
    return [
        ("Bilaga", [100, 100, 340, 160]),
        ("5", [360, 100, 390, 160]),
        (text, [410, 130, 410 + width, 130 + height]),
        ("Uppföljning", [500, 100, 940, 160]),
    ]


@pytest.mark.parametrize(
    ("read", "width", "meant"),
    [
        ("—", 46, "–"),  # an en dash Tesseract read as an em dash (1.16 letters wide)
        ("-", 41, "–"),  # an en dash read as a hyphen (1.02)
        ("-", 22, "-"),  # a hyphen (0.55) stays one
        ("–", 28, "-"),  # ... even when read as an en dash (0.7: a monospaced font's wide hyphen)
        ("-", 80, "—"),  # two letters wide: an em dash
    ],
)
def test_a_lone_dash_is_the_dash_its_width_says(read, width, meant):
    assert dashes_by_width(_dash(read, width))[2][0] == meant


def test_a_tall_mark_a_dash_inside_a_word_or_one_with_nothing_to_measure_by_is_left_as_read():
    assert dashes_by_width(_dash("—", 20, 70))[2][0] == "—"  # taller than wide: no dash
    words = [("e-tjänst", [100, 100, 300, 160]), ("2023–2024", [320, 100, 500, 160])]
    assert dashes_by_width(words) == words
    alone = [("5", [360, 100, 390, 160]), ("—", [410, 130, 456, 138])]
    assert dashes_by_width(alone) == alone


TITLE_HOCR = """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><body><div class='ocr_page' title='bbox 0 0 2480 3508'>
 <span class='ocr_line' title="bbox 300 200 1500 260; baseline 0 -9; x_size 60">
  <span class='ocrx_word' title='bbox 300 200 480 260; x_wconf 95'>Bilaga</span>
  <span class='ocrx_word' title='bbox 500 200 530 260; x_wconf 95'>5</span>
  <span class='ocrx_word' title='bbox 550 228 584 236; x_wconf 90'>—</span>
  <span class='ocrx_word' title='bbox 600 200 900 260; x_wconf 95'>Uppföljning</span>
 </span>
</div></body></html>"""


def test_ocr_lines_get_their_dashes_by_width():
    assert [w.text for w in ocr.words_from_hocr(TITLE_HOCR, 300 / 72)] == ["Bilaga", "5", "–", "Uppföljning"]


def test_a_lone_capital_i_after_a_capitalised_word_on_its_line_is_the_preposition():
    assert mend_lone_capital_i(["Trygghetskameror", "I", "samverkan", "med"]) == [
        "Trygghetskameror",
        "i",
        "samverkan",
        "med",
    ]
    assert mend_lone_capital_i(["Fastighetsägare", "I", "området"], {0}) == ["Fastighetsägare", "i", "området"]


@pytest.mark.parametrize(
    ("texts", "starts"),
    [
        (["Bakgrund", "I", "området", "finns"], {0, 1}),  # "I" starts a line under a heading: a sentence
        (["BILAGA", "I", "avser"], {0}),  # capitals before it
        (["Etapp", "I", "och", "II"], {0}),  # a numeral
        (["Klart.", "I", "området"], {0}),  # a sentence's start
    ],
)
def test_a_capital_i_that_starts_a_sentence_or_counts_is_kept(texts, starts):
    assert mend_lone_capital_i(texts, starts) == texts


def test_a_dust_stop_between_lowercase_words_is_taken_off():
    assert without_dust_marks(["har", "överlämnats.", "till", "trafikkontoret"]) == [
        "har",
        "överlämnats",
        "till",
        "trafikkontoret",
    ]


@pytest.mark.parametrize(
    "texts",
    [
        ["överlämnats.", "Driften"],  # a sentence ends
        ["inkl.", "moms"],  # an abbreviation
        ["förvaltningen."],  # the line's end
    ],
)
def test_a_real_full_stop_is_kept(texts):
    assert without_dust_marks(texts) == texts


def test_a_dust_colon_inside_a_sentence_is_a_full_stop():
    assert without_dust_marks(["beviljades", "3", "500", "tkr:", "De", "upparbetade"])[3] == "tkr."
    assert without_dust_marks(["under", "projekttiden:", "Synpunkter", "som"])[1] == "projekttiden."


@pytest.mark.parametrize(
    "texts",
    [
        ["Syfte:", "Bättre", "belysning"],  # a label starts its line
        ["Insatsen", "omfattar:", "1)", "Solpaneler"],  # a list
        ["omfattar:", "Solpaneler"],  # the line's first word
        ["omfattar:", "LED"],
    ],
)
def test_a_colon_before_a_list_or_after_a_label_is_kept(texts):
    assert without_dust_marks(texts) == texts


def test_a_lone_one_between_lowercase_words_is_the_preposition():
    assert mend_lone_capital_i(["tas", "1", "drift", "förrän"]) == ["tas", "i", "drift", "förrän"]
    assert mend_lone_capital_i(["fritidsgårdar", "1", "närheten"]) == ["fritidsgårdar", "i", "närheten"]


@pytest.mark.parametrize(
    "texts",
    [["köptes", "1", "st", "till"], ["summa", "1", "000"], ["Punkt", "1", "avser"], ["enligt", "punkt", "1", "ovan"]],
)
def test_a_one_that_counts_is_kept(texts):
    assert mend_lone_capital_i(texts) == texts


@pytest.mark.parametrize(
    "texts",
    [
        ["Geografisk", "plats", "för", "investering:", "Sätra", "bollplan"],  # a run-in label
        ["Eventuell", "samverkan:", "Trafikkontoret", "och"],
    ],
)
def test_a_run_in_labels_colon_is_kept(texts):
    assert without_dust_marks(texts) == texts


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("Ernskede-Årsta-Vantörs", "Enskede-Årsta-Vantörs"),  # a letter too many in one piece
        ("(Kungsholrnen", "(Kungsholmen"),
        ("Skärholrnens", "Skärholmens"),
        ("Hägersten-Alvsjö", "Hägersten-Älvsjö"),  # a fax's 98 dpi lost the ring (f-scans, seventeenth round)
        ("Vantors", "Vantörs"),
    ],
)
def test_a_district_name_a_letter_off_is_mended(read, meant):
    assert mend_district_name(read) == meant


@pytest.mark.parametrize(
    "word",
    ["Enskede-Årsta-Vantörs", "Farstavägen", "Bromma", "samverkan", "Skolgården", "Vällingbyskolan", "ÄLVSJÖ"],
)
def test_district_names_and_other_words_are_kept(word):
    assert mend_district_name(word) == word


def _words(*texts: str) -> list[tuple[str, list[int]]]:
    return [(t, [100 + 300 * i, 100, 100 + 300 * i + 20 * len(t), 140]) for i, t in enumerate(texts)]


def test_dust_beside_a_stage_marker_alone_on_its_line_is_dropped():
    assert [t for t, _ in without_dust_after_marker(_words("Slutredovisning", "5;"))] == ["Slutredovisning"]


@pytest.mark.parametrize(
    "texts", [("Slutredovisning", "2018"), ("Delredovisning", "av"), ("Kostnad", "5;"), ("Slutredovisning",)]
)
def test_a_marker_with_a_year_or_a_word_or_another_line_is_kept(texts):
    assert [t for t, _ in without_dust_after_marker(_words(*texts))] == list(texts)
