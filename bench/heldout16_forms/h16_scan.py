"""The image-only families, from the SVG pages (h16_svg) rasterised by rsvg-convert, degraded with numpy and
written into a PDF by hand (h15_pdf's writer):
`tile_mosaic` (a grey 200 dpi scan of a form printed on coloured paper, so the paper reads light grey with fibre
noise, two hole-punch marks in the margin, a skew under 0.7°; each page stored as a mosaic of 12 to 24 image tiles,
each its own image XObject placed by `cm` in a shuffled order, some Flate and some JPEG); `carbon_turned` (a carbon
copy: violet ink, soft and faint on thin bluish paper, 200 dpi colour JPEG, the image stored turned a quarter and
the page /Rotate 90 or 270 so it shows upright); `fluoro_phone` (a phone photo of the page lying flat under
fluorescent light: a green cast, a moiré pattern and the tubes' flicker bands, a vignette, the desk round the sheet,
a tilt under 1.4°, JPEG, the page size that of the photo at 200 dpi).
"""

from __future__ import annotations

import io
import math
import random
import shutil
import zlib
from pathlib import Path

import numpy as np
from h15_pdf import PdfFile
from h16_layout import Page
from h16_svg import rasterise
from PIL import Image, ImageDraw, ImageFilter

DPI = 200


def available() -> bool:
    return shutil.which("rsvg-convert") is not None


def _jpeg(image: Image.Image, quality: int) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()


def _image_object(pdf: PdfFile, image: Image.Image, jpeg: bool, quality: int = 70) -> int:
    space = b"/DeviceGray" if image.mode == "L" else b"/DeviceRGB"
    if jpeg:
        data, codec = _jpeg(image, quality), b"/DCTDecode"
    else:
        data, codec = zlib.compress(image.tobytes()), b"/FlateDecode"
    return pdf.add(
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s /BitsPerComponent 8 /Filter %s "
        b"/Length %d >>\nstream\n" % (image.width, image.height, space, codec, len(data)) + data + b"\nendstream"
    )


def _noise(rng: random.Random, shape: tuple[int, ...], scale: float) -> np.ndarray:
    return np.random.default_rng(rng.randrange(1 << 30)).normal(0, scale, shape)


def mosaic(pages: list[Page], path: Path, rng: random.Random) -> int:
    paper = rng.choice(("#f3e08a", "#f6c1cf", "#bfe3c4", "#c9d9f2"))  # yellow, pink, green, blue paper
    pdf = PdfFile()
    numbers = []
    for image in rasterise(pages, DPI, "#151515", paper):
        grey = image.convert("L").rotate(rng.uniform(-0.7, 0.7), resample=Image.BICUBIC, fillcolor=235)
        draw = ImageDraw.Draw(grey)
        for fraction in (0.3, 0.7):  # the punch holes show the scanner's dark lid
            cx, cy, r = int(0.045 * grey.width), int(fraction * grey.height), int(0.022 * grey.width)
            draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=rng.randint(30, 60))
        pixels = np.asarray(grey, dtype=float) + _noise(rng, (grey.height, grey.width), 6)
        grey = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")
        columns, rows = rng.choice(((3, 4), (4, 6), (3, 6), (4, 5)))
        width_pt, height_pt = grey.width * 72 / DPI, grey.height * 72 / DPI
        xs = [round(grey.width * k / columns) for k in range(columns + 1)]
        ys = [round(grey.height * k / rows) for k in range(rows + 1)]
        names, ops = [], []
        for j in range(rows):
            for i in range(columns):
                tile = grey.crop((xs[i], ys[j], xs[i + 1], ys[j + 1]))
                number = _image_object(pdf, tile, jpeg=(i + j) % 3 == 0, quality=rng.randint(60, 80))
                name = b"T%d" % len(names)
                names.append(b"/%s %d 0 R" % (name, number))
                x, top = xs[i] * 72 / DPI, ys[j] * 72 / DPI
                w, h = (xs[i + 1] - xs[i]) * 72 / DPI, (ys[j + 1] - ys[j]) * 72 / DPI
                ops.append(b"q %.4f 0 0 %.4f %.4f %.4f cm /%s Do Q\n" % (w, h, x, height_pt - top - h, name))
        rng.shuffle(ops)
        page = Page(width_pt, height_pt)
        numbers.append(pdf.page(page, b"".join(ops), resources=b"/XObject << " + b" ".join(names) + b" >>"))  # type: ignore[arg-type]
    pdf.write(path, numbers)
    return len(numbers)


