"""The image-only families: the laid-out pages (h16_layout) drawn straight into Pillow images with FreeType (the
seventeenth generator's `draw_page`), degraded with numpy and saved by Pillow's own PDF writer, one JPEG image a page.
`thermal_fax` (a faded thermal fax roll: the page as 200 dpi black dots, the print fading from the roll's start to
its end in a brownish grey on yellowed paper, a few print-head columns dropped, the lines bowed by the roll's curl);
`stamp_tick` (a 300 dpi grey scan stored as a low-quality JPEG: a received stamp in red ink, "INKOM" with a date and
the office, pressed across part of an answer, and ballpoint marks on the labels: ticks beside some, a wavy underline
under others); `microfilm` (a print from a microfilm reader: soft, low contrast, coarse grain, vertical scratches and
a dark vignette; on odd turns a negative print, light text on a dark ground).
"""

from __future__ import annotations

import math
import random
from pathlib import Path

import numpy as np
from h16_layout import Page, text_width
from h17_scan import _font, _noise, draw_page
from PIL import Image, ImageDraw, ImageFilter

OFFICES = ("Stadsdelsförvaltningen", "Registraturen", "Trafikkontoret")


def _save(images: list[Image.Image], path: Path, dpi: int, quality: int) -> int:
    images[0].save(path, "PDF", save_all=True, append_images=images[1:], resolution=dpi, quality=quality)
    return len(images)


def thermal_fax(pages: list[Page], path: Path, rng: random.Random) -> int:
    dpi, out = 200, []
    start, fade = rng.uniform(0.72, 0.85), rng.uniform(0.25, 0.4)
    paper, ink = np.array([236.0, 229.0, 205.0]), np.array([75.0, 66.0, 58.0])
    for n, page in enumerate(pages):
        dots = np.asarray(draw_page(page, dpi), dtype=float) < 128  # thermal print: a dot or none
        h, w = dots.shape
        for x in rng.sample(range(w // 8, w - w // 8), rng.randint(2, 4)):  # dead print-head elements
            dots[:, x : x + rng.randint(1, 2)] = False
        curl = rng.uniform(5, 11)
        shift = np.round(curl * np.sin(np.pi * np.arange(h) / h)).astype(int)
        cols = (np.arange(w)[None, :] - shift[:, None]) % w
        dots = np.take_along_axis(dots, cols, axis=1)
        along = (n + np.arange(h) / h) / len(pages)  # how far down the roll
        darkness = (start * (1 - fade * along))[:, None, None]
        rgb = paper - dots[..., None] * darkness * (paper - ink) + _noise(rng, (h, w, 1), 4)
        image = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.6))
        out.append(image)
    return _save(out, path, dpi, rng.randint(60, 75))


