"""The scanned families: the laid-out pages (h16_layout) drawn straight into Pillow images with FreeType (the
seventeenth generator's `draw_page`), degraded with numpy.
Image-only, saved by Pillow's PDF writer, one JPEG a page: `sticky_note` (a colour office scan at 200 dpi with a
yellow sticky note, a few pen strokes on it, stuck over part of an answer on the first page and somewhere else on
later pages, its shadow on the paper); `a5_twoup` (the form printed at A5, two pages scanned side by side on one
landscape A4 sheet at 300 dpi, each half a little turned, the gutter's shadow between them); `diazo` (a blueprint:
light letters and rules on a mottled blue ground, the sheet's edges darker, at 200 dpi).
With a text layer of its own, written by hand: `poor_ocr_sandwich` (a grey 200 dpi scan under an invisible text
layer, render mode 3, from a poor OCR engine: some words misread letter by letter, some lines a few points off, the
lines written in an order that is not the reading order and each line stretched by `Tz` to the image's width).
"""

from __future__ import annotations

import io
import random
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout17_forms"))
from h15_pdf import PdfFile, pdf_string  # noqa: E402
from h16_layout import Page, text_width  # noqa: E402
from h17_scan import _noise, draw_page  # noqa: E402


def _save(images: list[Image.Image], path: Path, dpi: int, quality: int) -> int:
    images[0].save(path, "PDF", save_all=True, append_images=images[1:], resolution=dpi, quality=quality)
    return len(images)


def _rgb(grey: Image.Image, paper: tuple[int, int, int], ink: tuple[int, int, int]) -> np.ndarray:
    level = np.asarray(grey, dtype=float)[..., None] / 255  # 1 paper, 0 ink
    return np.array(ink, dtype=float) + level * (np.array(paper, dtype=float) - np.array(ink, dtype=float))


