"""Scans as real scanners make them, and text-layer PDFs with the odd page.

    degraded_scan(pdf_in, pdf_out, rng, noise="jpeg")   a skewed, specked, noisy image-only copy
    with_photo_page(pdf_in, pdf_out)                     a text-layer PDF plus a page holding only a photo
    without_unicode_map(pdf_in, pdf_out)                 the same PDF with every /ToUnicode map dropped
    unmapped_font_pdf(spec, pdf_out)                     a spec drawn in an embedded font without a map

Each copies the truth sidecar of pdf_in beside pdf_out (the expected record is
the same).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from .render import truth_path

NOISES = ("jpeg", "bilevel")
MAX_SKEW = 1.5  # degrees: what a sheet fed a little crooked gives


def _copy_truth(pdf_in: Path, pdf_out: Path) -> None:
    truth = truth_path(pdf_in)
    if truth.exists():
        truth_path(pdf_out).write_text(truth.read_text(encoding="utf-8"), encoding="utf-8")


def degrade(image, rng: random.Random, noise: str, *, max_skew: float = MAX_SKEW, dpi: int = 200):
    """One page image (PIL "L") as a crooked, dusty scan: rotated, specks, then JPEG or bilevel noise."""
    import numpy as np
    from PIL import Image

    angle = rng.uniform(0.4, max_skew) * rng.choice((-1, 1))  # never straight: each page its own angle
    page = image.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    pixels = np.asarray(page, dtype=np.int16).copy()
    height, width = pixels.shape
    noise_rng = np.random.default_rng(rng.randrange(2**32))
    # Specks: dust and toner dots, 1-3 px, a few hundred per page.
    for _ in range(rng.randint(150, 400)):
        y, x, r = rng.randrange(height), rng.randrange(width), rng.randint(0, 1 + dpi // 150)
        pixels[max(0, y - r) : y + r + 1, max(0, x - r) : x + r + 1] = rng.randint(0, 90)
    pixels += noise_rng.normal(0, 12, pixels.shape).astype(np.int16)  # sensor grain
    page = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")
    if noise == "bilevel":  # a fax-like 1-bit scan: threshold with a jittered level
        level = rng.randint(150, 190)
        return page.point(lambda v: 255 if v > level else 0).convert("1")
    if noise != "jpeg":
        raise ValueError(f"noise must be one of {NOISES}")
    return page, rng.randint(35, 60)  # the JPEG quality to save with


def degraded_scan(
    pdf_in: str | Path,
    pdf_out: str | Path,
    rng: random.Random,
    *,
    noise: str = "jpeg",
    dpi: int = 200,
    max_skew: float = MAX_SKEW,
) -> Path:
    """Rasterise every page, degrade it (see `degrade`) and write an image-only PDF."""
    import io

    import pypdfium2
    from fpdf import FPDF

    pdf_in, pdf_out = Path(pdf_in), Path(pdf_out)
    document = pypdfium2.PdfDocument(str(pdf_in))
    pdf = FPDF(unit="pt")
    try:
        for page in document:
            width, height = page.get_size()
            image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            result = degrade(image, rng, noise, max_skew=max_skew, dpi=dpi)
            if noise == "jpeg":
                image, quality = result
                buffer = io.BytesIO()
                image.save(buffer, "JPEG", quality=quality)
                buffer.seek(0)
                result = buffer
            pdf.add_page(format=(width, height))
            pdf.image(result, x=0, y=0, w=width, h=height)
    finally:
        document.close()
    pdf.output(str(pdf_out))
    _copy_truth(pdf_in, pdf_out)
    return pdf_out


def text_image(width: int = 1600, height: int = 1200, lines: int = 14, seed: int = 3):
    """A grey page image (numpy uint8) with lines of word-like ink blocks, like body text at 200 dpi."""
    import numpy as np

    rng = np.random.default_rng(seed)
    page = np.full((height, width), 255, np.uint8)
    for n in range(lines):
        top, x = 120 + n * 70, 100
        while x < width - 200:
            length = int(rng.integers(40, 160))
            page[top : top + 24, x : x + length] = 30
            page[top : top + 24, x : x + length : 7] = 255  # gaps between letters
            x += length + 28
    return page


def photo(width: int = 900, height: int = 640, seed: int = 0):
    """A photograph-like picture: soft shapes, texture and edges, mostly mid-grey (PIL "L")."""
    import numpy as np
    from PIL import Image, ImageFilter

    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:height, 0:width]
    pixels = 90 + 60 * np.sin(x / (40 + 30 * rng.random())) * np.cos(y / (55 + 30 * rng.random()))
    pixels += 40 * (y / height)  # sky to ground
    for _ in range(12):  # a few objects with hard edges
        x0, y0 = rng.integers(0, width - 100), rng.integers(0, height - 80)
        pixels[y0 : y0 + rng.integers(40, 200), x0 : x0 + rng.integers(60, 300)] = rng.integers(20, 230)
    pixels += rng.normal(0, 18, pixels.shape)
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")
    return image.filter(ImageFilter.GaussianBlur(1.2))


def with_photo_page(pdf_in: str | Path, pdf_out: str | Path, *, seed: int = 0) -> Path:
    """pdf_in (with its text layer) plus a last page holding only two photographs, as appendices
    with "Bilder före/efter" often end. Written by copying pdf_in's pages with pypdfium2."""
    import pypdfium2
    import pypdfium2.raw as pdfium_c  # noqa: F401 (the helper API below is enough)

    pdf_in, pdf_out = Path(pdf_in), Path(pdf_out)
    document = pypdfium2.PdfDocument(str(pdf_in))
    try:
        width, height = document[0].get_size()
        page = document.new_page(width, height)
        for index, top in enumerate((60.0, height / 2 + 10)):
            image = pypdfium2.PdfImage.new(document)
            bitmap = pypdfium2.PdfBitmap.from_pil(photo(seed=seed * 2 + index).convert("RGB"))
            image.set_bitmap(bitmap)
            box_w, box_h = width - 120, height / 2 - 90
            image.set_matrix(pypdfium2.PdfMatrix().scale(box_w, box_h).translate(60, height - top - box_h))
            page.insert_obj(image)
        page.gen_content()
        document.save(str(pdf_out))
    finally:
        document.close()
    _copy_truth(pdf_in, pdf_out)
    return pdf_out