def _stamp(image: Image.Image, page: Page, rng: random.Random, scale: float, date: str) -> None:
    """A received stamp pressed over part of an answer: a mask of the stamp's ink, multiplied into `image`."""
    answers = [r for r in page.runs if r.kind == "answer"] or page.runs
    anchor = rng.choice(answers)
    ink = Image.new("L", (round(190 * scale), round(66 * scale)), 0)
    draw = ImageDraw.Draw(ink)
    draw.rounded_rectangle((2, 2, ink.width - 3, ink.height - 3), radius=round(6 * scale), outline=255, width=3)
    font = _font(True, round(15 * scale))
    draw.text((ink.width // 2, round(20 * scale)), "INKOM", font=font, fill=255, anchor="mm")
    small = _font(False, round(10 * scale))
    draw.text((ink.width // 2, round(38 * scale)), date, font=small, fill=255, anchor="mm")
    draw.text((ink.width // 2, round(53 * scale)), rng.choice(OFFICES), font=small, fill=255, anchor="mm")
    ink = ink.rotate(rng.uniform(-9, 9), expand=True, resample=Image.BICUBIC)
    patchy = (
        np.asarray(ink, dtype=float) / 255 * np.clip(rng.uniform(0.5, 0.7) + _noise(rng, ink.size[::-1], 0.15), 0, 1)
    )
    x = round((anchor.left + rng.uniform(0, 0.5) * text_width(anchor.text, anchor.size)) * scale) - ink.width // 2
    y = round(anchor.y * scale) - ink.height // 2
    x, y = max(0, min(x, image.width - ink.width)), max(0, min(y, image.height - ink.height))
    box = np.asarray(image, dtype=float)[y : y + ink.height, x : x + ink.width]
    stamped = box * (1 - patchy * 0.5) + 140 * patchy * 0.5  # a red ink reads mid grey in a grey scan
    pixels = np.asarray(image, dtype=float).copy()
    pixels[y : y + ink.height, x : x + ink.width] = np.minimum(box, stamped)
    image.paste(Image.fromarray(pixels.astype(np.uint8), "L"))


def _ballpoint(image: Image.Image, page: Page, rng: random.Random, scale: float) -> None:
    """Ticks beside some labels and wavy underlines under others, in a ballpoint's thin dark line."""
    draw = ImageDraw.Draw(image)
    width = max(2, round(0.9 * scale))
    labels = [r for r in page.runs if r.kind == "label"]
    for run in rng.sample(labels, min(len(labels), rng.randint(2, 4))):
        x, y = run.left * scale, run.y * scale
        if rng.random() < 0.5:
            s = run.size * scale
            points = [(x - 1.5 * s, y - 0.5 * s), (x - 1.05 * s, y), (x - 0.2 * s, y - 1.3 * s)]
            draw.line(points, fill=55, width=width, joint="curve")
        else:
            length = text_width(run.text, run.size, run.bold) * scale
            wave = rng.uniform(0.8, 2.0) * scale
            points = [
                (x + t, y + 2.5 * scale + wave * math.sin(t / (9 * scale)) + t * rng.uniform(-0.01, 0.01))
                for t in np.linspace(0, length, 40)
            ]
            draw.line(points, fill=60, width=width, joint="curve")


def stamp_tick(pages: list[Page], path: Path, rng: random.Random) -> int:
    dpi, out = 300, []
    scale = dpi / 72
    date = f"{rng.randint(2015, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    for n, page in enumerate(pages):
        image = draw_page(page, dpi, ink=30, paper=246)
        if n == 0:
            _stamp(image, page, rng, scale, date)
        _ballpoint(image, page, rng, scale)
        pixels = np.asarray(image, dtype=float) + _noise(rng, (image.height, image.width), 3)
        out.append(Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L"))
    return _save(out, path, dpi, rng.randint(14, 24))


def microfilm(pages: list[Page], path: Path, rng: random.Random, negative: bool) -> int:
    dpi, out = 200, []
    for page in pages:
        grey = draw_page(page, dpi, ink=0, paper=255).filter(ImageFilter.GaussianBlur(rng.uniform(0.7, 1.1)))
        h, w = grey.height, grey.width
        level = np.asarray(grey, dtype=float) / 255  # 1 paper, 0 ink
        low, high = rng.uniform(60, 85), rng.uniform(195, 220)
        pixels = low + level * (high - low)
        if negative:
            pixels = 255 - pixels
        grain = np.asarray(Image.fromarray(np.clip(128 + _noise(rng, (h, w), 28), 0, 255).astype(np.uint8)).filter(
            ImageFilter.GaussianBlur(0.8)), dtype=float) - 128  # fmt: skip
        yy, xx = np.mgrid[0:h, 0:w]
        vignette = 1 - 0.3 * (((xx - w / 2) / (w / 2)) ** 2 + ((yy - h / 2) / (h / 2)) ** 2) / 2
        pixels = pixels * vignette + grain * 0.6
        for x in rng.sample(range(w), rng.randint(2, 5)):  # scratches along the film
            pixels[:, x : x + 2] += 60 if not negative else -60
        out.append(Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L"))
    return _save(out, path, dpi, rng.randint(55, 70))
