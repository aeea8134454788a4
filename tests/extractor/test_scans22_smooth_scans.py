"""Issue #12, eighteenth round: a grey or colour scan at 165-250 dpi (the seventeenth forms' 200 dpi scans) was drawn
by pdfium at 300 dpi with its own softer enlargement, and Tesseract misread single letters ("[Frojekinamn" for
"Projektnamn", a page number "1 (1)" read "(GD"). It is now drawn at its own resolution and enlarged by Lanczos, as a
screen capture is (ocr_render), but read as a scan: the steps measured on scans stay on. A bilevel one is drawn as
before. No OCR: which pages are drawn how."""

from __future__ import annotations

from bilagor.extractor.ocr_render import is_low_resolution, smooth_scale

OCR = 300 / 72


def test_a_grey_scan_under_250_dpi_is_drawn_smoothly_and_a_bilevel_one_is_not():
    assert smooth_scale(200 / 72, OCR) == 200 / 72
    assert smooth_scale(240 / 72, OCR) == 240 / 72
    assert smooth_scale(200 / 72, OCR, bilevel=True) is None
    assert smooth_scale(150 / 72, OCR, bilevel=True) == 150 / 72  # a low-resolution bilevel page, as before
    assert smooth_scale(260 / 72, OCR) is None
    assert smooth_scale(None, OCR) is None


def test_only_a_page_image_under_165_dpi_is_read_as_a_screen_capture():
    assert is_low_resolution(96 / 72, OCR)
    assert is_low_resolution(150 / 72, OCR)
    assert not is_low_resolution(200 / 72, OCR)
    assert not is_low_resolution(None, OCR)