_TO_UNICODE = re.compile(rb"/ToUnicode\s+\d+\s+\d+\s+R")


def without_unicode_map(pdf_in: str | Path, pdf_out: str | Path) -> Path:
    """pdf_in with every font's /ToUnicode reference blanked out (same length, so the xref stays
    valid): an embedded subset font with Identity-H encoding then has no way back to Unicode,
    as in PDFs from some old printer drivers. Needs an uncompressed font dictionary (fpdf2's)."""
    pdf_in, pdf_out = Path(pdf_in), Path(pdf_out)
    data, count = _TO_UNICODE.subn(lambda m: b" " * len(m.group(0)), pdf_in.read_bytes())
    if not count:
        raise ValueError(f"{pdf_in}: no /ToUnicode reference to drop")
    pdf_out.write_bytes(data)
    _copy_truth(pdf_in, pdf_out)
    return pdf_out


def unmapped_font_pdf(spec, pdf_out: str | Path) -> Path:
    """`spec` drawn by fpdf2 in embedded DejaVu Sans, then its /ToUnicode maps dropped.
    The truth sidecar is the spec's: the text is all there, only not as Unicode."""
    import dataclasses

    from .render import render

    pdf_out = Path(pdf_out)
    spec = dataclasses.replace(spec, producer="fpdf2", layout=dataclasses.replace(spec.layout, font="dejavu-sans"))
    mapped = pdf_out.with_name(pdf_out.stem + ".mapped.pdf")
    render(spec, mapped)
    without_unicode_map(mapped, pdf_out)
    mapped.unlink()
    truth_path(mapped).unlink()
    return pdf_out


DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

# A follow-up form's rows (label lines | answer lines): three answered "-". Alone on a short test image
# Tesseract reads such a dash; amid a page of rows it returns nothing for it.
FORM_ROWS = [
    ("Projektets namn", ["Laddstolpar för tjänstebilar på Axelsbergs torg"]),
    ("Plats", ["Axelsbergs torg (Hägersten-Liljeholmens stadsdelsnämnd)"]),
    ("Resultat", ["Nattvandrare och fältassistenter rör sig numera regelbundet i", "området under helgkvällar."]),
    ("Beskrivning av|eventuella avvikelser i|projektets|genomförande", ["-"]),
    (
        "Ekonomisk|redovisning",
        ["Budgeten för projektet var 2 900 000 kr. Utfallet för 2015", "uppgick till 2 930 000 kr."],
    ),
    ("Bilder före", ["-"]),
    ("Bilder efter", ["-"]),
]
LINE, ROW_GAP, ANSWERS_AT = 14, 12, 200  # pt


def form_page(scale: float, height: float = 842):
    """An A4 page (or its top `height` pt) of FORM_ROWS at `scale` px per pt (DejaVu Sans 9.5 pt, labels bold; numpy uint8) and the
    baselines (pt) of the rows answered "-"."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (round(595 * scale), round(height * scale)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(DEJAVU, 9.5 * scale)
    bold = ImageFont.truetype(DEJAVU.replace("Sans", "Sans-Bold"), 9.5 * scale)
    y, dashed = 120, []
    for label, answer in FORM_ROWS:
        labels = label.split("|")
        for n, text in enumerate(labels):
            draw.text((50 * scale, (y + n * LINE) * scale), text, font=bold, fill=0, anchor="ls")
        for n, text in enumerate(answer):
            draw.text((ANSWERS_AT * scale, (y + n * LINE) * scale), text, font=font, fill=0, anchor="ls")
        if answer == ["-"]:
            dashed.append(y)
        y += LINE * max(len(labels), len(answer)) + ROW_GAP
    return np.asarray(image), dashed