def carbon(pages: list[Page], path: Path, rng: random.Random) -> int:
    pdf = PdfFile()
    numbers = []
    rotate = rng.choice((90, 270))
    for image in rasterise(pages, DPI, "#4b3f8f", "#e4e9f2"):
        soft = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.0)))
        pixels = np.asarray(soft, dtype=float)
        paper = np.array([226.0, 231.0, 240.0])
        pixels = paper + (pixels - paper) * rng.uniform(0.55, 0.7)  # a faint copy: the ink's contrast halved
        pixels += _noise(rng, (pixels.shape[0], pixels.shape[1], 1), 5)
        faint = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB")
        # stored turned: a viewer applying /Rotate turns it back upright
        stored = faint.rotate(rotate, expand=True)
        number = _image_object(pdf, stored, jpeg=True, quality=rng.randint(55, 75))
        width_pt, height_pt = stored.width * 72 / DPI, stored.height * 72 / DPI
        page = Page(width_pt, height_pt)
        numbers.append(
            pdf.page(
                page,  # type: ignore[arg-type]
                b"q %.4f 0 0 %.4f 0 0 cm /Im0 Do Q" % (width_pt, height_pt),
                extra=b" /Rotate %d" % rotate,
                resources=b"/XObject << /Im0 %d 0 R >>" % number,
            )
        )
    pdf.write(path, numbers)
    return len(numbers)


def fluoro(pages: list[Page], path: Path, rng: random.Random) -> int:
    pdf = PdfFile()
    numbers = []
    for image in rasterise(pages, DPI, "#1a1a1a", "#ffffff"):
        sheet = image.rotate(rng.uniform(-1.4, 1.4), resample=Image.BICUBIC, expand=True, fillcolor=(255, 255, 255))
        border = int(0.06 * sheet.width)
        desk = Image.new("RGB", (sheet.width + 2 * border, sheet.height + 2 * border), (92, 84, 74))
        desk.paste(sheet, (border + rng.randint(-20, 20), border + rng.randint(-20, 20)))
        pixels = np.asarray(desk, dtype=float)
        h, w = pixels.shape[:2]
        yy, xx = np.mgrid[0:h, 0:w].astype(float)
        angle = rng.uniform(0.3, 1.2)
        period = rng.uniform(5.5, 9.0)  # pixels: a fine beat pattern, the moiré
        wave = np.sin((xx * math.cos(angle) + yy * math.sin(angle)) * 2 * math.pi / period)
        bands = np.sin(yy * 2 * math.pi / rng.uniform(180, 320))  # flicker bands of the tube
        light = 1 - 0.22 * (((xx - w / 2) / w) ** 2 + ((yy - h / 2) / h) ** 2) * 2  # vignette
        pixels = pixels * light[..., None] + (6 * wave + 5 * bands)[..., None]
        pixels *= np.array([0.9, 1.0, 0.84])  # the tubes' green cast
        pixels += _noise(rng, (h, w, 1), 4)
        photo = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB")
        number = _image_object(pdf, photo, jpeg=True, quality=rng.randint(60, 78))
        width_pt, height_pt = w * 72 / DPI, h * 72 / DPI
        numbers.append(
            pdf.page(
                Page(width_pt, height_pt),  # type: ignore[arg-type]
                b"q %.4f 0 0 %.4f 0 0 cm /Im0 Do Q" % (width_pt, height_pt),
                resources=b"/XObject << /Im0 %d 0 R >>" % number,
            )
        )
    pdf.write(path, numbers)
    return len(numbers)
