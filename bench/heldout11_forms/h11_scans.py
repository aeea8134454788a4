"""Scanned and part-scanned forms, made from a text-layer PDF of the same form (PyMuPDF renders, Pillow spoils).

`book_scan`: two pages side by side on one landscape image, as a book scanner sees an opened binder: 150 dpi
colour, yellowed paper, a shadow down the gutter, each half turned a little its own way, heavy JPEG compression.
`pen_scan`: one page an image, 200 dpi, a different skew on each page (up to 1.5°), handwritten ticks, wavy
underlines under words, a circled word and scribbled notes in the margin, in blue, red or pencil.
`mixed_pages`: the text-layer form with one page replaced by a greyscale scan of it, or followed by a page that
is only a photograph of the place or a signed and stamped page with no printed text.
"""

from __future__ import annotations

import io
import math
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageOps


def _raster(page, dpi: int, grey: bool) -> Image.Image:
    import pymupdf as fitz

    pix = page.get_pixmap(dpi=dpi, colorspace=fitz.csGRAY if grey else fitz.csRGB, alpha=False)
    return Image.frombytes("L" if grey else "RGB", (pix.width, pix.height), pix.samples)


def _jpeg(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def _noise(img: Image.Image, rng: random.Random, amount: int) -> Image.Image:
    """Speckle: a few thousand dark and light dots."""
    draw = ImageDraw.Draw(img)
    w, h = img.size
    dark = 60 if img.mode == "L" else (60, 60, 60)
    for _ in range(amount):
        x, y = rng.randrange(w), rng.randrange(h)
        draw.point((x, y), fill=dark)
    return img


def _image_pdf(images: list[tuple[bytes, float, float]], out: Path) -> None:
    """An image-only PDF: each page one JPEG filling a page of the given size in points."""
    import pymupdf as fitz

    doc = fitz.open()
    for data, w, h in images:
        page = doc.new_page(width=w, height=h)
        page.insert_image(page.rect, stream=data)
    doc.save(str(out), deflate=True)
    doc.close()


def _tint(img: Image.Image, colour: tuple[int, int, int]) -> Image.Image:
    """Multiply by a paper colour."""
    paper = Image.new("RGB", img.size, colour)
    return Image.composite(img, paper, ImageOps.invert(img.convert("L")).point(lambda v: 255 if v > 40 else v * 6))


def book_scan(src: Path, out: Path, rng: random.Random) -> int:
    import pymupdf as fitz

    doc = fitz.open(str(src))
    dpi = 150
    halves = []
    for page in doc:
        img = _raster(page, dpi, grey=False)
        img = _tint(img, (rng.randint(236, 250), rng.randint(228, 242), rng.randint(200, 222)))
        img = img.rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, expand=False, fillcolor=(238, 232, 214))
        halves.append(img)
    sheets = []
    for i in range(0, len(halves), 2):
        left = halves[i]
        right = halves[i + 1] if i + 1 < len(halves) else Image.new("RGB", left.size, (240, 234, 216))
        w, h = left.size
        sheet = Image.new("RGB", (2 * w + 30, h + 40), (70, 66, 60))
        sheet.paste(left, (10, 20 + rng.randint(-6, 6)))
        sheet.paste(right, (w + 20, 20 + rng.randint(-6, 6)))
        shade = ImageDraw.Draw(sheet, "RGBA")
        mid = w + 15
        for dx in range(-40, 41):  # the gutter: darker towards the fold
            alpha = int(140 * (1 - abs(dx) / 41) ** 2)
            shade.line([(mid + dx, 0), (mid + dx, h + 40)], fill=(40, 35, 30, alpha))
        sheet = _noise(sheet, rng, 3000)
        sheets.append((_jpeg(sheet, rng.randint(18, 32)), sheet.width * 72 / dpi, sheet.height * 72 / dpi))
    _image_pdf(sheets, out)
    return len(sheets)


def _scribble(
    draw: ImageDraw.ImageDraw, x: float, y: float, length: float, colour, rng: random.Random, width: int
) -> None:
    """Cursive-like loops along a line: looks like handwriting, reads as no letters."""
    points = []
    t = 0.0
    while t < length:
        points.append((x + t + 6 * math.cos(t / 5), y + 9 * math.sin(t / 3.5) * rng.uniform(0.6, 1.1)))
        t += 1.5
    draw.line(points, fill=colour, width=width, joint="curve")


def _pen(img: Image.Image, page, rng: random.Random, dpi: int) -> None:
    draw = ImageDraw.Draw(img)
    scale = dpi / 72
    colour = rng.choice([(20, 50, 170), (190, 20, 30), (90, 90, 90)])
    width = max(2, int(scale))
    words = page.get_text("words")
    if words:
        for _ in range(rng.randint(1, 3)):  # wavy underline under a few words on one line
            i = rng.randrange(len(words))
            run = [w for w in words[i : i + 4] if abs(w[3] - words[i][3]) < 2]
            x0, x1, y = run[0][0] * scale, run[-1][2] * scale, run[0][3] * scale + 3
            pts = [(x, y + 2 * math.sin(x / 9)) for x in range(int(x0), int(x1), 3)]
            if len(pts) > 1:
                draw.line(pts, fill=colour, width=width)
        w = words[rng.randrange(len(words))]  # a circled word
        draw.ellipse(
            [w[0] * scale - 8, w[1] * scale - 6, w[2] * scale + 8, w[3] * scale + 6], outline=colour, width=width
        )
        for _ in range(rng.randint(1, 2)):  # ticks in the left margin beside a line
            w = words[rng.randrange(len(words))]
            x, y = 14 * scale, (w[1] + w[3]) / 2 * scale
            draw.line(
                [(x, y), (x + 8 * scale / 2, y + 10 * scale / 2), (x + 22 * scale / 2, y - 12 * scale / 2)],
                fill=colour,
                width=width + 1,
            )
    mw = img.width
    for _ in range(rng.randint(1, 2)):  # notes in the right margin, a few short lines of loops
        y = rng.uniform(0.2, 0.8) * img.height
        for line in range(rng.randint(2, 4)):
            _scribble(draw, mw - 44 * scale, y + line * 11 * scale, rng.uniform(26, 36) * scale, colour, rng, width)


