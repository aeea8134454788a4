"""A PDF whose header lost its version ("%PDF" and a line end, no "-1.x": pdfium's test file bug_828206,
bench/robustness.py h28) or its dash ("%PDF1.4", format-corpus's T01_004, h31) is a damaged PDF, read if a reader can; it was refused as "inte en PDF", a reason
that names another kind of file. Files that are no PDF are still refused so."""

from __future__ import annotations

import pytest

from bilagor.extractor import extract_report
from bilagor.extractor.errors import BadInputError
from bilagor.extractor.pdf_reader import check_header
from odd_pdfs import one_page_pdf


@pytest.mark.parametrize("header", [b"%PDF\n", b"%PDF1.4\r\n"])  # the version lost; its dash lost (h31)
def test_a_header_without_its_version_is_read_as_a_pdf(tmp_path, header):
    path = tmp_path / "utan-version.pdf"
    path.write_bytes(one_page_pdf(text="Budget 100 000 kronor").replace(b"%PDF-1.4\n", header, 1))
    check_header(path)  # no "inte en PDF"
    report = extract_report(path, entities=False)
    assert "100 000" in " ".join(s.text for s in report.sections)


@pytest.mark.parametrize("head", [b"Hej, detta \xe4r ingen PDF\n", b"%PDFs och andra filer\n", b"%!PS-Adobe-3.0\n"])
def test_other_files_are_still_not_a_pdf(tmp_path, head):
    path = tmp_path / "annat.pdf"
    path.write_bytes(head + b"1 0 obj << >> endobj\n")
    with pytest.raises(BadInputError, match="inte en PDF"):
        check_header(path)


@pytest.mark.parametrize("junk", [1, 1000, 1024])
def test_a_header_after_junk_within_the_readers_window_is_read(tmp_path, junk):
    """pdf-reader's junk_prefix_1024: the header after 1 024 bytes of junk, which pdfium opens (h32)."""
    path = tmp_path / "skräp-först.pdf"
    path.write_bytes(b"a" * junk + one_page_pdf(text="Budget 100 000 kronor"))
    check_header(path)
    report = extract_report(path, entities=False)
    assert "100 000" in " ".join(s.text for s in report.sections)


def test_a_header_further_in_is_still_not_a_pdf(tmp_path):
    path = tmp_path / "långt-in.pdf"
    path.write_bytes(b"a" * 1025 + one_page_pdf())
    with pytest.raises(BadInputError, match="inte en PDF"):
        check_header(path)
