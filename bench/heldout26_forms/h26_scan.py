"""The image-only families: h26_layout's pages drawn into Pillow images, worn with numpy, saved by Pillow's PDF
writer, one image a page, no text layer.

`foxed_archive` (a copy kept for decades in a cellar archive, scanned in colour at 200 dpi: the paper yellowed,
darker and browner towards the edges, foxing (rust-brown spots, single and in clusters, soft-edged, some a few
pixels, some the size of a letter), a tide line where the sheet once got damp, the ink faded to a warm brown-grey;
JPEG); `overexposed_scan` (a grey scan at 200 dpi with the exposure set far too bright: every grey above a threshold
blown out to white, so light print, thin strokes, shaded fills and grey captions fade or break apart, a brighter
band where the lamp sat closest; JPEG); `ditto_copy` (a spirit-duplicator copy, the school and office copier of old:
violet aniline ink spread into the paper, the copy paler towards its foot as the master wore and in blotches where
the fluid lay unevenly, a faint second image a few pixels off from a double pass, on thin off-white paper; colour
200 dpi, JPEG).
"""

from __future__ import annotations

import random
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout23_forms"))
from h23_scan import _noise, _save, draw_page  # noqa: E402
from h26_layout import Dotted, Page  # noqa: E402

DPI = 200


def _dots(page: Page) -> Page:
    """`page` with each dotted rule as a row of small square dots (the scans' drawing knows boxes only)."""
    boxes = []
    for b in page.boxes:
        if isinstance(b, Dotted):
            x = b.x0
            while x < b.x1:
                boxes.append(replace(b, x0=x, x1=x + 0.7, y0=b.y0 - 0.35, y1=b.y0 + 0.35, fill=0.0, stroke=False))
                x += 3.0
        else:
            boxes.append(b)
    return replace(page, boxes=boxes)


def _ink(page: Page) -> np.ndarray:
    """The page's ink at DPI, 0 paper to 1 full ink."""
    grey = np.asarray(draw_page(_dots(page), DPI, ink=0, paper=255), dtype=float)
    return 1 - grey / 255


