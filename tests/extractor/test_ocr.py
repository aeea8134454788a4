"""The OCR reader: scanned pages -> Words in PDF points, or a clear warning."""

from __future__ import annotations


import pytest

import bilagor.extractor.ocr as ocr
from bilagor.extractor.errors import MissingDependencyError
from bilagor.extractor.words import Page, Word
from factories import ROOT, needs_tesseract


LINES = [
    (70, 90, "Projektnamn", True),
    (210, 90, "Kameraövervakning på Sergels torg", False),
    (70, 130, "Ekonomiskt utfall", True),
    (210, 130, "Utfallet blev 2,6 mnkr.", False),
]


def text_pdf(path, lines=LINES):
    """A one-page A4 PDF with a text layer (DejaVu for å, ä, ö)."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("dejavu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("dejavu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    pdf.add_page()
    for x, y, text, bold in lines:
        pdf.set_font("dejavu", "B" if bold else "", 11)
        pdf.text(x, y, text)
    pdf.output(str(path))
    return path


def image_pdf(source, path, dpi=200):
    """An image-only copy of `source` (what a scanner makes): no text layer."""
    import pypdfium2 as pdfium
    from fpdf import FPDF

    document = pdfium.PdfDocument(str(source))
    pdf = FPDF(unit="pt", format="A4")
    for page in document:
        width, height = page.get_size()
        image = page.render(scale=dpi / 72, grayscale=True).to_pil()
        pdf.add_page(format=(width, height))
        pdf.image(image, x=0, y=0, w=width, h=height)
    document.close()
    pdf.output(str(path))
    return path


def empty_page(number=1):
    return Page(number, 595.0, 842.0, [])


def page_with_words(number=1):
    return Page(number, 595.0, 842.0, [Word("Projektnamn", 70, 130, 80, 92)])


# -- pure parts ----------------------------------------------------------------


HOCR = """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><body><div class='ocr_page' title='bbox 0 0 2480 3508'>
 <span class='ocr_header' title="bbox 300 280 1300 340; baseline 0 -10; x_size 63">
  <span class='ocrx_word' title='bbox 300 280 560 340; x_wconf 95'>Bilaga</span>
 </span>
 <span class='ocr_line' title="bbox 300 600 1500 645; baseline 0 -9; x_size 48">
  <span class='ocrx_word' title='bbox 300 600 630 645; x_wconf 96'>Projektnamn</span>
  <span class='ocrx_word' title='bbox 700 610 712 640; x_wconf 10'>=</span>
  <span class='ocrx_word' title='bbox 900 600 1260 645; x_wconf 91'>Kamera</span>
  <span class='ocrx_word' title='bbox 1300 612 1350 637; x_wconf 90'>av</span>
 </span>
 <span class='ocr_line' title="bbox 300 700 1500 745; baseline 0 -9; x_size 50">
  <span class='ocrx_word' title='bbox 300 700 1400 745; x_wconf 93'>längre rad med brödtext</span>
 </span>
