"""The image-only families: h23_layout's pages drawn into Pillow images with FreeType (Liberation Sans), worn with
numpy, saved by Pillow's PDF writer, one image a page, no text layer.

`drum_ghost` (a laser print from a worn drum scanned grey at 200 dpi: a faint second and third copy of the print
repeated a drum's turn (about 75 mm) further down the sheet, a pale stripe down the page where the toner ran low,
a little grain; JPEG); `crumpled_scan` (a sheet crumpled and smoothed out again, scanned in colour at 240 dpi:
a web of creases, each a dark and a light edge with the print pushed a pixel or two sideways across it, on a
cream paper; JPEG); `kopia_watermark` (a copy from an archive copier that prints "KOPIA" (or "ARKIVEXEMPLAR")
large and light across every page at a slant, over the print, with the copier's line of date and machine number
at the foot; grey 200 dpi, JPEG).
"""

from __future__ import annotations

import math
import random
from functools import lru_cache
from pathlib import Path

import numpy as np
from h23_layout import Page
from PIL import Image, ImageDraw, ImageFont

FONTS = {
    False: "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    True: "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
}


@lru_cache(maxsize=64)
def _font(bold: bool, pixels: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONTS[bold], pixels)


def draw_page(page: Page, dpi: int, ink: int = 25, paper: int = 250) -> Image.Image:
    """The page as a grey image at `dpi`: boxes filled and framed, then the text at its baselines."""
    scale = dpi / 72
    image = Image.new("L", (round(page.width * scale), round(page.height * scale)), paper)
    draw = ImageDraw.Draw(image)
    for b in page.boxes:
        box = (b.x0 * scale, b.y0 * scale, b.x1 * scale, b.y1 * scale)
        fill = None if b.fill is None else round(ink + (paper - ink) * b.fill)
        draw.rectangle(box, fill=fill, outline=ink if b.stroke else None, width=max(1, round(0.5 * scale)))
    for t in page.texts:
        colour = round(ink + (paper - ink) * t.grey)
        font = _font(t.bold, round(t.size * scale))
        draw.text((t.x * scale, t.y * scale), t.text.replace("\u00a0", " "), font=font, fill=colour, anchor="ls")
    return image


def _noise(rng: random.Random, shape: tuple[int, ...], scale: float) -> np.ndarray:
    return np.random.default_rng(rng.randrange(1 << 30)).normal(0, scale, shape)


def _save(images: list[Image.Image], path: Path, dpi: int, quality: int) -> int:
    images[0].save(path, "PDF", save_all=True, append_images=images[1:], resolution=dpi, quality=quality)
    return len(images)


def drum_ghost(pages: list[Page], path: Path, rng: random.Random) -> int:
    dpi = 200
    turn_px = round(rng.uniform(74, 77) / 25.4 * dpi)  # a 24 mm drum's circumference
    strengths = (rng.uniform(0.1, 0.18), rng.uniform(0.04, 0.08))
    band_x = rng.uniform(0.15, 0.75)
    band_w = rng.uniform(0.06, 0.14)
    out = []
    for page in pages:
        paper = 250
        pixels = np.asarray(draw_page(page, dpi, ink=20, paper=paper), dtype=float)
        ink = (paper - pixels) / paper
        h, w = ink.shape
        ghost = np.zeros_like(ink)
        for k, strength in enumerate(strengths, 1):
            shift = k * turn_px
            if shift < h:
                ghost[shift:] += ink[: h - shift] * strength
        xs = np.arange(w) / w
        toner = 1 - 0.55 * np.exp(-(((xs - band_x) / band_w) ** 4))  # the low-toner stripe
        total = np.clip(ink * toner[None, :] + ghost, 0, 1)
        grey = paper - total * (paper - 15) + _noise(rng, (h, w), 4)
        out.append(Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L"))
    return _save(out, path, dpi, rng.randint(70, 85))


def _creases(rng: random.Random, h: int, w: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Shading and the sideways push of a web of creases: each a line across the sheet at a random angle."""
    ys, xs = np.mgrid[0:h, 0:w].astype(float)
    shade = np.zeros((h, w))
    dx = np.zeros((h, w))
    dy = np.zeros((h, w))
    for _ in range(rng.randint(7, 12)):
        angle = rng.uniform(0, math.pi)
        nx, ny = math.cos(angle), math.sin(angle)
        cx, cy = rng.uniform(0, w), rng.uniform(0, h)
        dist = (xs - cx) * nx + (ys - cy) * ny
        width = rng.uniform(3, 9)
        profile = np.tanh(dist / width)
        bump = np.exp(-((dist / width) ** 2))
        shade += bump * profile * rng.uniform(0.08, 0.16) - bump * rng.uniform(0.03, 0.07)
        push = rng.uniform(0.8, 2.2)
        dx += profile * push * nx * 0.5
        dy += profile * push * ny * 0.5
    return shade, dx, dy


def crumpled_scan(pages: list[Page], path: Path, rng: random.Random) -> int:
    dpi = 240
    out = []
    for page in pages:
        grey = np.asarray(draw_page(page, dpi, ink=30, paper=255), dtype=float)
        h, w = grey.shape
        shade, dx, dy = _creases(rng, h, w)
        ys, xs = np.mgrid[0:h, 0:w]
        src_y = np.clip(np.rint(ys + dy), 0, h - 1).astype(int)
        src_x = np.clip(np.rint(xs + dx), 0, w - 1).astype(int)
        warped = grey[src_y, src_x]
        light = 1 - shade + _noise(rng, (h, w), 0.012)
        paper = np.array((246.0, 240.0, 226.0)) / 255
        rgb = warped[..., None] * paper[None, None, :] * light[..., None]
        out.append(Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB"))
    return _save(out, path, dpi, rng.randint(72, 88))


def kopia_watermark(pages: list[Page], path: Path, rng: random.Random, year: int) -> int:
    dpi = 200
    word = rng.choice(("KOPIA", "KOPIA", "ARKIVEXEMPLAR"))
    angle = rng.uniform(28, 52)
    level = rng.randint(190, 215)
    machine = f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
    out = []
    for n, page in enumerate(pages, 1):
        image = draw_page(page, dpi, ink=15, paper=252)
        w, h = image.size
        mark = Image.new("L", (w, h), 255)
        font = _font(True, round(w / (len(word) * 0.62)))
        ImageDraw.Draw(mark).text((w / 2, h / 2), word, font=font, fill=level, anchor="mm")
        mark = mark.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
        pixels = np.asarray(image, dtype=float) * np.asarray(mark, dtype=float) / 255
        stamp = Image.fromarray(np.clip(pixels + _noise(rng, (h, w), 5), 0, 255).astype(np.uint8), "L")
        line = f"{year + 1}-0{rng.randint(1, 9)}-{rng.randint(10, 28)}  Kopiator {machine}  {n}"
        ImageDraw.Draw(stamp).text((w * 0.08, h - 0.25 * dpi), line, font=_font(False, round(0.09 * dpi)), fill=60)
        out.append(stamp)
    return _save(out, path, dpi, rng.randint(68, 82))
