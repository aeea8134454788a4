"""Scans of the thirty-second forms' four layouts, for the layout of OCR'd pages (issue #12, thirty-third round,
h38/f-ocrlayout): each form drawn by the thirty-second round's text-layer generators, then scanned three ways, so
only Tesseract's words reach the layout (no type size class, no weight, no grey fill, tick boxes as pixels):

- the layouts, in turn: stacked header tables, labels on grey over their answers (`headtables32`, 2-4 columns,
  cells stroked or ruled); numbered questions with Ja/Nej tick boxes (`questions32`); side heads right-aligned in a
  wide margin, a hairline under each field, and run-in capital labels (`ctext2_32`'s `rl_sideheads`, `rl_runin`);
- the scans, in turn: a crooked, specked grey 200 dpi JPEG (`scans.degrade`); the same rendered at 300 dpi, blurred
  and stored small (100 dpi grey, JPEG quality 25-45); a 150 dpi render dithered to one bit (Floyd-Steinberg).

Seed 38 is the tuning part; seed 3801 is kept aside and scored in aggregate only:

    PYTHONPATH=tests .venv/bin/python -m fixturegen.ocrshapes32 [--seed 38] [--count 12] [--misses] [--keep DIR]
"""

from __future__ import annotations

import io
import random
from pathlib import Path

SCANS = ("grey200", "small_jpeg", "dither150")


def _drawn(out: Path, count: int, seed: int) -> list[Path]:
    from .ctext2_32 import build_ctext2_32_forms
    from .headtables32 import build_head_table_forms
    from .questions32 import build_question_forms

    heads = build_head_table_forms(out / "heads", (count + 3) // 4, seed)
    questions = build_question_forms(out / "questions", (count + 2) // 4, seed)
    # ctext2_32 draws field list, side heads, run-in in turn: keep the latter two
    prose = [
        p for p in build_ctext2_32_forms(out / "prose", 3 * ((count + 1) // 4 + 1), seed) if "fieldlist" not in p.name
    ]
    sides = [p for p in prose if "sidehead" in p.name][: (count + 1) // 4]
    runins = [p for p in prose if "runin" in p.name][: count // 4]
    drawn: list[Path] = []
    for k in range(count):
        group = (heads, questions, sides, runins)[k % 4]
        if k // 4 < len(group):
            drawn.append(group[k // 4])
    return drawn


def _scan_page(image, rng: random.Random, scan: str):
    """One rendered page (PIL "L" at the scan's render dpi) as the stored image."""
    from PIL import Image, ImageFilter

    from .scans import degrade

    if scan == "dither150":
        page, _ = degrade(image, rng, "jpeg", max_skew=0.4, dpi=150)
        page = page.point(lambda v: min(255, int(v * 1.08)))  # levelled to the scanner's white point
        return page.convert("1")  # PIL dithers by Floyd-Steinberg
    if scan == "small_jpeg":
        page, _ = degrade(image, rng, "jpeg", max_skew=0.3, dpi=300)
        page = page.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.9)))
        page = page.resize((page.width // 3, page.height // 3), Image.LANCZOS)
        buffer = io.BytesIO()
        page.save(buffer, "JPEG", quality=rng.randint(25, 45))
        return Image.open(io.BytesIO(buffer.getvalue()))
    page, quality = degrade(image, rng, "jpeg", max_skew=0.6, dpi=200)
    buffer = io.BytesIO()
    page.save(buffer, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buffer.getvalue()))


def _scan(pdf_in: Path, pdf_out: Path, rng: random.Random, scan: str) -> Path:
    import pypdfium2
    from fpdf import FPDF

    from .scans import _copy_truth

    dpi = {"grey200": 200, "small_jpeg": 300, "dither150": 150}[scan]
    document = pypdfium2.PdfDocument(str(pdf_in))
    pdf = FPDF(unit="pt")
    try:
        for page in document:
            width, height = page.get_size()
            image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            stored = _scan_page(image, rng, scan)
            buffer = io.BytesIO()
            stored.save(buffer, "PNG" if stored.mode == "1" else "JPEG", quality=95)
            buffer.seek(0)
            pdf.add_page(format=(width, height))
            pdf.image(buffer, x=0, y=0, w=width, h=height)
    finally:
        document.close()
    pdf.output(str(pdf_out))
    _copy_truth(pdf_in, pdf_out)
    return pdf_out


def build_ocr_shape32_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` image-only PDFs (with .truth.json) into out_dir: the layouts in turn, each drawn then scanned
    (the scans in turn, shifted by one each round of layouts so every layout meets every scan)."""
    out = Path(out_dir)
    rng = random.Random(seed)
    pdfs = []
    for k, pdf in enumerate(_drawn(out / "drawn", count, seed)):
        scan = SCANS[(k + k // 4) % len(SCANS)]
        pdfs.append(_scan(pdf, out / f"{k:02d}-{scan}-{pdf.name}", rng, scan))
    return pdfs


__all__ = ["SCANS", "build_ocr_shape32_forms"]

if __name__ == "__main__":
    from layout_scoring import corpus_command

    corpus_command(build_ocr_shape32_forms, 38, 12, "name the files that missed")
