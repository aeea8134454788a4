"""Scans of the thirty-third forms' four layouts, for the layout of OCR'd pages (issue #12, thirty-fourth round,
h39/f-ocrlayout): each form drawn by the thirty-third round's text-layer generators from the set's description, then
scanned, so only Tesseract's words reach the layout (no type size class, no weight, no fill, boxes as pixels):

- the layouts, in turn: comb boxes (`ctext33`'s `rl_combs`, a short answer one character a box), dark label tabs
  (`ctext2_38`'s `rl_tabs`, the tab printed in a shade from black to mid grey, 0-0.45, the label white or, on the
  palest tabs, black), outline-numbered headings (`rl_outline`), the answer on a rule with its label under it
  (`rl_underrule`); fonts, sizes, margins and box counts as those generators vary them;
- the scans, in turn (this module's own, beyond the set's description): thermal fading (ink lifted towards the
  paper by a smooth random field to 45-70 %, one to three pale vertical or horizontal bands, 200 or 240 dpi grey
  JPEG); a palette of three to seven greys without dithering (180-220 dpi, lossless); a motion blur (a line
  kernel 2-6 px long at any angle, then noise and a JPEG of quality 70-90, 200 dpi); a bleached photocopy (200 dpi,
  contrast flattened, a Gaussian blur, JPEG 60-80).

Seed 39 is the tuning part; seed 3901 is kept aside and scored in aggregate only:

    PYTHONPATH=tests .venv/bin/python -m fixturegen.ocrshapes33 [--seed 39] [--count 16] [--misses] [--keep DIR]
"""

from __future__ import annotations

import io
import random
from pathlib import Path
from types import SimpleNamespace

SCANS = ("thermal", "palette", "motion", "bleached")
LAYOUTS = ("combs", "tabs", "outline", "underrule")


def _shaded_tabs(out: Path, count: int, seed: int) -> list[Path]:
    """`rl_tabs` forms with the tab's black replaced by a shade (and the label black on a pale one)."""
    from reportlab.lib import colors

    from . import ctext2_38

    rng = random.Random(f"tabs-{seed}")
    drawn: list[Path] = []
    real = ctext2_38.colors
    try:
        for k in range(count):
            shade = rng.choice((0.0, 0.15, 0.25, 0.35, 0.45))
            tab = colors.Color(shade, shade, shade)
            # the label white on a dark tab, black on the palest; the answer's ink stays black
            label = colors.black if shade >= 0.45 else colors.white
            shades = {name: getattr(colors, name) for name in dir(colors) if not name.startswith("_")}
            shades.update(black=tab, white=label)
            ctext2_38.colors = SimpleNamespace(**shades)  # type: ignore[assignment]
            made = ctext2_38.build_ctext2_38_forms(out / f"t{k}", 3 * (k + 1), seed)
            tabs = [p for p in made if "rl_tabs" in p.name]
            drawn.append(tabs[k])
    finally:
        ctext2_38.colors = real
    return drawn


