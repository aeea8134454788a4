"""Page boxes found by bench/robustness.py with OCR on (mozilla pdf.js boundingBox_invalid.pdf, reduced):
a CropBox outside its MediaBox is ignored by the text reader (pdfplumber's reading, no word lost), and a
page pdfium sees as empty is not rendered for OCR (pypdfium2 raised ValueError there: exit 70)."""

from __future__ import annotations

from bilagor.extractor import extract_report
from bilagor.extractor.pdf_reader import read_pdf
from odd_pdfs import pdf_bytes


def crop_outside_media_pdf(text: str = "") -> bytes:
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET" if text else ""
    return pdf_bytes(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /CropBox [600 800 1000 1000]"
            " /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def test_a_crop_box_outside_the_media_box_loses_no_word(tmp_path):
    path = tmp_path / "crop.pdf"
    path.write_bytes(crop_outside_media_pdf("Budget 100 000 kronor"))
    page = read_pdf(path).pages[0]
    assert (page.width, page.height) == (600.0, 800.0)
    assert [w.text for w in page.words] == ["Budget", "100", "000", "kronor"]


def test_a_page_pdfium_sees_as_empty_is_kept_without_text_not_a_crash(tmp_path):
    path = tmp_path / "empty.pdf"
    path.write_bytes(crop_outside_media_pdf())
    record = extract_report(path, ocr="always", entities=False)
    assert any("kunde inte renderas för OCR" in w for w in record.warnings)
