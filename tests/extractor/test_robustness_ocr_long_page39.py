"""A page too long and narrow for Tesseract: rendered for OCR it has a side over 32 767 pixels, and Tesseract refuses
it ("Image too large: (5, 41671) Error during processing."), which lost the whole file as "OCR av sida 1
misslyckades: …" (h38's corpus: dangerzone's sample_bad_max_height.pdf and sample_bad_max_width.pdf, one page of
1 x 10 001 pt). The page is kept without text and said so; the file's other pages are read."""

from __future__ import annotations

from pathlib import Path

from factories import needs_tesseract
from PIL import Image, ImageDraw, ImageFont

from bilagor.extractor import extract_report

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _pdf(path: Path, sizes: list[tuple[float, float]], scan: Path | None = None) -> None:
    """Pages of `sizes` (points) with a thin frame and no text; with `scan`, a last A4 page holding that image."""
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    for width, height in sizes:
        pdf.setPageSize((width, height))
        pdf.rect(0.1, 0.1, width - 0.2, height - 0.2)
        pdf.showPage()
    if scan is not None:
        pdf.setPageSize((595, 842))
        pdf.drawImage(str(scan), 0, 0, 595, 842)
        pdf.showPage()
    pdf.save()


def _scan(path: Path) -> Path:
    image = Image.new("L", (1240, 1754), 255)
    font = ImageFont.truetype(str(FONT), 48) if FONT.exists() else ImageFont.load_default()
    ImageDraw.Draw(image).text((120, 200), "Projektnamn: Belysning i parken", fill=0, font=font)
    image.save(path)
    return path


@needs_tesseract
def test_a_page_too_tall_for_tesseract_is_kept_without_text(tmp_path):
    path = tmp_path / "remsa.pdf"
    _pdf(path, [(1.0, 10001.0)])
    report = extract_report(path, entities=False)
    assert report.pages == 1
    assert any("sida 1 för lång och smal för OCR" in w and "sparas utan text" in w for w in report.warnings)


@needs_tesseract
def test_a_page_too_wide_leaves_the_other_pages_read(tmp_path):
    path = tmp_path / "bred.pdf"
    _pdf(path, [(10001.0, 1.0)], scan=_scan(tmp_path / "sida.png"))
    report = extract_report(path, entities=False)
    assert report.pages == 2
    assert any("sida 1 för lång och smal för OCR" in w for w in report.warnings)
    assert "Belysning" in " ".join(s.text for s in report.sections)