def pen_scan(src: Path, out: Path, rng: random.Random) -> int:
    import pymupdf as fitz

    doc = fitz.open(str(src))
    dpi = 200
    grey = rng.random() < 0.4
    images = []
    angles = rng.sample([a / 10 for a in range(-15, 16) if a], len(doc))  # a different skew on each page
    for page, angle in zip(doc, angles, strict=True):
        img = _raster(page, dpi, grey=False)
        _pen(img, page, rng, dpi)
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
        img = _noise(img, rng, 1500).filter(ImageFilter.GaussianBlur(0.5))
        if grey:
            img = img.convert("L")
        images.append((_jpeg(img, rng.randint(55, 80)), page.rect.width, page.rect.height))
    _image_pdf(images, out)
    return len(images)


def _photo(w: int, h: int, rng: random.Random) -> Image.Image:
    """A photograph of a lit path in a park: sky, grass, a path, lamp posts; no letters anywhere."""
    img = Image.new("RGB", (w, h))
    draw = ImageDraw.Draw(img)
    for y in range(h):
        t = y / h
        colour = (
            (int(60 + 90 * t), int(90 + 80 * t), int(160 - 40 * t))
            if t < 0.5
            else (int(50 + 40 * t), int(110 + 30 * t), 50)
        )
        draw.line([(0, y), (w, y)], fill=colour)
    draw.polygon([(w * 0.45, h * 0.5), (w * 0.55, h * 0.5), (w * 0.8, h), (w * 0.2, h)], fill=(150, 140, 125))
    for x in (0.3, 0.62, 0.75):
        top = h * rng.uniform(0.2, 0.3)
        draw.rectangle([w * x, top, w * x + 6, h * 0.8], fill=(40, 40, 45))
        draw.ellipse([w * x - 14, top - 14, w * x + 20, top + 12], fill=(255, 240, 180))
    return img.filter(ImageFilter.GaussianBlur(1.2))


def _signature(w: int, h: int, rng: random.Random) -> Image.Image:
    """A signed page: a scribbled signature over a drawn line and a round stamp, no printed text."""
    img = Image.new("RGB", (w, h), (250, 250, 247))
    draw = ImageDraw.Draw(img)
    y = h * 0.3
    draw.line([(w * 0.12, y + 30), (w * 0.5, y + 30)], fill=(30, 30, 30), width=3)
    _scribble(draw, w * 0.14, y, w * 0.3, (20, 40, 150), rng, 4)
    draw.ellipse([w * 0.6, y - 80, w * 0.6 + 220, y + 140], outline=(150, 40, 120), width=8)
    draw.ellipse([w * 0.6 + 30, y - 50, w * 0.6 + 190, y + 110], outline=(150, 40, 120), width=4)
    return _noise(img, rng, 2000)


def mixed_pages(src: Path, out: Path, rng: random.Random) -> tuple[int, str]:
    """Returns the page count and what was done ("scanned page N", "photo page", "signature page")."""
    import pymupdf as fitz

    doc = fitz.open(str(src))
    dest = fitz.open()
    n = len(doc)
    scanned = rng.randrange(1, n) if n >= 2 and rng.random() < 0.65 else None
    for i in range(n):
        if i == scanned:
            img = _raster(doc[i], 200, grey=True)
            img = img.rotate(rng.uniform(-1.0, 1.0), resample=Image.BICUBIC, fillcolor=255)
            img = _noise(img, rng, 1500)
            page = dest.new_page(width=doc[i].rect.width, height=doc[i].rect.height)
            page.insert_image(page.rect, stream=_jpeg(img, 70))
        else:
            dest.insert_pdf(doc, from_page=i, to_page=i)
    what = f"scanned page {scanned + 1}" if scanned is not None else rng.choice(["photo page", "signature page"])
    if scanned is None:
        w, h = int(doc[0].rect.width * 150 / 72), int(doc[0].rect.height * 150 / 72)
        img = _photo(w, int(h * 0.45), rng) if what == "photo page" else _signature(w, h, rng)
        page = dest.new_page(width=doc[0].rect.width, height=doc[0].rect.height)
        if what == "photo page":
            page.insert_image(
                fitz.Rect(50, 80, page.rect.width - 50, 80 + (page.rect.width - 100) * 0.45 * h / w),
                stream=_jpeg(img, 75),
            )
        else:
            page.insert_image(page.rect, stream=_jpeg(img, 75))
    dest.save(str(out), deflate=True)
    pages = len(dest)
    dest.close()
    return pages, what