def _field(rng: random.Random, h: int, w: int, cells: int) -> np.ndarray:
    """Smooth noise in 0..1: a coarse random grid blown up to the page."""
    coarse = np.random.default_rng(rng.randrange(1 << 30)).random((cells, max(2, cells * w // h)))
    image = Image.fromarray((coarse * 255).astype(np.uint8), "L").resize((w, h), Image.BICUBIC)
    return np.asarray(image, dtype=float) / 255


def _turned(rgb: np.ndarray, rng: random.Random, fill: tuple[int, ...], angle: float) -> Image.Image:
    mode = "RGB" if rgb.ndim == 3 else "L"
    image = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), mode)
    return image.rotate(
        rng.uniform(-angle, angle), resample=Image.BICUBIC, fillcolor=fill if mode == "RGB" else fill[0]
    )


def foxed_archive(pages: list[Page], path: Path, rng: random.Random) -> int:
    out = []
    for page in pages:
        ink = _ink(page)
        h, w = ink.shape
        ys, xs = np.mgrid[0:h, 0:w]
        edge = np.minimum.reduce([xs, w - 1 - xs, ys, h - 1 - ys]) / (0.12 * min(h, w))
        age = 1 - np.clip(edge, 0, 1)  # 1 at the edges, 0 inside
        mottle = _field(rng, h, w, 9)
        cream = np.array((238.0, 226.0, 192.0))
        brown = np.array((205.0, 178.0, 128.0))
        tone = (0.55 * age**1.6 + 0.25 * mottle)[..., None]
        paper = cream * (1 - tone) + brown * tone
        spots = np.zeros((h, w))
        for _ in range(rng.randint(2, 5)):  # clusters
            cx, cy = rng.uniform(0, w), rng.uniform(0, h)
            for _ in range(rng.randint(6, 22)):
                x, y = cx + rng.gauss(0, 0.06 * w), cy + rng.gauss(0, 0.05 * h)
                r = rng.choice((1.5, 2.5, 4.0, 6.0, 9.0, 14.0))
                x0, x1, y0, y1 = (
                    int(max(0, x - 3 * r)),
                    int(min(w, x + 3 * r)),
                    int(max(0, y - 3 * r)),
                    int(min(h, y + 3 * r)),
                )
                if x0 >= x1 or y0 >= y1:
                    continue
                d = ((xs[y0:y1, x0:x1] - x) ** 2 + (ys[y0:y1, x0:x1] - y) ** 2) / (r * r)
                spots[y0:y1, x0:x1] = np.maximum(spots[y0:y1, x0:x1], rng.uniform(0.35, 0.8) * np.exp(-d))
        for _ in range(rng.randint(10, 30)):  # scattered single specks
            x, y, r = rng.uniform(0, w), rng.uniform(0, h), rng.uniform(1.2, 3.5)
            x0, x1, y0, y1 = int(max(0, x - 8)), int(min(w, x + 8)), int(max(0, y - 8)), int(min(h, y + 8))
            d = ((xs[y0:y1, x0:x1] - x) ** 2 + (ys[y0:y1, x0:x1] - y) ** 2) / (r * r)
            spots[y0:y1, x0:x1] = np.maximum(spots[y0:y1, x0:x1], 0.7 * np.exp(-d))
        rust = np.array((150.0, 92.0, 48.0))
        paper = paper * (1 - spots[..., None]) + rust * spots[..., None]
        tide_y = rng.uniform(0.55, 0.9) * h + 0.04 * h * np.sin(xs[0] / w * rng.uniform(3, 7))  # a damp sheet's line
        band = np.exp(-(((ys - tide_y[None, :]) / 5.0) ** 2)) * 0.35
        paper = paper * (1 - band[..., None]) + np.array((170.0, 130.0, 80.0)) * band[..., None]
        fade = rng.uniform(0.74, 0.86) * (0.88 + 0.12 * mottle)
        colour = np.array((78.0, 60.0, 44.0))
        strength = (ink * fade)[..., None]
        rgb = paper * (1 - strength) + colour * strength + _noise(rng, (h, w, 1), 3)
        out.append(_turned(rgb, rng, (205, 180, 130), 0.5))
    return _save(out, path, DPI, rng.randint(76, 86))


def overexposed_scan(pages: list[Page], path: Path, rng: random.Random) -> int:
    out = []
    for page in pages:
        ink = _ink(page)
        h, w = ink.shape
        grey = 255 * (1 - 0.9 * ink)  # the print itself, a little grey
        grey = np.asarray(Image.fromarray(grey.astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(0.9)), float)
        ys = np.arange(h)[:, None]
        lamp = 1 + 0.18 * np.exp(-(((ys - rng.uniform(0.3, 0.7) * h) / (0.15 * h)) ** 2))  # brightest band
        gain = rng.uniform(1.55, 1.8) * lamp
        lifted = grey * gain + rng.uniform(25, 45)  # exposure far too high: most greys above 255
        blown = 255 * np.clip(lifted / 255, 0, 1) ** rng.uniform(1.6, 2.2)  # the highlights crushed to white
        blown += _noise(rng, (h, w), 2.5)
        out.append(_turned(blown, rng, (255,), 0.4))
    return _save(out, path, DPI, rng.randint(78, 88))


def ditto_copy(pages: list[Page], path: Path, rng: random.Random) -> int:
    out = []
    for page in pages:
        ink = _ink(page)
        h, w = ink.shape
        spread = Image.fromarray((ink * 255).astype(np.uint8), "L").filter(ImageFilter.MaxFilter(3))
        spread = spread.filter(ImageFilter.GaussianBlur(rng.uniform(0.8, 1.2)))
        ink = np.maximum(ink, 0.55 * np.asarray(spread, dtype=float) / 255)
        dx, dy = rng.randint(2, 5), rng.randint(1, 4)
        ghost = np.zeros_like(ink)
        ghost[dy:, dx:] = ink[:-dy, :-dx]  # the second pass, a few pixels off
        ys = np.arange(h)[:, None] / h
        wear = 1 - rng.uniform(0.3, 0.45) * ys  # paler towards the foot as the master wore
        blotch = 0.7 + 0.3 * _field(rng, h, w, 7)
        strength = np.clip(ink * wear * blotch + 0.22 * ghost * wear, 0, 1)
        violet = np.array((92.0, 58.0, 150.0))
        paper = np.array((248.0, 246.0, 238.0)) + _noise(rng, (h, w, 1), 2)
        fibre = 4 * (_field(rng, h, w, 60) - 0.5)[..., None]
        rgb = (paper + fibre) * (1 - strength[..., None]) + violet * strength[..., None]
        out.append(_turned(rgb, rng, (248, 246, 238), 0.6))
    return _save(out, path, DPI, rng.randint(76, 86))


__all__ = ["DPI", "ditto_copy", "foxed_archive", "overexposed_scan"]
