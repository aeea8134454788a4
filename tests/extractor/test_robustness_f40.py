"""Three refusals made right or cheap (fortieth round, h40/f-robust, issue #12).

- A source whose every "%PDF" header stands inside a string literal quotes PDF code, even where its objects
  open lines inside a literal of several lines (h39: oxidizePdf's Rust tests, r#"…"# raw strings and "\\n\\"
  continuations, were "skadad PDF: … avkortad").
- A password handler's /Encrypt dictionary without the /O or /U string every password is checked against is
  damaged, not a file that needs a password (h39: tc-lib-pdf's encrypted_import_stub).
- A file over --max-pages is refused by its page tree's declared /Count before any page object is parsed
  (h39: oxidizePdf's 10 000-page file took 27 s, under load, to be refused).
"""

from __future__ import annotations

import pytest

from bilagor.extractor import extract_report
from bilagor.extractor.errors import BadInputError
from odd_pdfs import broken_encrypt_pdf, pdf_bytes

QUOTING = "inte en PDF: en textfil som citerar PDF-kod (ingen PDF i sig)"

# Rust: a raw string whose objects open its lines, and a byte string continued line by line.
RUST = b"""use oxidize::parser::PdfReader;

#[test]
fn test_stream_negative_length() {
    let mut pdf = Vec::new();
    pdf.extend_from_slice(b"%PDF-1.4\\n");
    let content = r#"
1 0 obj
<</Length -100>>
stream
This is a stream
endstream
endobj
"#;
    pdf.extend_from_slice(content.as_bytes());
}

#[test]
fn test_page_tree() {
    let data = b"%PDF-1.4\\n\\
2 0 obj\\n\\
<< /Type /Pages /Kids [] /Count 0 >>\\n\\
endobj\\n";
    assert!(PdfReader::new(data).is_err());
}
"""

# Python: a triple-quoted literal whose objects open its lines.
PYTHON = b'''"""Fixtures for the parser's tests."""

MINIMAL = b"""%PDF-1.7
1 0 obj
<< /Type /Catalog /Pages 2 0 R >>
endobj
2 0 obj
<< /Type /Pages /Kids [] /Count 0 >>
endobj
"""
'''


def _reason(path, **options) -> str:
    with pytest.raises(BadInputError) as caught:
        extract_report(path, entities=False, **options)
    return caught.value.reason


@pytest.mark.parametrize("source", [RUST, PYTHON], ids=["rust", "python"])
def test_a_source_whose_headers_are_all_quoted_quotes_pdf_code(tmp_path, source):
    (tmp_path / "källkod.pdf").write_bytes(source)
    assert _reason(tmp_path / "källkod.pdf") == QUOTING


def test_a_header_standing_free_with_a_free_object_is_still_a_damaged_pdf(tmp_path):
    # Text before a PDF's own header line (a mail's, a server's junk): a PDF after junk, not a text file.
    mail = b"From: kansliet\nSubject: bilaga 3\n\n"
    (tmp_path / "skräp-före.pdf").write_bytes(mail + b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    assert _reason(tmp_path / "skräp-före.pdf").startswith("skadad PDF: ")


@pytest.mark.parametrize(
    "encrypt",
    ["<< /Filter /Standard /V 2 /R 3 /Length 128 >>", "<< /Filter /Standard /V 1 /R 2 /P -4 /O <00ff> >>"],
)
@pytest.mark.parametrize("password", [None, "hemligt"])
def test_a_password_handler_without_its_password_checks_is_damaged(tmp_path, encrypt, password):
    path = tmp_path / "stubbe.pdf"
    path.write_bytes(broken_encrypt_pdf(encrypt))
    assert _reason(path, password=password) == "skadad PDF: krypteringsuppgifterna är skadade"


def test_a_file_with_a_user_password_still_asks_for_it(tmp_path):
    from fixturegen.badfiles import user_password_pdf

    path = user_password_pdf(tmp_path / "lösenord.pdf")
    assert _reason(path) == "krypterad: behöver ett lösenord (--password)"


def _pages_pdf(count: int, declared: int | None = None) -> bytes:
    """`count` empty pages under one page tree node that declares them (or `declared`)."""
    kids = " ".join(f"{n} 0 R" for n in range(3, count + 3))
    pages = ["<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"] * count
    tree = f"<< /Type /Pages /Kids [{kids}] /Count {count if declared is None else declared} >>"
    return pdf_bytes(["<< /Type /Catalog /Pages 2 0 R >>", tree, *pages])


def test_a_file_over_max_pages_is_refused_before_its_pages_are_parsed(tmp_path, monkeypatch):
    from pdfminer.pdfpage import PDFPage

    create_pages = PDFPage.create_pages
    parsed: list[object] = []

    def counted(document):
        for page in create_pages(document):
            parsed.append(page)
            yield page

    path = tmp_path / "tusen-sidor.pdf"
    path.write_bytes(_pages_pdf(1000))
    monkeypatch.setattr(PDFPage, "create_pages", counted)
    assert _reason(path, max_pages=200) == "1000 sidor, fler än --max-pages 200"
    assert parsed == []


def test_a_declared_count_beyond_the_file_s_objects_is_not_believed(tmp_path):
    # (h39: oxidizePdf's poppler-67295-0, one page under /Count 9999999999, is read as before)
    path = tmp_path / "överdriven.pdf"
    path.write_bytes(_pages_pdf(1, declared=9999999999))
    assert extract_report(path, entities=False, max_pages=200).pages == 1


def test_a_file_within_max_pages_is_read_as_before(tmp_path):
    path = tmp_path / "fem-sidor.pdf"
    path.write_bytes(_pages_pdf(5))
    assert extract_report(path, entities=False, max_pages=5).pages == 5
    assert _reason(path, max_pages=4) == "5 sidor, fler än --max-pages 4"
