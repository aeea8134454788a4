"""A lone "i" read as a bar on a fax or phone photo ("Fastighetsägarna | området", its dot lost): the bar was
dropped as a mark and the sentence lost its word (issue #12). hOCR lines as Tesseract gives them."""

from __future__ import annotations

from bilagor.extractor import ocr


def hocr_line(*words):
    spans = "".join(
        f"<span class='ocrx_word' title='bbox {x0} {top} {x1} {bottom}; x_wconf {conf}'>{text}</span> "
        for text, (x0, top, x1, bottom), conf in words
    )
    return f"""<html xmlns="http://www.w3.org/1999/xhtml"><body><div class='ocr_page' title='bbox 0 0 2480 3508'>
 <span class='ocr_line' title="bbox 800 1720 1500 1780; baseline 0 -9; x_size 42; x_descenders 9; x_ascenders 10">
 {spans}</span></div></body></html>"""


def test_a_bar_between_words_is_the_preposition_i():
    line = hocr_line(
        ("Fastighetsägarna", (838, 1733, 1189, 1775), 95),
        ("|", (1208, 1744, 1213, 1766), 56),
        ("området", (1232, 1729, 1407, 1767), 96),
        ("har", (1425, 1731, 1490, 1767), 96),
    )
    assert [w.text for w in ocr.words_from_hocr(line, 300 / 72)] == ["Fastighetsägarna", "i", "området", "har"]


def test_a_bar_before_a_capital_or_a_number_stays_out():
    line = hocr_line(
        ("Kontakt", (838, 1733, 1000, 1775), 95),
        ("|", (1030, 1744, 1035, 1766), 56),
        ("Telefon", (1060, 1729, 1230, 1767), 96),
    )
    assert [w.text for w in ocr.words_from_hocr(line, 300 / 72)] == ["Kontakt", "Telefon"]


def test_a_bar_standing_apart_from_its_neighbours_is_a_border_s_piece():
    """bench_scans' boxed application form: a piece of a cell border in an empty answer cell was read "i"."""
    line = hocr_line(
        ("nämnd", (453, 1733, 607, 1775), 95),
        ("|", (700, 1735, 705, 1772), 60),
        ("inga", (760, 1733, 840, 1775), 96),
    )
    texts = [w.text for w in ocr.words_from_hocr(line, 300 / 72)]
    assert texts[0] == "nämnd" and texts[-1] == "inga" and "i" not in texts