</div></body></html>"""


def test_words_from_hocr_gives_points_line_extents_and_sizes():
    scale = 300 / 72
    words = ocr.words_from_hocr(HOCR, scale)
    assert [w.text for w in words] == ["Bilaga", "Projektnamn", "Kamera", "av", "längre rad med brödtext"]
    name = words[1]
    assert (name.x0, name.top) == (72.0, 144.0)
    assert name.x1 == pytest.approx(151.2) and name.bottom == pytest.approx(154.8)
    # A short word gets its line's extent, like the text-layer reader gives.
    assert (words[3].top, words[3].bottom) == (name.top, name.bottom)
    # Body lines share one size (estimates within noise snap to it); the header is larger.
    assert name.size == words[4].size and words[0].size > name.size + 1.5
    assert name.fontname == ""


def test_snap_size():
    assert ocr.snap_size(11.6, 11.0) == 11.0
    assert ocr.snap_size(14.0, 11.0) == 14.0
    assert ocr.snap_size(9.0, 11.0) == 9.0
    assert ocr.snap_size(9.0, 0.0) == 9.0


def test_table_rules_are_taken_out_of_the_image_and_returned():
    import numpy as np

    page = np.full((200, 400), 255, np.uint8)
    page[50:53, 20:380] = 0  # a horizontal border
    page[10:190, 200:202] = 0  # a vertical border
    page[100:130, 40:60] = 0  # a glyph: shorter than a rule, must stay
    image, rules = ocr.remove_rules(page, min_length=100)
    cleaned = np.asarray(image)
    assert cleaned[50:53, 20:380].min() == 255 and cleaned[10:190, 200:202].min() == 255
    assert cleaned[100:130, 40:60].max() == 0
    assert sorted(rules) == [(20, 50, 380, 53), (200, 10, 202, 190)]


def test_which_pages_each_mode_recognises():
    pages = [page_with_words(1), empty_page(2), empty_page(3)]
    assert ocr.pages_to_recognise(pages, "auto") == [2, 3]
    assert ocr.pages_to_recognise(pages, "always") == [1, 2, 3]
    assert ocr.pages_to_recognise(pages, "never") == []
    with pytest.raises(ValueError):
        ocr.pages_to_recognise(pages, "sometimes")


def test_warning_names_the_pages_and_is_recognisable():
    warning = ocr.unrecognised_warning([1, 2, 3, 5], ocr.OCR_MISSING)
    assert "sidorna 1-3, 5" in warning and ocr.OCR_MISSING in warning
    assert ocr.is_ocr_warning(warning) and not ocr.is_ocr_warning("inga rubriker ur formuläret hittades")


def test_without_tesseract_auto_warns_and_always_fails(monkeypatch, tmp_path):
    monkeypatch.setattr(ocr, "ocr_unavailable_reason", lambda: ocr.OCR_MISSING)
    pages = [empty_page(1)]
    same, used, warnings = ocr.recognise_pages(tmp_path / "x.pdf", pages, mode="auto")
    assert same == pages and used is False
    assert warnings == [ocr.unrecognised_warning([1], "tesseract-ocr och tesseract-ocr-swe är inte installerade")]
    with pytest.raises(MissingDependencyError, match="tesseract-ocr-swe"):
        ocr.recognise_pages(tmp_path / "x.pdf", pages, mode="always")
    assert ocr.recognise_pages(tmp_path / "x.pdf", pages, mode="never") == (pages, False, [])


def test_pages_with_text_are_left_alone_in_auto_mode(tmp_path):
    pages = [page_with_words()]
    assert ocr.recognise_pages(tmp_path / "never-opened.pdf", pages, mode="auto") == (pages, False, [])


def test_missing_binary_is_detected(monkeypatch):
    pytesseract = pytest.importorskip("pytesseract")
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/no/such/tesseract")
    ocr._unavailable_reason.cache_clear()
    try:
        assert ocr.ocr_unavailable_reason() == ocr.OCR_MISSING
    finally:
        ocr._unavailable_reason.cache_clear()


# -- with Tesseract ------------------------------------------------------------


@pytest.mark.ocr
@needs_tesseract
def test_tesseract_with_swedish_is_available():
    assert ocr.ocr_unavailable_reason() is None


@pytest.mark.ocr
@needs_tesseract
def test_scanned_page_gives_the_words_where_the_text_layer_had_them(tmp_path):
    import pdfplumber

    source = text_pdf(tmp_path / "text.pdf")
    scan = image_pdf(source, tmp_path / "scan.pdf")
    with pdfplumber.open(scan) as pdf:
        assert pdf.pages[0].extract_words() == []  # really no text layer
        width, height = pdf.pages[0].width, pdf.pages[0].height
    with pdfplumber.open(source) as pdf:
        truth = {w["text"]: w for w in pdf.pages[0].extract_words()}

    (page,), used, warnings = ocr.recognise_pages(scan, [Page(1, width, height, [])], mode="auto")
    assert used is True and warnings == []
    assert (page.width, page.height) == pytest.approx((width, height))
    found = {w.text: w for w in page.words}
    for text in ("Projektnamn", "Kameraövervakning", "Sergels", "utfall", "2,6"):
        assert text in found, f"{text!r} not recognised: {sorted(found)}"
        for edge in ("x0", "top", "x1", "bottom"):
            assert getattr(found[text], edge) == pytest.approx(truth[text][edge], abs=3.0)


def test_ocr_always_recognises_pages_that_have_a_text_layer(monkeypatch):
    """`--ocr always` must reach the OCR reader even when every page has words."""

    from bilagor.extractor import extract_report

    seen = {}

    def fake_recognise(path, pages, *, mode, password, **_):
        seen["mode"] = mode
        return pages, True, []

    monkeypatch.setattr(ocr, "recognise_pages", fake_recognise)
    seed = ROOT / "examples" / "bilaga5-uppfoljning-kameraovervakning-2018.pdf"
    report = extract_report(seed, ocr="always", entities=False)
    assert seen == {"mode": "always"} and report.ocr is True
    assert extract_report(seed, ocr="auto", entities=False).ocr is False


def test_closing_punctuation_boxed_alone_joins_the_word_it_touches():
    words = [
        ("Kungsholmens", [100, 10, 300, 40]),
        ("stadsdelsnämnd", [320, 10, 600, 40]),
        (")", [590, 8, 606, 42]),
        ("och", [640, 10, 700, 40]),
        (".", [701, 30, 707, 40]),
        ("Summa", [800, 10, 900, 40]),
        (":", [950, 10, 956, 40]),
    ]
    joined = ocr.join_detached_punctuation(words)
    assert [text for text, _ in joined] == ["Kungsholmens", "stadsdelsnämnd)", "och.", "Summa", ":"]
    assert joined[1][1] == [320, 8, 606, 42]
