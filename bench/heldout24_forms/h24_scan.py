"""The image-only families: h24_layout's pages drawn into Pillow images (the eighteenth generator's FreeType drawing,
h23_scan.draw_page, Liberation Sans), worn with numpy, saved by Pillow's PDF writer, one image a page.

`sleeve_glare` (the sheet scanned inside a glossy plastic sleeve, colour 200 dpi: a broad slanted band of glare
washing the print out towards white, one or two thinner reflections beside it, the sleeve's welded edge a faint
line down one side, a cool cast and a slight blur; JPEG); `jbig2_symbols` (a bilevel 200 dpi scan coded as lossy
JBIG2 does, by pattern matching and substitution: every glyph drawn from the bitmap of the first glyph of its
class, glyphs whose bitmaps differ by less than the coder's threshold (0.06-0.10 of their ink) put in one class, so
a letter may be printed as a look-alike; 1-bit); `edge_cropped` (the sheet laid a little off the scanner's glass,
grey 240 dpi: the left edge of the paper cut off just inside the label column, so the first letter or two of the
labels are lost, and the lid's grey showing down the right edge; the answers stand right of a label column; JPEG).
"""

from __future__ import annotations

import copy
import random
from functools import lru_cache
from pathlib import Path

import numpy as np
from h23_scan import _font, _noise, _save, draw_page
from h24_layout import Page
from PIL import Image, ImageDraw, ImageFilter


def sleeve_glare(pages: list[Page], path: Path, rng: random.Random) -> int:
    dpi = 200
    angle = rng.uniform(-0.9, 0.9) + (0 if rng.random() < 0.5 else np.pi / 2)
    centre = rng.uniform(0.3, 0.7)
    width = rng.uniform(0.05, 0.1)
    peak = rng.uniform(0.55, 0.78)
    extra = [(centre + rng.choice((-1, 1)) * rng.uniform(0.12, 0.25), rng.uniform(0.008, 0.02), rng.uniform(0.3, 0.5))
             for _ in range(rng.randint(1, 2))]  # fmt: skip
    edge = rng.uniform(0.02, 0.05)
    out = []
    for page in pages:
        grey = np.asarray(draw_page(page, dpi, ink=28, paper=248).filter(ImageFilter.GaussianBlur(0.7)), dtype=float)
        h, w = grey.shape
        ys, xs = np.mgrid[0:h, 0:w]
        along = (xs / w) * np.cos(angle) + (ys / h) * np.sin(angle)
        glare = peak * np.exp(-(((along - centre) / width) ** 2))
        for c, cw, strength in extra:
            glare += strength * np.exp(-(((along - c) / cw) ** 2))
        glare = np.clip(glare, 0, 0.85)
        lit = grey + (255 - grey) * glare
        seam = round(w * (1 - edge))
        lit[:, seam : seam + 3] -= 35  # the sleeve's welded edge
        cast = np.array((0.97, 0.99, 1.0))
        rgb = lit[..., None] * cast[None, None, :] + _noise(rng, (h, w, 1), 3)
        out.append(Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB"))
    return _save(out, path, dpi, rng.randint(74, 88))


@lru_cache(maxsize=4096)
def _glyph(char: str, bold: bool, pixels: int) -> np.ndarray:
    mask = _font(bold, pixels).getmask(char, mode="L")
    bitmap = np.asarray(mask, dtype=np.uint8).reshape(mask.size[1], mask.size[0]) > 110
    return bitmap


def _same_class(a: np.ndarray, b: np.ndarray, threshold: float) -> bool:
    if abs(a.shape[0] - b.shape[0]) > 1 or abs(a.shape[1] - b.shape[1]) > 1:
        return False
    h, w = max(a.shape[0], b.shape[0]), max(a.shape[1], b.shape[1])
    pa, pb = np.zeros((h, w), bool), np.zeros((h, w), bool)
    pa[: a.shape[0], : a.shape[1]] = a
    pb[: b.shape[0], : b.shape[1]] = b
    ink = np.count_nonzero(pa | pb)
    return ink > 0 and np.count_nonzero(pa ^ pb) / ink < threshold


class _Coder:
    """The pattern matcher of a lossy JBIG2 coder: glyph classes by bitmap, each under its first glyph."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self.classes: dict[tuple[bool, int], list[tuple[str, np.ndarray]]] = {}
        self.seen: dict[tuple[str, bool, int], str] = {}

    def symbol(self, char: str, bold: bool, pixels: int) -> str:
        key = (char, bold, pixels)
        if key not in self.seen:
            bitmap = _glyph(char, bold, pixels)
            classes = self.classes.setdefault((bold, pixels), [])
            match = next((c for c, b in classes if bitmap.any() and _same_class(bitmap, b, self.threshold)), None)
            if match is None:
                classes.append((char, bitmap))
            self.seen[key] = match or char
        return self.seen[key]


def jbig2_symbols(pages: list[Page], path: Path, rng: random.Random) -> int:
    dpi = 200
    scale = dpi / 72
    coder = _Coder(rng.uniform(0.06, 0.1))
    out = []
    for page in pages:
        bare = copy.copy(page)
        bare.texts = []
        image = draw_page(bare, dpi, ink=0, paper=255)
        draw = ImageDraw.Draw(image)
        for t in page.texts:
            pixels = round(t.size * scale)
            font = _font(t.bold, pixels)
            colour = 0 if t.grey < 0.6 else 255
            text = t.text.replace("\u00a0", " ")
            for k, char in enumerate(text):  # every glyph where the text's own advance puts it
                x = t.x * scale + font.getlength(text[:k])
                draw.text((x, t.y * scale), coder.symbol(char, t.bold, pixels), font=font, fill=colour, anchor="ls")
        bits = np.asarray(image, dtype=float) + _noise(rng, (image.height, image.width), 18)
        out.append(Image.fromarray(np.where(bits > 140, 255, 0).astype(np.uint8), "L").convert("1"))
    out[0].save(path, "PDF", save_all=True, append_images=out[1:], resolution=dpi)
    return len(out)


def edge_cropped(pages: list[Page], path: Path, rng: random.Random, label_x: float) -> int:
    dpi = 240
    cut = round((label_x + rng.uniform(1.5, 7.0)) / 72 * dpi)  # just inside the label column
    lid = rng.randint(95, 140)
    out = []
    for page in pages:
        grey = np.asarray(draw_page(page, dpi, ink=22, paper=246), dtype=float)
        h, w = grey.shape
        shifted = np.full((h, w), float(lid))
        shifted[:, : w - cut] = grey[:, cut:]
        shifted[:, w - cut : w - cut + 6] = lid - 40  # the paper's edge casts a line on the lid
        image = Image.fromarray(np.clip(shifted + _noise(rng, (h, w), 4), 0, 255).astype(np.uint8), "L")
        out.append(image.rotate(rng.uniform(-0.4, 0.4), resample=Image.BICUBIC, fillcolor=lid))
    return _save(out, path, dpi, rng.randint(72, 86))
