"""Eighth round of scan fixes (f-scans): an OCR line's size from its x-height, not from its ascenders."""

from __future__ import annotations

import bilagor.extractor.ocr as ocr


def _line(top: int, text: str, x_size: float, ascenders: float, descenders: float) -> str:
    bottom = top + 45
    return f"""
 <span class='ocr_line' title="bbox 240 {top} 1600 {bottom}; baseline 0 -9; x_size {x_size};
  x_descenders {descenders}; x_ascenders {ascenders}">
  <span class='ocrx_word' title='bbox 240 {top} 1600 {bottom}; x_wconf 95'>{text}</span>
 </span>"""


def _hocr(*lines: str) -> str:
    return (
        """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><body><div class='ocr_page' title='bbox 0 0 2480 3508'>"""
        + "".join(lines)
        + "\n</div></body></html>"
    )


# Measured on a 300 dpi render of a scanned form (12 pt body, a bold title 1.3 times larger): the
# committee line under the title is body type, but the ring of its "Å" lifts Tesseract's ascender
# line and with it x_size (52 against the body's 45), as "mål" does alone on a line.
HOCR = _hocr(
    _line(250, "Bilaga 5 - Uppföljning trygghetsinvestering", 58, 12, 12),
    _line(313, "Enskede-Årsta-Vantörs stadsdelsnämnd Dnr 3.4-337-2016", 52.27, 17, 9.27),
    _line(445, "Projektnamn Polisens kameraövervakning", 45, 10, 10),
    _line(535, "Geografisk plats Högdalens centrum", 46, 10, 10),
    _line(625, "Projektets syfte och", 44, 10, 9),
    _line(679, "mål", 50.25, 16, 9.25),
    _line(865, "Resultat Staden har stått för fiber och el", 40.39, 10, 5.39),
    _line(925, "fram till kamerapunkterna, och Stokab har levererat anslutningen.", 45, 10, 10),
    _line(985, "Lokalpolisområdet bedömer att bilderna redan har varit till hjälp.", 45, 10, 10),
)


def test_a_line_whose_accents_lift_its_ascenders_is_still_body_type():
    sizes = {w.text.split()[0]: w.size for w in ocr.words_from_hocr(HOCR, 300 / 72)}
    body = sizes["Projektnamn"]
    assert sizes["Enskede-Årsta-Vantörs"] == body
    assert sizes["mål"] == body and sizes["Resultat"] == body
    assert sizes["Bilaga"] >= body * 1.2  # the title stays larger


def test_without_ascender_figures_x_size_is_used():
    plain = _hocr(
        """
 <span class='ocr_line' title="bbox 240 250 1600 310; baseline 0 -9; x_size 60">
  <span class='ocrx_word' title='bbox 240 250 1600 310; x_wconf 95'>Bilaga</span>
 </span>""",
        *(
            f"""
 <span class='ocr_line' title="bbox 240 {top} 1600 {top + 45}; baseline 0 -9; x_size 45">
  <span class='ocrx_word' title='bbox 240 {top} 1600 {top + 45}; x_wconf 95'>brödtext</span>
 </span>"""
            for top in (400, 500, 600)
        ),
    )
    words = ocr.words_from_hocr(plain, 300 / 72)
    assert words[0].size > words[1].size * 1.2 and words[1].size == words[3].size


# -- the title of an OCR'd page and the committee line under it -----------------------------------

from dataclasses import replace  # noqa: E402

from bilagor.extractor.labels import is_known_wording, is_label, is_label_word, is_title_start, stage_of  # noqa: E402
from bilagor.extractor.layout import layout_pages, title_lines  # noqa: E402
from bilagor.extractor.words import Page  # noqa: E402
from factories import words  # noqa: E402
from layout_builders import LABEL_X, two_column  # noqa: E402

ROWS_SCAN = [
    (["Projektnamn"], ["Kamerabevakning vid Farsta centrum"], 0),
    (["Geografisk plats"], ["Farsta centrum"], 0),
    (["Projektets syfte och", "mål"], ["Syftet är att förebygga brott vid Farsta", "centrum."], 0),
    (["Resultat"], ["Kamerorna är i drift sedan i våras."], 0),
]


def _scan_page(title: list[str], under: list[tuple[str, float]]) -> Page:
    """An OCR'd form (no font names): title lines in 14.3 pt at a title's leading, then `under`
    (text, size) lines at the same leading, then label/answer rows in 11 pt."""
    ws, y = [], 60.0
    for text in title:
        ws += words(text, LABEL_X, y, size=14.3)
        y += 18.5
    for text, size in under:
        ws += words(text, LABEL_X, y, size=size)
        y += 18.5
    page = two_column(ROWS_SCAN, top=y + 20)
    return replace(page, words=[replace(w, fontname="") for w in ws + page.words])


def _title_and_labels(page: Page) -> tuple[str, list[str]]:
    layout = layout_pages(
        [page],
        is_label=is_label,
        stage_of=stage_of,
        is_title_start=is_title_start,
        is_label_word=is_label_word,
        is_known_wording=is_known_wording,
    )
    title = " ".join(ln.text for ln in title_lines(layout.preamble, layout.body_size))
    return title, [b.label for b in layout.blocks]


def test_a_body_type_line_under_an_ocr_title_is_not_part_of_it():
    page = _scan_page(["Bilaga 5 - Uppföljning trygghetsinvestering"], [("Farsta stadsdelsnämnd Dnr 3.4-337-2016", 11)])
    title, labels = _title_and_labels(page)
    assert title == "Bilaga 5 - Uppföljning trygghetsinvestering"
    assert labels[0] == "Projektnamn"


def test_a_title_wrapped_over_two_ocr_lines_stays_whole():
    page = _scan_page(
        ["Bilaga 5 - Uppföljning av lokala investeringsprojekt,", "trygghetsinvestering"],
        [("Farsta stadsdelsnämnd Dnr 3.4-337-2016", 11)],
    )
    title, labels = _title_and_labels(page)
    assert title == "Bilaga 5 - Uppföljning av lokala investeringsprojekt, trygghetsinvestering"
    assert labels[0] == "Projektnamn"
