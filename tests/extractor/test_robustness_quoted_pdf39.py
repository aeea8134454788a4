"""A text file whose string literals spell whole PDF objects (a test suite's PHP, Python or JavaScript that builds a
small PDF from strings, named *.pdf) holds "N N obj" and was therefore taken for a damaged PDF after junk:
"skadad PDF: strukturen är skadad" (h38: LibreSign's PdfGenerator.php). Its objects stand inside its text (after a
quote, a written-out "\\n", a word), never where a PDF's object stands (a line's start, after whitespace): it is
"inte en PDF", saying what it is. A text with one object standing free is still left to the damaged PDFs."""

from __future__ import annotations

import pytest

from bilagor.extractor import extract_report
from bilagor.extractor.errors import BadInputError

QUOTING = "inte en PDF: en textfil som citerar PDF-kod (ingen PDF i sig)"

PHP = b"""<?php

declare(strict_types=1);

class Fixtures {
\tpublic static function tinyPdf(): string {
\t\treturn "%PDF-1.4\\n1 0 obj\\n<< /Type /Catalog /Pages 2 0 R >>\\nendobj\\n"
\t\t\t. "2 0 obj\\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\\nendobj\\n"
\t\t\t. "3 0 obj\\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\\nendobj\\n"
\t\t\t. "trailer\\n<< /Size 4 /Root 1 0 R >>\\n%%EOF";
\t}

\tpublic static function withSignature(): string {
\t\t$pdf = "%PDF-1.7\\n";
\t\t$pdf .= "4 0 obj\\n<< /SigFlags 3 /Fields [6 0 R] >>\\nendobj\\n";
\t\t$pdf .= "5 0 obj\\n<< /Type /Sig /Filter /Adobe.PPKLite >>\\nendobj\\n";
\t\treturn $pdf;
\t}
}
"""

PYTHON = b'''"""Builds the smallest PDF the parser is tested on."""

TINY = (
    b"%PDF-1.3\\n"
    b"1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>>endobj\\n"
    b"trailer<</Root 1 0 R>>"
)
'''

JAVASCRIPT = b"""// a test helper: a PDF spelt out in a template
export const tiny = `%PDF-1.5\\n${'1 0 obj'}\\n<< /Type /Catalog >>\\nendobj`;
export const objects = ['2 0 obj', "3 0 obj"].join('\\n');
"""


def _reason(path) -> str:
    with pytest.raises(BadInputError) as caught:
        extract_report(path, entities=False)
    return caught.value.reason


@pytest.mark.parametrize(
    ("name", "source"),
    [("PdfGenerator.php.pdf", PHP), ("tiny_pdf.py.pdf", PYTHON), ("helper.js.pdf", JAVASCRIPT)],
)
def test_source_whose_strings_spell_pdf_objects_is_no_pdf(tmp_path, name, source):
    path = tmp_path / name
    path.write_bytes(source)
    assert _reason(path) == QUOTING


def test_quoted_objects_past_the_first_chunk_still_read_as_quoted(tmp_path):
    # The whole file is scanned: a long source's quoted objects are found past the scan's first megabyte too.
    path = tmp_path / "lang.php.pdf"
    path.write_bytes(PHP + b"// " + b"x" * (1 << 20) + b'\n$more = "\\n9 0 obj\\n<< >>\\nendobj";\n')
    assert _reason(path) == QUOTING


def test_one_object_standing_free_leaves_it_damaged(tmp_path):
    # An object at a line's start after a header at a line's start may be a PDF after junk: not called a text
    # file. (A free object under quoted headers only is a multi-line literal's, h40: test_robustness_f40.py.)
    path = tmp_path / "blandad.pdf"
    path.write_bytes(PHP + b"\n%PDF-1.4\n7 0 obj\n<< /Type /Catalog >>\nendobj\n")
    assert _reason(path).startswith("skadad PDF: ")


# A PDF fragment no reader opens (objects, no cross-reference table, no trailer), as an archive stores it.
FRAGMENT = (
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Count 0 >>\nendobj\n"
)


@pytest.mark.parametrize(
    ("name", "start"),
    [
        ("sample.rar.pdf", b"Rar!\x1a\x07\x00\xcf\x90s\x00\x00\r\x00\x00\x00\x00\x00\x00\x00"),
        ("sample.7z.pdf", b"7z\xbc\xaf\x27\x1c\x00\x04"),
        ("sample.gz.pdf", b"\x1f\x8b\x08\x08\x00\x00\x00\x00\x00\x03sample.pdf\x00"),
        ("sample.zip.pdf", b"PK\x03\x04\x14\x00\x00\x00\x00\x00"),
    ],
)
def test_an_archive_holding_a_pdf_is_the_archive(tmp_path, name, start):
    # (h39: DROID's sample.rar, a PDF stored in a RAR archive: "skadad PDF: strukturen är skadad")
    path = tmp_path / name
    path.write_bytes(start + b"\x00" * 12 + FRAGMENT + bytes(range(256)) * 4)
    reason = _reason(path)
    assert reason.startswith("inte en PDF: ett ")
    assert "arkiv" in reason
