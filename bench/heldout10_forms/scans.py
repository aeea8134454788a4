"""Page images made to look like scans of a new kind (Pillow and numpy), and image-only PDFs of them.

- photocopy of a photocopy: toner noise, grey speckle, dark margins where the glass was uncovered, a skew up
  to 1.5° that differs from page to page;
- turned pages: one page of a two- or three-page scan upside down or turned 90°;
- a coffee ring and hole-punch marks, over faded low-contrast print.
"""

from __future__ import annotations

import io
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter


def _skew(img: Image.Image, angle: float) -> Image.Image:
    return img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)


def photocopy(img: Image.Image, rng: random.Random) -> Image.Image:
    """Two generations of copying: blur, toner noise, darkened edges, a per-page skew."""
    arr = np.asarray(img.filter(ImageFilter.GaussianBlur(0.8)), dtype=np.float32)
    gen = np.random.default_rng(rng.randrange(1 << 30))
    for _ in range(2):  # each copy thickens the strokes a little and adds grain
        arr = np.where(arr < 200, arr * 0.85, arr)
        arr += gen.normal(0, 10, arr.shape)
        specks = gen.random(arr.shape) < 0.0006
        arr[specks] = gen.uniform(20, 120, specks.sum())
    h, w = arr.shape
    margin = int(w * rng.uniform(0.01, 0.03))
    arr[:, :margin] *= 0.25
    arr[:, w - margin // 2 :] *= 0.35
    arr[: margin // 2, :] *= 0.4
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
    return _skew(out, rng.uniform(-1.5, 1.5))


def faded(img: Image.Image, rng: random.Random) -> Image.Image:
    """Low-contrast print: black becomes mid grey, paper a light grey."""
    arr = np.asarray(img, dtype=np.float32) / 255.0
    ink, paper = rng.uniform(95, 130), rng.uniform(225, 240)
    arr = ink + arr * (paper - ink)
    gen = np.random.default_rng(rng.randrange(1 << 30))
    arr += gen.normal(0, 4, arr.shape)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")


def stain_and_holes(img: Image.Image, rng: random.Random) -> Image.Image:
    """A coffee ring somewhere on the page and two or four punched holes in the left margin."""
    img = img.copy()
    w, h = img.size
    layer = Image.new("L", img.size, 0)
    draw = ImageDraw.Draw(layer)
    cx, cy, r = rng.uniform(0.3, 0.8) * w, rng.uniform(0.2, 0.8) * h, rng.uniform(0.08, 0.13) * w
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=40)
    draw.ellipse((cx - r * 0.92, cy - r * 0.92, cx + r * 0.92, cy + r * 0.92), fill=18)
    layer = layer.filter(ImageFilter.GaussianBlur(6))
    img = Image.fromarray(np.clip(np.asarray(img, np.int16) - np.asarray(layer, np.int16), 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(img)
    holes = rng.choice((2, 4))
    hx, hr = w * 0.035, w * 0.018
    for k in range(holes):
        hy = h * (0.5 + (k - (holes - 1) / 2) * (0.27 if holes == 2 else 0.13))
        draw.ellipse((hx - hr, hy - hr, hx + hr, hy + hr), fill=rng.randrange(15, 60))
    return img


def turn_one(images: list[Image.Image], rng: random.Random) -> list[Image.Image]:
    """One page (not always the first) upside down or turned a quarter."""
    k = rng.randrange(len(images))
    angle = rng.choice((180, 90, 270))
    images = list(images)
    images[k] = images[k].rotate(angle, expand=True)
    return images


def image_pdf(images: list[Image.Image], dpi: int = 300) -> bytes:
    """An image-only PDF (JPEG pages at `dpi`), Pillow's writer."""
    out = io.BytesIO()
    first, rest = images[0], images[1:]
    first.save(out, "PDF", resolution=dpi, save_all=True, append_images=rest, quality=70)
    return out.getvalue()
