"""The image-only families: pages drawn into Pillow images, worn with numpy, saved by Pillow's PDF writer, one image
a page, no text layer.

`dotmatrix_tractor` (a printout from an old case system's dot-matrix printer on continuous tractor-feed paper,
scanned in colour at 200 dpi: h25_layout's `plain_pages` at 10 characters an inch and 6 lines, every glyph built of
round pin dots on a 96-dot grid, the ribbon wearing paler along each line and in bands down the sheet, the sprocket
strips with their holes down both edges and their perforations, pale green bars every three lines; JPEG);
`redpen_review` (a sheet a reviewer went through with a red pen, scanned in colour at 200 dpi: ticks in the margin
beside labels, a few runs of printed words struck through with a wavy stroke and a scrawled correction over them, an
amount ringed, a hand-drawn arrow and an initialled "OK" at the foot; h25_layout's three layouts in turn; JPEG);
`monitor_photo` (a phone photo of the form shown whole on a computer screen: the page drawn at the screen's 126 dpi
in a viewer's grey, every screen pixel split into its red, green and blue stripes with a dark grid between them, the
photo taken a little turned and resampled so that the grid beats into moiré bands, a bright reflection and a dark
corner; colour JPEG; h25_layout's three layouts in turn).
"""

from __future__ import annotations

import math
import random
import re
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout23_forms"))
from h23_scan import _noise, _save, draw_page  # noqa: E402
from h25_layout import Page  # noqa: E402

MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
HAND = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


def dotmatrix_tractor(pages: list[list[str]], path: Path, rng: random.Random) -> int:
    dpi, grid = 200, 96  # the scan, the printer's dot pitch
    width_in, height_in = 9.5, 12.0  # continuous paper with its sprocket strips
    strip = 0.5
    font = ImageFont.truetype(MONO, round(grid / 10 / 0.6))  # 10 characters an inch
    cell_w, line_h = grid / 10, grid / 6
    left = (strip + rng.uniform(0.35, 0.55)) * grid
    top = rng.uniform(0.45, 0.7) * grid
    pale = rng.uniform(0.25, 0.45)
    out = []
    for lines in pages:
        dots = Image.new("L", (round(width_in * grid), round(height_in * grid)), 0)
        draw = ImageDraw.Draw(dots)
        for n, line in enumerate(lines):
            for k, char in enumerate(line):  # each character in its own cell, as the print head steps
                if char != " ":
                    draw.text((left + k * cell_w, top + (n + 1) * line_h), char, font=font, fill=255, anchor="ls")
        pins = np.asarray(dots, dtype=float) > 110
        h, w = round(height_in * dpi), round(width_in * dpi)
        ink = np.zeros((h, w))
        ys, xs = np.nonzero(pins)
        ink[np.minimum((ys * dpi / grid).astype(int), h - 1), np.minimum((xs * dpi / grid).astype(int), w - 1)] = 1
        image = Image.fromarray((ink * 255).astype(np.uint8), "L").filter(ImageFilter.MaxFilter(3))
        ink = np.asarray(image.filter(ImageFilter.GaussianBlur(0.9)), dtype=float) / 255
        across = np.linspace(0, 1, w)[None, :]
        down = 0.5 + 0.5 * np.sin(np.linspace(0, rng.uniform(5, 9) * math.pi, h))[:, None]
        ribbon = 1 - pale * (0.6 * across + 0.4 * down)  # wearing paler along the line and in bands
        ink = np.clip(ink * ribbon * 1.15, 0, 1)
        paper = np.ones((h, w, 3)) * np.array((246.0, 246.0, 238.0))
        bar = (((np.arange(h) / dpi - top / grid) / (3 / 6)).astype(int) % 2 == 0)[:, None]
        band = bar & (np.arange(w)[None, :] > strip * dpi) & (np.arange(w)[None, :] < w - strip * dpi)
        paper[band] = (222.0, 238.0, 222.0)  # the pale green bars
        rgb = paper * (1 - ink[..., None]) + np.array((38.0, 36.0, 44.0)) * ink[..., None]
        holes = Image.new("L", (w, h), 0)
        hd = ImageDraw.Draw(holes)
        r = 0.08 * dpi
        for y in np.arange(0.25, height_in, 0.5) * dpi:
            for x in (strip / 2 * dpi, w - strip / 2 * dpi):
                hd.ellipse((x - r, y - r, x + r, y + r), fill=255)
        for x in (strip * dpi, w - strip * dpi):  # the perforations between the strips and the sheet
            for y in np.arange(0, h, 0.1 * dpi):
                hd.line((x, y, x, y + 0.05 * dpi), fill=120, width=2)
        mask = np.asarray(holes, dtype=float)[..., None] / 255
        rgb = rgb * (1 - mask) + 70.0 * mask  # the lid's grey through the holes
        rgb += _noise(rng, (h, w, 1), 3)
        img = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")
        out.append(img.rotate(rng.uniform(-0.5, 0.5), resample=Image.BICUBIC, fillcolor=(70, 70, 70)))
    return _save(out, path, dpi, rng.randint(74, 86))


RED = (196, 28, 36)


def _wobble(rng: random.Random, x0: float, y0: float, x1: float, y1: float, steps: int = 12) -> list[tuple]:
    return [
        (x0 + (x1 - x0) * t / steps + rng.uniform(-1, 1), y0 + (y1 - y0) * t / steps + rng.uniform(-1.6, 1.6))
        for t in range(steps + 1)
    ]


def _tick(draw: ImageDraw.ImageDraw, rng: random.Random, x: float, y: float, s: float) -> None:
    draw.line([(x, y), (x + 0.35 * s, y + 0.4 * s), (x + s, y - 0.6 * s)], fill=RED, width=max(2, round(s / 9)))


