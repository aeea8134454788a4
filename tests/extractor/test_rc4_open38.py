"""Thirty-third round (h38/r-review): pdfminer's RC4 is made ours once, where every reading opens a PDF
(pdf_rc4.open_pdf), not at each of the reader's call sites."""

from __future__ import annotations

import pdfminer.arcfour
import pdfminer.pdfdocument
import pytest

from bilagor.extractor import pdf_rc4
from bilagor.extractor.broken_font_pages import _pages_chars
from bilagor.extractor.pdf_reader import read_page, read_pdf


@pytest.fixture
def rc4_unpatched(monkeypatch):
    """pdfminer as a fresh process has it: its own Arcfour, nothing installed yet."""
    monkeypatch.setattr(pdfminer.pdfdocument, "Arcfour", pdfminer.arcfour.Arcfour)
    pdf_rc4.install.cache_clear()
    yield
    pdf_rc4.install.cache_clear()  # the next open installs again once monkeypatch has put things back


def _locked(path):
    from fpdf import FPDF
    from fpdf.enums import EncryptionMethod

    pdf = FPDF()
    pdf.set_compression(False)  # the text would be in plain sight but for the cipher
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.text(30, 40, "Ansökan om bidrag 48 000 kr")
    pdf.set_encryption(owner_password="ägare", encryption_method=EncryptionMethod.RC4)
    pdf.output(str(path))
    return path


def test_an_rc4_file_reads_with_ours_installed_once(tmp_path, rc4_unpatched) -> None:
    locked = _locked(tmp_path / "rc4.pdf")
    assert b"bidrag" not in locked.read_bytes()
    content = read_pdf(locked)
    assert [w.text for w in content.pages[0].words] == ["Ansökan", "om", "bidrag", "48", "000", "kr"]
    assert pdfminer.pdfdocument.Arcfour is pdf_rc4.Arcfour
    page, _ = read_page(locked, 1)
    assert [w.text for w in page.words] == [w.text for w in content.pages[0].words]
    [(_, chars)] = _pages_chars(locked, content.pages, [1], None)  # the glyph reader (broken_font_pages) opens it too
    assert "".join(c["text"] for c in chars) == "Ansökan om bidrag 48 000 kr"
    assert pdf_rc4.install.cache_info().misses == 1  # three opens, one install
