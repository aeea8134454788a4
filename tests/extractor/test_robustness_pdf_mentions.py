"""A file that only mentions the PDF header (a PDF parser's own source code, its comments quoting "%PDF-", or notes
about the format, named *.pdf) passes the header check, which looks for "%PDF" in the first kilobyte as the readers
do, and neither reader opens it. It has no "%%EOF", so it was refused as "skadad PDF: …, filen slutar utan %%EOF
(avkortad, …)" (h35: icepdf's and pdf-lib's header parsers): a wrong guess that sends the user to fetch it again. A
file whose header stands after its start and that holds no PDF object is now "inte en PDF", saying what it is. A PDF
with junk before its header (a mail server's) is still read, and a PDF cut off keeps its reason."""

from __future__ import annotations

import pytest

from bilagor.extractor import extract_report
from bilagor.extractor.errors import BadInputError
from odd_pdfs import text_lines_pdf

SOURCE = b"""/*
 * Copyright the authors.
 */
package org.example.pdf;

/**
 * The header. The first line of a PDF file shall be a header consisting of the 5 characters %PDF- followed by
 * a version number of the form 1.N; a reader skips to the start of the %PDF- past any garbage bytes before.
 */
public final class Header {
    private static final byte[] MARKER = new byte[]{37, 80, 68, 70, 45};
}
"""


def _reason(path) -> str:
    with pytest.raises(BadInputError) as caught:
        extract_report(path, entities=False)
    return caught.value.reason


def test_source_code_quoting_the_header_is_no_pdf(tmp_path):
    path = tmp_path / "Header.java.pdf"
    path.write_bytes(SOURCE)
    reason = _reason(path)
    assert reason == "inte en PDF: en textfil som bara nämner %PDF (ingen PDF i sig)"
    assert "avkortad" not in reason


def test_a_web_page_quoting_the_header_says_it_is_a_web_page(tmp_path):
    path = tmp_path / "om-pdf.pdf"
    path.write_bytes(b"<!DOCTYPE html>\n<html><body><p>A PDF starts with %PDF-1.7 and ends with %%EOF.</p>\n</body>")
    assert _reason(path) == "inte en PDF: en webbsida (HTML)"


def test_a_long_text_mentioning_an_object_after_its_first_chunk_is_left_as_damaged(tmp_path):
    # An object anywhere in the file (here past the scan's first megabyte): perhaps a PDF after junk, so not called
    # another kind of file.
    path = tmp_path / "lang.pdf"
    path.write_bytes(SOURCE + b"x" * (1 << 20) + b"\n7 0 obj\n<< >>\nendobj\n")
    assert _reason(path).startswith("skadad PDF: ")


def test_a_pdf_after_junk_is_still_read(tmp_path):
    path = tmp_path / "post.pdf"
    path.write_bytes(b"Received: from mail.example.se\n" * 20 + text_lines_pdf(["Budget 100 000 kronor"]))
    assert extract_report(path, entities=False).pages == 1


def test_a_pdf_cut_off_still_says_so(tmp_path):
    path = tmp_path / "avbruten.pdf"
    path.write_bytes(text_lines_pdf(["Budget 100 000 kronor"] * 40)[:60])
    assert "avkortad" in _reason(path)
