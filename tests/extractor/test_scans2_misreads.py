"""OCR misreads of the forms' own words are mended; other words, and text layers, are not."""

from __future__ import annotations

import pytest

import bilagor.extractor.ocr as ocr
from bilagor.extractor.api import fill_report
from bilagor.extractor.ocr_marks import joined_emails, without_dust_marks
from bilagor.extractor.ocr_misreads import mend_misread
from bilagor.extractor.record import Report
from bilagor.extractor.words import Page, Word


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("Slutredovisnring", "Slutredovisning"),  # a letter too many
        ("Delredovisnlng.", "Delredovisning."),  # l for i, the full stop kept
        ("Genomfôrande", "Genomförande"),  # a wrong accent
        ("Avvikelsér:", "Avvikelser:"),
        ("SLUTREDOVISNRING", "SLUTREDOVISNING"),
        ("atgärder", "åtgärder"),  # a title word whose ring a fax's 98 dpi lost (f-scans, seventeenth round)
        ("Ekonomlskt", "Ekonomiskt"),
        ("trygghetsinvesterihg", "trygghetsinvestering"),  # a title word, a long one: only its last letter must match
    ],
)
def test_a_form_word_a_letter_off_is_mended(read, meant):
    assert mend_misread(read) == meant


@pytest.mark.parametrize(
    "word",
    [
        "slutredovisnings",  # another ending is another word, not a misread
        "projektens",
        "avvikelsen",
        "ekonomiska",
        "trygghetsinvesteringarna",
        "åtgärderna",
        "åtgärden",
        "redovisningen",
        "Genomförandet",
        "beskrivningar",
        "Kontaktpersonen",
        "Slutredovisning",
        "budget",
        "Hornstull",  # right already, or no form word near
        "Projektnarnn",  # two letters off in a twelve-letter word: too far here (the label matcher takes it)
    ],
)
def test_other_words_are_kept(word):
    assert mend_misread(word) == word


HOCR = """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><body><div class='ocr_page' title='bbox 0 0 2480 3508'>
 <span class='ocr_line' title="bbox 300 600 1500 645; baseline 0 -9; x_size 48">
  <span class='ocrx_word' title='bbox 300 600 900 645; x_wconf 80'>Slutredovisnring</span>
 </span>
</div></body></html>"""


def test_ocr_words_are_mended_so_a_misread_stage_marker_is_one():
    words = ocr.words_from_hocr(HOCR, 300 / 72)
    assert [w.text for w in words] == ["Slutredovisning"]


def _report(words):
    page = Page(
        1,
        595.0,
        842.0,
        [
            Word("Bilaga 3 Uppföljning", 70, 200, 60, 74, "Helvetica-Bold", 14),
            *words,
            Word("Projektnamn", 70, 140, 120, 131, "Helvetica-Bold", 11),
            Word("Parklek", 200, 240, 120, 131, "Helvetica", 11),
        ],
    )
    return fill_report(Report(id="x", paths=[], filename="x.pdf", pages=1, ocr=False, extractor_version="6"), [page])


def test_a_text_layer_is_not_mended():
    # The same misspelling in a text layer is what the author wrote: no stage is read from it.
    misspelt = _report([Word("Slutredovisnring", 70, 160, 90, 101, "Helvetica", 11)])
    right = _report([Word("Slutredovisning", 70, 160, 90, 101, "Helvetica", 11)])
    assert right.stage == "slutredovisning"
    assert misspelt.stage is None


@pytest.mark.parametrize(
    ("line", "meant"),
    [
        (["Bilaga'5", "-", "Uppföljning"], ["Bilaga 5", "-", "Uppföljning"]),  # dust between word and number
        (["Skarpnäcks", "stadsdelsförvaltning”"], ["Skarpnäcks", "stadsdelsförvaltning"]),  # a lone quote
        (['"Sida', "1", "(1)"], ["Sida", "1", "(1)"]),
        (["-Upprustning", "av"], ["Upprustning", "av"]),  # a dash glued to a capitalised word
        (["torg,.Norra", "innerstadens"], ["torg, Norra", "innerstadens"]),  # comma and stop run together
    ],
)
def test_dust_read_as_punctuation_is_taken_off_ocr_words(line, meant):
    assert without_dust_marks(line) == meant


@pytest.mark.parametrize(
    "line",
    [
        ["”Trygg", "i", "Stockholm”"],  # quotes with their partner on the line are writing
        ["Utfallet", "blev", "2,6", "mnkr."],
        ["1990-talet", "-", "Bilaga", "5"],
        ["Sida", "1", "(1)"],
    ],
)
def test_real_punctuation_is_kept(line):
    assert without_dust_marks(line) == line


DUSTY_HOCR = """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><body><div class='ocr_page' title='bbox 0 0 2480 3508'>
 <span class='ocr_line' title="bbox 300 600 1500 645; baseline 0 -9; x_size 48">
  <span class='ocrx_word' title='bbox 300 600 700 645; x_wconf 80'>Bilaga'5</span>
  <span class='ocrx_word' title='bbox 750 600 1400 645; x_wconf 80'>-Uppföljning</span>
 </span>
</div></body></html>"""


def test_ocr_lines_lose_their_dust_marks():
    assert [w.text for w in ocr.words_from_hocr(DUSTY_HOCR, 300 / 72)] == ["Bilaga 5", "Uppföljning"]


BOX = [0, 0, 10, 10]


@pytest.mark.parametrize(
    ("line", "meant"),
    [
        (["E-post", "oskar.", "karlsson", "Q", "stockholm.se"], ["E-post", "oskar.karlsson@stockholm.se"]),
        (["oskar.obergÖ", "stockholm.se"], ["oskar.oberg@stockholm.se"]),
        (["anna.akesson(Å", "stockholm.se"], ["anna.akesson@stockholm.se"]),  # "@" read as two marks
        (["per.holm(ÖQ", "stockholm.se"], ["per.holm@stockholm.se"]),
        (["anna.akesson(Åstockholm.se"], ["anna.akesson@stockholm.se"]),
        (["till", "Östermalm.se"], ["till", "Östermalm.se"]),  # a capital starting a word is a letter
        (["läs", "mer", "på", "stockholm.se"], ["läs", "mer", "på", "stockholm.se"]),
    ],
)
def test_a_misread_broken_email_address_is_one_word_with_its_at(line, meant):
    assert [text for text, _ in joined_emails([(t, BOX) for t in line])] == meant


EMAIL_HOCR = """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><body><div class='ocr_page' title='bbox 0 0 2480 3508'>
 <span class='ocr_line' title="bbox 300 600 1500 645; baseline 0 -9; x_size 48">
  <span class='ocrx_word' title='bbox 300 600 700 645; x_wconf 80'>oskar.obergÖ</span>
  <span class='ocrx_word' title='bbox 720 600 1000 645; x_wconf 80'>stockholm.se</span>
 </span>
</div></body></html>"""


def test_ocr_lines_get_their_email_addresses_mended():
    words = ocr.words_from_hocr(EMAIL_HOCR, 300 / 72)
    assert [w.text for w in words] == ["oskar.oberg@stockholm.se"]
    assert words[0].x1 == pytest.approx(1000 * 72 / 300)