def sticky_note(pages: list[Page], path: Path, rng: random.Random) -> int:
    dpi, out = 200, []
    scale = dpi / 72
    for n, page in enumerate(pages):
        rgb = _rgb(draw_page(page, dpi, ink=25, paper=255), (246, 245, 240), (28, 28, 36))
        rgb += _noise(rng, (rgb.shape[0], rgb.shape[1], 1), 3)
        image = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")
        answers = [r for r in page.runs if r.kind == "answer"] or page.runs
        anchor = answers[0] if n == 0 else rng.choice(answers)
        side = round(rng.uniform(95, 125) * scale)
        x = round((anchor.left + rng.uniform(0.3, 0.7) * text_width(anchor.text, anchor.size)) * scale)
        y = round((anchor.y - anchor.size) * scale) - rng.randint(0, side // 3)
        x, y = max(0, min(x, image.width - side)), max(0, min(y, image.height - side))
        shadow = Image.new("L", image.size, 0)
        ImageDraw.Draw(shadow).rectangle((x + 8, y + 10, x + side + 8, y + side + 10), fill=70)
        shadow = shadow.filter(ImageFilter.GaussianBlur(9))
        image = Image.composite(Image.new("RGB", image.size, (120, 118, 110)), image, shadow)
        note = Image.new("RGB", (side, side), (250, 232, 110))
        draw = ImageDraw.Draw(note)
        for k in range(rng.randint(2, 3)):  # pen strokes, no words
            y0 = side * (0.25 + 0.2 * k)
            points = [(side * t, y0 + rng.uniform(-6, 6)) for t in np.linspace(0.12, rng.uniform(0.5, 0.85), 9)]
            draw.line(points, fill=(30, 40, 120), width=3, joint="curve")
        note = note.rotate(rng.uniform(-6, 6), expand=True, fillcolor=(0, 0, 0))
        mask = note.convert("L").point(lambda v: 255 if v > 8 else 0)
        image.paste(note, (x, y), mask)
        out.append(image)
    return _save(out, path, dpi, rng.randint(70, 85))


def a5_twoup(pages: list[Page], path: Path, rng: random.Random) -> int:
    dpi = 300
    scale = dpi / 72
    sheet_w, sheet_h = round(842 * scale), round(595 * scale)
    half_w = sheet_w // 2
    out = []
    for first in range(0, len(pages), 2):
        sheet = Image.new("L", (sheet_w, sheet_h), 250)
        for k, page in enumerate(pages[first : first + 2]):
            a4 = draw_page(page, round(dpi * 0.707), ink=20, paper=250)  # A4 drawn at A5 size
            turned = a4.rotate(rng.uniform(-0.6, 0.6), expand=False, fillcolor=250, resample=Image.BICUBIC)
            sheet.paste(turned, (k * half_w + (half_w - turned.width) // 2, (sheet_h - turned.height) // 2))
        pixels = np.asarray(sheet, dtype=float)
        xx = np.arange(sheet_w)
        gutter = 1 - 0.35 * np.exp(-(((xx - half_w) / (0.012 * sheet_w)) ** 2))
        pixels = pixels * gutter[None, :] + _noise(rng, pixels.shape, 4)
        out.append(Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L"))
    return _save(out, path, dpi, rng.randint(60, 80))


def _mottle(rng: random.Random, h: int, w: int) -> np.ndarray:
    """A blotchy field around 0 (about ±0.25), coarse noise blown up to the page's size."""
    coarse = np.clip(128 + _noise(rng, (h // 16, w // 16), 30), 0, 255).astype(np.uint8)
    return np.asarray(Image.fromarray(coarse).resize((w, h), Image.BICUBIC), dtype=float)[..., None] / 128 - 1


def diazo(pages: list[Page], path: Path, rng: random.Random) -> int:
    dpi, out = 200, []
    ground = (rng.randint(25, 45), rng.randint(60, 85), rng.randint(140, 170))
    for page in pages:
        grey = draw_page(page, dpi, ink=0, paper=255).filter(ImageFilter.GaussianBlur(0.7))
        level = 1 - np.asarray(grey, dtype=float)[..., None] / 255  # 1 ink, 0 paper
        h, w = level.shape[:2]
        mottle = _mottle(rng, h, w)
        yy, xx = np.mgrid[0:h, 0:w]
        edge = (np.minimum(np.minimum(xx, w - xx), np.minimum(yy, h - yy)) < 0.04 * w)[..., None] * -18.0
        blue = np.array(ground, dtype=float) * (1 + 0.12 * mottle) + edge
        letters = np.array((222, 232, 246), dtype=float)
        rgb = blue + level * (letters - blue) + _noise(rng, (h, w, 1), 5)
        out.append(Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB"))
    return _save(out, path, dpi, rng.randint(65, 80))


MISREADS = (("rn", "m"), ("l", "1"), ("å", "a"), ("ö", "o"), ("e", "c"), ("ä", "a"), ("i", "l"), ("t", "f"))


def misread(word: str, rng: random.Random) -> str:
    """`word` as a poor OCR engine reads it: one confusable letter (or pair) replaced, when it has one."""
    found = [(a, b) for a, b in MISREADS if a in word]
    if not found:
        return word
    a, b = rng.choice(found)
    return word.replace(a, b, 1)


def ocr_line(text: str, rng: random.Random, share: float) -> str:
    return " ".join(misread(w, rng) if rng.random() < share else w for w in text.replace("\u00a0", " ").split(" "))


def poor_ocr_sandwich(pages: list[Page], path: Path, rng: random.Random) -> int:
    dpi = 200
    pdf = PdfFile()
    numbers = []
    share = rng.uniform(0.08, 0.16)  # of words misread
    for page in pages:
        grey = draw_page(page, dpi, ink=30, paper=238)
        pixels = np.asarray(grey, dtype=float) + _noise(rng, (grey.height, grey.width), 6)
        buffer = io.BytesIO()
        Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L").save(buffer, "JPEG", quality=rng.randint(55, 70))
        image = pdf.stream(
            buffer.getvalue(),
            b" /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8"
            b" /Filter /DCTDecode" % (grey.width, grey.height),
            compress=False,
        )
        runs = list(page.runs)
        rng.shuffle(runs)  # the engine's own order of lines
        ops = [b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q\n" % (page.width, page.height), b"BT 3 Tr\n"]
        for run in runs:
            text = ocr_line(run.text, rng, share)
            size = run.size + rng.choice((-1, 0, 0, 1))
            stretch = 100 * text_width(run.text, run.size, run.bold) / max(1.0, text_width(text, size))
            y = page.height - run.y + rng.choice((0, 0, 0, -2.5, 2.5))
            ops.append(
                b"/F1 %.1f Tf %.1f Tz 1 0 0 1 %.2f %.2f Tm %s Tj\n" % (size, stretch, run.left, y, pdf_string(text))
            )
        ops.append(b"ET\n")
        numbers.append(pdf.page(page, b"".join(ops), resources=b"/XObject << /Im0 %d 0 R >>" % image))  # type: ignore[arg-type]
    pdf.write(path, numbers)
    return len(numbers)
