"""The OCR reader: scanned pages -> Words in PDF points, or a clear warning."""

from __future__ import annotations

import os
import shutil

import pytest

import bilagor.extractor.ocr as ocr
from bilagor.extractor.errors import MissingDependencyError
from bilagor.extractor.words import Page, Word

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None and not os.environ.get("CI"),
    reason="tesseract is not installed (CI installs it and fails instead of skipping)",
)

LINES = [(70, 90, "Projektnamn", True), (210, 90, "Kameraövervakning på Sergels torg", False),
         (70, 130, "Ekonomiskt utfall", True), (210, 130, "Utfallet blev 2,6 mnkr.", False)]


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


def test_words_from_tesseract_converts_pixels_to_points_and_drops_non_words():
    data = {
        "text": ["", "Projektnamn", " ", "Kamera", "av"],
        "left": [0, 300, 10, 900, 1300], "top": [0, 600, 10, 600, 612], "width": [2480, 330, 5, 360, 50],
        "height": [3508, 45, 5, 45, 25], "conf": [-1, 96.5, 95, "91", 90],
        "block_num": [0, 1, 1, 2, 2], "par_num": [0, 1, 1, 1, 1], "line_num": [0, 1, 1, 1, 1],
    }
    words = ocr.words_from_tesseract(data, scale=300 / 72)
    assert [w.text for w in words] == ["Projektnamn", "Kamera", "av"]
    first = words[0]
    assert (first.x0, first.top) == (72.0, 144.0)
    assert first.x1 == pytest.approx(151.2) and first.bottom == pytest.approx(154.8)
    assert (first.size, first.fontname) == (0.0, "")  # unknown typography: the layout reads wording
    # A short word gets its line's extent, like the text-layer reader gives.
    assert (words[2].top, words[2].bottom) == (words[1].top, words[1].bottom)


def test_which_pages_each_mode_recognises():
    pages = [page_with_words(1), empty_page(2), empty_page(3)]
    assert ocr.pages_to_recognise(pages, "auto") == [2, 3]
    assert ocr.pages_to_recognise(pages, "always") == [1, 2, 3]
    assert ocr.pages_to_recognise(pages, "never") == []
    with pytest.raises(ValueError):
        ocr.pages_to_recognise(pages, "sometimes")


def test_warning_names_the_pages_and_is_recognisable():
    warning = ocr.unrecognised_warning([1, 2, 3, 5], ocr.OCR_MISSING)
    assert "pages 1-3, 5" in warning and ocr.OCR_MISSING in warning
    assert ocr.is_ocr_warning(warning) and not ocr.is_ocr_warning("no form labels found")


def test_without_tesseract_auto_warns_and_always_fails(monkeypatch, tmp_path):
    monkeypatch.setattr(ocr, "ocr_unavailable_reason", lambda: ocr.OCR_MISSING)
    pages = [empty_page(1)]
    same, used, warnings = ocr.recognise_pages(tmp_path / "x.pdf", pages, mode="auto")
    assert same == pages and used is False
    assert warnings == [ocr.unrecognised_warning([1], "tesseract-ocr and tesseract-ocr-swe are not installed")]
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
