"""A page (or a file) pdfium cannot render for OCR is kept without its text, with a warning; it does not fail the file."""

from __future__ import annotations

import pypdfium2 as pdfium

import bilagor.extractor.ocr as ocr
from bilagor.extractor.words import Page


def test_a_file_pdfium_cannot_open_keeps_its_pages_with_a_warning(monkeypatch, tmp_path):
    def refuse(*args, **kwargs):
        raise pdfium.PdfiumError("Failed to load document")

    monkeypatch.setattr(ocr, "ocr_unavailable_reason", lambda: None)
    monkeypatch.setattr(pdfium, "PdfDocument", refuse)
    pages = [Page(1, 595, 842), Page(2, 595, 842)]
    result, used, warnings = ocr.recognise_pages(tmp_path / "x.pdf", pages, mode="auto", work_dir=tmp_path)
    assert result == pages and used is False
    assert len(warnings) == 1 and "sidorna 1-2 kunde inte renderas för OCR" in warnings[0]


def test_a_page_pdfium_cannot_load_is_skipped_with_a_warning(monkeypatch, tmp_path):
    class Document:
        def __getitem__(self, index):
            raise pdfium.PdfiumError("Failed to load page.")

        def close(self):
            pass

    monkeypatch.setattr(ocr, "ocr_unavailable_reason", lambda: None)
    monkeypatch.setattr(pdfium, "PdfDocument", lambda *a, **k: Document())
    pages = [Page(1, 595, 842)]
    result, used, warnings = ocr.recognise_pages(tmp_path / "x.pdf", pages, mode="auto", work_dir=tmp_path)
    assert result == pages and used is False
    assert warnings == ["sida 1 kunde inte renderas för OCR; sparas utan text"]
