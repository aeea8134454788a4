"""A scan's garbled title line ("Bilaga dre Uppföljning") is read a second time, and the record says so."""

from __future__ import annotations

from PIL import Image

import bilagor.extractor.ocr as ocr
from bilagor.extractor import ocr_title
from bilagor.extractor.words import Word


def _line(top: float, *texts: str, size: float = 16.0) -> list[Word]:
    words, x = [], 72.0
    for text in texts:
        words.append(Word(text, x, x + 10 * len(text), top, top + size, "", size))
        x += 10 * len(text) + 8
    return words


PAGE = _line(37, "Bilaga", "5", size=9) + _line(74, "Bilaga", "dre", "Uppföljning") + _line(92, "trygghetsinvestering")


def test_the_first_bilaga_line_without_a_number_is_garbled_a_running_header_above_it_is_not():
    assert [w.text for w in ocr_title.garbled_title_line(PAGE, 842.0)] == ["Bilaga", "dre", "Uppföljning"]


def test_a_title_with_its_number_or_a_bilaga_line_far_down_the_page_is_left_alone():
    assert ocr_title.garbled_title_line(_line(74, "Bilaga", "5b", "Ansökan"), 842.0) is None
    assert ocr_title.garbled_title_line(_line(600, "Bilaga", "till", "beslutet"), 842.0) is None


def test_the_second_reading_takes_the_lines_place_and_height():
    old = PAGE[2:5]
    new = [Word("Bilaga", 72, 130, 0, 5), Word("5", 138, 148, 0, 5), Word("-", 156, 162, 0, 5)]
    words = ocr_title.replaced_line(PAGE, old, new)
    assert [w.text for w in words] == ["Bilaga", "5", "Bilaga", "5", "-", "trygghetsinvestering"]
    assert {(w.top, w.bottom, w.size) for w in words[2:5]} == {(74, 90, 16.0)}


def _hocr(*texts: str) -> bytes:
    spans = "".join(
        f"<span class='ocrx_word' title='bbox {20 + 200 * i} 10 {150 + 200 * i} 90; x_wconf 90'>{t}</span>"
        for i, t in enumerate(texts)
    )
    return (
        "<html><body><div class='ocr_page' title='bbox 0 0 2000 100'>"
        f"<span class='ocr_line' title='bbox 20 10 1900 90; x_size 70'>{spans}</span></div></body></html>"
    ).encode()


def test_a_garbled_title_is_read_again_as_a_raw_line_and_the_record_is_told(monkeypatch, tmp_path):
    calls = []

    def fake(image, folder, name, *, psm=None):
        calls.append(psm)
        return _hocr("Bilaga", "5", "Uppföljning")

    monkeypatch.setattr(ocr, "run_tesseract", fake)
    notes: list[str] = []
    words = ocr._reread_title(Image.new("L", (2480, 3508), 255), PAGE, 300 / 72, 842.0, tmp_path, notes)
    assert calls == [ocr_title.SECOND_PASS_PSM]
    assert " ".join(w.text for w in words[2:]) == "Bilaga 5 Uppföljning trygghetsinvestering"
    assert notes and "rubrikraden lästes om" in notes[0] and "Bilaga dre Uppföljning" in notes[0]


def test_a_second_reading_no_better_keeps_the_first_with_a_warning(monkeypatch, tmp_path):
    monkeypatch.setattr(ocr, "run_tesseract", lambda image, folder, name, *, psm=None: _hocr("Bilaga", "SR", "Uppf"))
    notes: list[str] = []
    words = ocr._reread_title(Image.new("L", (2480, 3508), 255), PAGE, 300 / 72, 842.0, tmp_path, notes)
    assert words == PAGE
    assert notes and "går inte att läsa säkert" in notes[0]
