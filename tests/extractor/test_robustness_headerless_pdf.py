"""A PDF whose header line is lost (its binary comment line, then its first object: JHOVE's T01_007, h35) was refused
as "inte en PDF" before any reader ran, though pdfminer reads it whole; so was one whose header's dash became another
sign ("%PDF.1.4": T01_005). Both now go to the readers like a PDF with a damaged header
(test_robustness_versionless_header); a file starting with text, or a comment naming another format, is still
"inte en PDF"."""

from __future__ import annotations

import pytest

from bilagor.extractor import extract_report
from bilagor.extractor.errors import BadInputError
from bilagor.extractor.pdf_reader import check_header
from odd_pdfs import text_lines_pdf

HEADER = b"%PDF-1.4\n"


@pytest.mark.parametrize("start", [b"", b"%\xe2\xe3\xcf\xd3\n", b"%\xe2\xe3\xcf\xd3\r\n% made by hand\r\n"])
def test_a_pdf_without_its_header_line_is_read(tmp_path, start):
    pdf = text_lines_pdf(["Budget 100 000 kronor"])
    assert pdf.startswith(HEADER + b"%\xe2\xe3\xcf\xd3\n")
    path = tmp_path / "utan-huvud.pdf"
    path.write_bytes(start + pdf[len(HEADER + b"%\xe2\xe3\xcf\xd3\n") :])
    check_header(path)  # no "inte en PDF"
    report = extract_report(path, entities=False)
    assert "100 000" in " ".join(s.text for s in report.sections)


@pytest.mark.parametrize("header", [b"%PDF.1.4\n", b"%PDF_1.7\r\n"])  # the dash another sign (T01_005)
def test_a_header_whose_dash_is_another_sign_is_read(tmp_path, header):
    path = tmp_path / "annat-tecken.pdf"
    path.write_bytes(text_lines_pdf(["Budget 100 000 kronor"]).replace(HEADER, header, 1))
    check_header(path)
    report = extract_report(path, entities=False)
    assert "100 000" in " ".join(s.text for s in report.sections)


@pytest.mark.parametrize(
    "head", [b"Hej\n1 0 obj\n", b"%!PS-Adobe-3.0\n1 0 obj\n", b"%PDFs och annat\n1 0 obj\n", b"% bara en kommentar\n"]
)
def test_other_files_are_still_not_a_pdf(tmp_path, head):
    path = tmp_path / "annat.pdf"
    path.write_bytes(head + b"<< >>\nendobj\n")
    with pytest.raises(BadInputError) as caught:
        check_header(path)
    assert caught.value.reason.startswith("inte en PDF")
