"""Pages read with OCR because their fonts have no Unicode map are parsed again once, not once a step
(issue #12 class 1, h25 corpora: pdf.js `tracemonkey.pdf`, Type 3 fonts, stopped at the 120 s limit).

glyph_map (codes learned from OCR words) and dropped_marks (bullets OCR left out) both look at the
page's glyphs; each used to open the file and parse the page on its own. These tests count the parses
of a page (pdfminer's interpreter run over it), with OCR stood in for by words at the glyphs' places.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

import pytest

from bilagor.extractor import extract_report
from bilagor.extractor.words import Page

broken_fonts = pytest.importorskip("fixturegen.broken_fonts")

ROWS = [
    ("Projektnamn", "Belysning och röjning vid entréerna i Rinkebyparken"),
    ("Beskrivning", "Belysningen längs gångvägen har bytts ut och buskar har röjts för att öka sikten."),
]


def _ocr_at_the_glyphs(path, pages: list[Page], *, numbers=None, **_) -> tuple[list[Page], bool, list[str]]:
    """OCR as a stand-in: each word of the unreadable layer read back with one letter a glyph code."""
    wanted = set(numbers or [])
    read = [
        replace(p, words=[replace(w, text=re.sub(r"\(cid:\d+\)", "a", w.text), fontname="") for w in p.words])
        if p.number in wanted
        else p
        for p in pages
    ]
    return read, bool(wanted), []


@pytest.fixture
def page_parses(monkeypatch) -> Counter:
    """How often pdfminer's interpreter ran over each page (by its object id), and how many pages pdfium
    drew ("renders"), while the test ran."""
    import pypdfium2 as pdfium
    from pdfminer.pdfinterp import PDFPageInterpreter

    counts: Counter = Counter()
    process_page = PDFPageInterpreter.process_page

    def counted(self, page):
        counts[page.pageid] += 1
        return process_page(self, page)

    monkeypatch.setattr(PDFPageInterpreter, "process_page", counted)
    renders = pdfium.PdfPage.render

    def counted_render(self, *args, **kwargs):
        counts["renders"] += 1
        return renders(self, *args, **kwargs)

    monkeypatch.setattr(pdfium.PdfPage, "render", counted_render)
    monkeypatch.setattr("bilagor.extractor.ocr.recognise_pages", _ocr_at_the_glyphs)
    return counts


@pytest.mark.parametrize("producer", ["type3", "shifted"])
def test_a_page_of_fonts_without_a_map_is_parsed_once_after_the_first_read(tmp_path, page_parses, producer):
    pdf = broken_fonts.write_form(tmp_path / f"{producer}.pdf", ROWS, producer)
    report = extract_report(pdf, ocr="auto", entities=False)
    assert any("textlagrets tecken tydda" in w for w in report.warnings), report.warnings  # codes learned
    # the first read, then one parse the codes are learned from and the dropped bullets looked for in
    assert [n for key, n in page_parses.items() if key != "renders"] == [2], page_parses
    # every glyph lies under an OCR word: no bullet can be missing, so the page is not drawn to look for one
    assert page_parses["renders"] == 0, page_parses


def test_glyphs_ocr_left_out_have_their_page_drawn_once_to_look_at_their_ink(tmp_path, page_parses, monkeypatch):
    def ocr_reading_the_first_word_only(path, pages, **kwargs):  # too few codes learned: the OCR words stand
        read, ran, warnings = _ocr_at_the_glyphs(path, pages, **kwargs)
        return [replace(p, words=p.words[:1]) for p in read], ran, warnings

    monkeypatch.setattr("bilagor.extractor.ocr.recognise_pages", ocr_reading_the_first_word_only)
    extract_report(broken_fonts.write_form(tmp_path / "type3.pdf", ROWS, "type3"), ocr="auto", entities=False)
    assert page_parses["renders"] == 1, page_parses