def _drawn(out: Path, count: int, seed: int) -> list[Path]:
    from .ctext2_38 import build_ctext2_38_forms
    from .ctext33 import build_ctext33_forms

    per = (count + 3) // 4
    c33 = build_ctext33_forms(out / "c33", 3 * per + 3, seed)
    combs = [p for p in c33 if "rl_combs" in p.name][:per]
    rules = [p for p in c33 if "rl_underrule" in p.name][:per]
    c38 = build_ctext2_38_forms(out / "c38", 3 * per + 3, seed)
    outline = [p for p in c38 if "rl_outline" in p.name][:per]
    tabs = _shaded_tabs(out / "tabs", per, seed)
    drawn: list[Path] = []
    for k in range(count):
        group = (combs, tabs, outline, rules)[k % 4]
        if k // 4 < len(group):
            drawn.append(group[k // 4])
    return drawn


def _scan_page(image, rng: random.Random, scan: str):
    """One rendered page (PIL "L") as the stored image (PIL)."""
    import numpy as np
    from PIL import Image, ImageFilter

    noise = np.random.default_rng(rng.randrange(2**32))
    angle = rng.uniform(0.0, 0.5) * rng.choice((-1, 1))
    if scan != "palette" and abs(angle) > 0.05:
        image = image.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    pixels = np.asarray(image, dtype=np.float32)
    height, width = pixels.shape
    if scan == "thermal":
        # a smooth field of fading: coarse noise upsampled, then pale bands
        coarse = noise.random((6, 5)).astype(np.float32)
        field = np.asarray(Image.fromarray((coarse * 255).astype(np.uint8)).resize((width, height), Image.BICUBIC))
        lift = rng.uniform(0.45, 0.70) * field.astype(np.float32) / 255.0
        for _ in range(rng.randint(1, 3)):
            if rng.random() < 0.7:
                x = rng.randrange(width)
                w = rng.randint(width // 30, width // 8)
                lift[:, max(0, x - w) : x + w] += rng.uniform(0.1, 0.3)
            else:
                y = rng.randrange(height)
                h = rng.randint(height // 40, height // 12)
                lift[max(0, y - h) : y + h, :] += rng.uniform(0.1, 0.3)
        lift = np.clip(lift, 0.0, 0.72)
        paper = rng.uniform(225, 245)
        pixels = pixels * (paper / 255.0)
        pixels = pixels + (paper - pixels) * lift
        pixels += noise.normal(0, 4, pixels.shape)
        stored = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
        return _jpeg(stored, rng.randint(80, 92))
    if scan == "palette":
        levels = rng.randint(3, 7)
        greys = sorted({0, 255, *(rng.randint(30, 230) for _ in range(levels - 2))})
        edges = np.array([(a + b) / 2 for a, b in zip(greys, greys[1:])])
        index = np.digitize(pixels + noise.normal(0, 6, pixels.shape), edges)
        return Image.fromarray(np.array(greys, dtype=np.uint8)[index])
    if scan == "motion":
        length = rng.randint(2, 6)
        theta = rng.uniform(0, np.pi)
        size = 2 * length + 1
        kernel = np.zeros((size, size), np.float32)
        for t in np.linspace(-length / 2, length / 2, 4 * length + 1):
            kernel[int(round(length + t * np.sin(theta))), int(round(length + t * np.cos(theta)))] = 1.0
        kernel /= kernel.sum()
        smeared = np.zeros_like(pixels)
        padded = np.pad(pixels, length, mode="edge")
        for dy, dx in zip(*np.nonzero(kernel)):
            smeared += kernel[dy, dx] * padded[dy : dy + height, dx : dx + width]
        smeared += noise.normal(0, 5, smeared.shape)
        stored = Image.fromarray(np.clip(smeared, 0, 255).astype(np.uint8))
        return _jpeg(stored, rng.randint(70, 90))
    # bleached photocopy: ink greyed and softened
    low = rng.uniform(60, 110)
    pixels = low + pixels * (255 - low) / 255.0
    stored = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    stored = stored.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.1)))
    return _jpeg(stored, rng.randint(60, 80))


def _jpeg(image, quality: int):
    from PIL import Image

    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buffer.getvalue()))


def _scan(pdf_in: Path, pdf_out: Path, rng: random.Random, scan: str) -> Path:
    import pypdfium2
    from fpdf import FPDF

    from .scans import _copy_truth

    dpi = {"thermal": rng.choice((200, 240)), "palette": rng.randint(180, 220)}.get(scan, 200)
    document = pypdfium2.PdfDocument(str(pdf_in))
    pdf = FPDF(unit="pt")
    try:
        for page in document:
            width, height = page.get_size()
            image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            stored = _scan_page(image, rng, scan)
            buffer = io.BytesIO()
            stored.save(buffer, "PNG" if scan == "palette" else "JPEG", quality=95)
            buffer.seek(0)
            pdf.add_page(format=(width, height))
            pdf.image(buffer, x=0, y=0, w=width, h=height)
    finally:
        document.close()
    pdf.output(str(pdf_out))
    _copy_truth(pdf_in, pdf_out)
    return pdf_out


def build_ocr_shape33_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` image-only PDFs (with .truth.json) into out_dir: the layouts in turn, each drawn then scanned
    (the scans in turn, shifted by one each round of layouts so every layout meets every scan)."""
    out = Path(out_dir)
    rng = random.Random(seed)
    pdfs = []
    for k, pdf in enumerate(_drawn(out / "drawn", count, seed)):
        scan = SCANS[(k + k // 4) % len(SCANS)]
        name = f"{k:02d}-{LAYOUTS[k % 4]}-{scan}-{pdf.name}"
        pdfs.append(_scan(pdf, out / name, rng, scan))
    return pdfs


__all__ = ["LAYOUTS", "SCANS", "build_ocr_shape33_forms"]

if __name__ == "__main__":
    from layout_scoring import corpus_command

    corpus_command(build_ocr_shape33_forms, 39, 16, "name the files that missed")
