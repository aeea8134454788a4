"""A page of prose around source code listings reads as text: its code font's identifiers ("doc.pipe(res);",
"createWriteStream", "PDFDocument") were judged a font without a Unicode map, so a programming guide was read
with OCR page by page until the import's time-out (bench/robustness.py, h29: pdfkit's guide.pdf, 40 of its
86 pages sent to OCR; its table pages of names and code judged "inga vanliga ord"). Glyph soup joined by
punctuation or in camelCase, or words drawn mirrored ("eziS tnoF"), are still no text."""

from __future__ import annotations

import pytest

from bilagor.extractor.pdf_reader import read_pdf
from bilagor.extractor.text_layer import NO_UNICODE_MAP, plausible_word, unreadable_reason
from odd_pdfs import prose_and_code_pdf

PROSE = [
    "Föreningen skriver sina rapporter med ett litet program som sparar varje svar i en fil.",
    "Så här skapas ett dokument och skrivs till disken när det är klart:",
]
CODE = [
    "const ReportWriter = require('rapport-skrivare');",
    "const doc = new ReportWriter({ pageSize: 'A4', marginTop: 40 });",
    "doc.pipe(fs.createWriteStream('/data/bilagor/rapport.pdf'));",
    "doc.fontSize(12).text(answer.projectName, { lineGap: 2 });",
    "stream.on('finish', () => console.log(doc.pageCount));",
    "window.saveBlobURL(stream.toBlobURL('application/pdf'));",
    "for (const row of table.rows) { doc.addRow(row.cells); }",
    "const fade = doc.linearGradient(x1, y1, x2, y2);",
    "fade.stop(0, '#eee').stop(1, \"#1a2b3c\");",
    "doc.ellipse(centerX, centerY, 50, 30).fill();",
    "doc.end();",
]


@pytest.mark.parametrize("repeats", [1, 3])
def test_a_page_of_prose_and_code_listings_reads_as_text(tmp_path, repeats):
    lines = [("prose", line) for line in PROSE] + [("code", line) for line in CODE * repeats]
    path = tmp_path / "guide.pdf"
    path.write_bytes(prose_and_code_pdf(lines))
    (page,) = read_pdf(path).pages
    assert {w.fontname for w in page.words} == {"Helvetica", "Courier"}
    assert unreadable_reason(page) is None


@pytest.mark.parametrize(
    "soup",
    [
        "hiJk",
        "Eed4M5",
        "7HQ]LM",
        "zq.xkw,pt",
        "qWrtzP",
        "kcl.xqz(tjh)",
        "(cid:40)",
        "eziS",
        "tnoF",
        "centerX",
        "Gh7.kQ_z",
    ],
)
def test_glyph_soup_with_joins_or_humps_is_still_no_word(soup):
    assert not plausible_word(soup)


def test_a_code_font_of_glyph_soup_is_still_unreadable(tmp_path):
    soup = ["Qx.zkT(vbn);", "jRtw.pLq(Zx);", "mnB.cVx(Lk);", "Wq(zX).tR;", "pL.kJh(gF);", "xZ.cV(bN);"]
    lines = [("prose", line) for line in PROSE] + [("code", line) for line in soup * 2]
    path = tmp_path / "soppa.pdf"
    path.write_bytes(prose_and_code_pdf(lines))
    (page,) = read_pdf(path).pages
    assert unreadable_reason(page) == NO_UNICODE_MAP