def redpen_review(pages: list[Page], path: Path, rng: random.Random) -> int:
    dpi = 200
    k = dpi / 72
    hand = ImageFont.truetype(HAND, round(11 * k))
    out = []
    for number, page in enumerate(pages):
        image = draw_page(page, dpi, ink=30, paper=247).convert("RGB")
        draw = ImageDraw.Draw(image)
        body = [t for t in page.texts if 60 < t.y < page.height - 50 and len(t.text) > 12]
        labels = [t for t in body if t.bold]
        for t in rng.sample(labels, min(len(labels), rng.randint(2, 5))):  # ticks in the margin
            _tick(draw, rng, 14 * k + rng.uniform(0, 8), t.y * k - 2 * k, rng.uniform(16, 26))
        plain = [t for t in body if not t.bold and " " in t.text]
        for t in rng.sample(plain, min(len(plain), rng.randint(1, 3))):  # words struck through, a correction over
            words = t.text.split(" ")
            first = rng.randrange(len(words))
            last = min(len(words), first + rng.randint(1, 3))
            font = ImageFont.truetype(draw_font(t.bold), round(t.size * k))
            x0 = t.x * k + font.getlength(" ".join(words[:first]) + (" " if first else ""))
            x1 = t.x * k + font.getlength(" ".join(words[:last]))
            y = (t.y - t.size * 0.3) * k
            draw.line(_wobble(rng, x0 - 2, y, x1 + 2, y + rng.uniform(-3, 3)), fill=RED, width=3)
            draw.text((x0, (t.y - t.size * 1.05) * k), rng.choice(CORRECTIONS), font=hand, fill=RED, anchor="ls")
        money = [(t, m) for t in body if (m := AMOUNT.search(t.text))]
        for t, m in money[:1]:  # an amount ringed
            font = ImageFont.truetype(draw_font(t.bold), round(t.size * k))
            x0 = t.x * k + font.getlength(t.text[: m.start()])
            x1 = t.x * k + font.getlength(t.text[: m.end()])
            box = (x0 - 8, (t.y - t.size * 1.25) * k, x1 + 8, (t.y + t.size * 0.55) * k)
            draw.ellipse(box, outline=RED, width=3)
        if number == len(pages) - 1:  # the reviewer's initials at the foot
            x, y = rng.uniform(300, 420) * k, (page.height - rng.uniform(70, 90)) * k
            draw.text((x, y), "OK " + rng.choice(("/ML", "/AH", "JS", "—KE")), font=hand, fill=RED, anchor="ls")
        rgb = np.asarray(image, dtype=float) + _noise(rng, (image.height, image.width, 1), 3)
        out.append(Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB").rotate(
            rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=(247, 247, 247)))  # fmt: skip
    return _save(out, path, dpi, rng.randint(76, 88))


AMOUNT = re.compile(r"\d[\d\u00a0 ,]*\s?(?:kr|tkr|mnkr|Mkr|miljoner|kronor)\b")
CORRECTIONS = ("stämmer ej", "se bilaga", "fel år?", "kolla", "ändra", "??", "stryk")


def draw_font(bold: bool) -> str:
    return f"/usr/share/fonts/truetype/liberation/LiberationSans-{'Bold' if bold else 'Regular'}.ttf"


def monitor_photo(pages: list[Page], path: Path, rng: random.Random) -> int:
    screen_dpi = 126
    out = []
    for page in pages:
        shown = np.asarray(draw_page(page, screen_dpi, ink=20, paper=252), dtype=float)
        h, w = shown.shape
        frame = 40  # the viewer's grey around the page
        screen = np.full((h + 2 * frame, w + 2 * frame), 92.0)
        screen[frame : frame + h, frame : frame + w] = shown
        sh, sw = screen.shape
        # every screen pixel three camera columns (red, green, blue stripes) and three rows, the last row dark
        sub = np.repeat(np.repeat(screen, 3, axis=0), 3, axis=1)
        rgb = np.zeros((*sub.shape, 3))
        for c in range(3):
            rgb[:, c::3, c] = sub[:, c::3]
        rgb[2::3, :, :] *= 0.55  # the dark grid between the pixel rows
        rgb *= 1.6  # each stripe lights only its own colour: brighter so white reads as white
        photo = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")
        scale = rng.uniform(0.68, 0.78)  # the camera's pixels against the screen's stripes: the moiré's beat
        photo = photo.rotate(rng.uniform(-1.8, 1.8), resample=Image.BILINEAR, expand=True, fillcolor=(8, 8, 10))
        photo = photo.resize((round(photo.width * scale), round(photo.height * scale)), Image.BILINEAR)
        arr = np.asarray(photo, dtype=float)
        arr *= 238 / max(np.percentile(arr, 97), 1)  # the phone's exposure and white balance: paper to near white
        ph, pw = arr.shape[:2]
        ys, xs = np.mgrid[0:ph, 0:pw]
        gx, gy = rng.uniform(0.2, 0.8) * pw, rng.uniform(0.1, 0.5) * ph
        glare = 70 * np.exp(-(((xs - gx) / (0.18 * pw)) ** 2 + ((ys - gy) / (0.12 * ph)) ** 2))
        corner = 1 - 0.35 * np.clip((xs / pw + ys / ph - 1.2) / 0.8, 0, 1)  # a dark corner where the screen dims
        arr = arr * corner[..., None] + glare[..., None] + _noise(rng, (ph, pw, 1), 4)
        out.append(Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.5)))
    dpi = round(out[0].width / (pages[0].width / 72 + 2 * 40 / screen_dpi))
    return _save(out, path, dpi, rng.randint(78, 90))
