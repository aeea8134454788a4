"""The image-only families: h27_layout's pages drawn into Pillow images, worn with numpy, saved by Pillow's PDF
writer, one image a page, no text layer.

`mimeo_stencil` (a mimeograph (stencil duplicator) copy, scanned grey at 200 dpi: black oily ink pressed through a
cut stencil, the letters' small counters filled and the strokes swollen, the inking uneven across the sheet (starved
patches where strokes break up, flooded ones where they run together), a smear from the drum's edge, on rough
absorbent paper with fibre flecks; JPEG); `inkjet_banding` (a form printed on a home inkjet with clogged nozzles
and scanned in colour at 200 dpi: black mixed from the colour inks into a brownish or greenish dark, thin white
lines at fixed rows of every print-head swath, every other swath a pixel or two off sideways, the ink fading as the
cartridge ran low; JPEG); `dogear_fold` (a page whose corner was folded over before it was laid on the scanner, grey
200 dpi: a triangle of the page turned over onto itself, its blank back showing the corner's own print mirrored and
faint through the paper, the page under the flap hidden, the dark lid where the corner is missing, a shadow under the
flap's edge, a staple in the top left corner; JPEG).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout23_forms"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout26_forms"))
from h23_scan import _noise, _save  # noqa: E402
from h26_scan import _field, _ink, _turned  # noqa: E402
from h27_layout import Page  # noqa: E402

DPI = 200


def mimeo_stencil(pages: list[Page], path: Path, rng: random.Random) -> int:
    out = []
    for page in pages:
        ink = _ink(page)
        h, w = ink.shape
        image = Image.fromarray((ink * 255).astype(np.uint8), "L")
        swollen = np.asarray(image.filter(ImageFilter.MaxFilter(3)).filter(ImageFilter.MinFilter(3)), float) / 255
        swollen = np.maximum(swollen, np.asarray(image.filter(ImageFilter.GaussianBlur(1.1)), float) / 255 * 1.4)
        inking = _field(rng, h, w, 6)  # starved below the middle, flooded above
        grain = np.random.default_rng(rng.randrange(1 << 30)).random((h, w))
        starved = grain < np.clip(0.55 - inking, 0, 0.45)  # pixels the ink did not reach
        strength = np.clip(swollen * (0.75 + 0.5 * inking), 0, 1) * ~starved
        flooded = (
            np.asarray(
                Image.fromarray((np.clip(swollen, 0, 1) * 255).astype(np.uint8), "L").filter(ImageFilter.MaxFilter(3)),
                float,
            )
            / 255
        )
        strength = np.maximum(strength, flooded * np.clip(inking - 0.7, 0, 0.3) * 2.5)
        ys = np.arange(h)[:, None]
        smear_y = rng.uniform(0.05, 0.95) * h  # the drum's edge dragged over the sheet
        smear = 0.18 * np.exp(-(((ys - smear_y) / rng.uniform(6, 14)) ** 2)) * _field(rng, h, w, 30)
        paper = 232 + 10 * _field(rng, h, w, 40) + _noise(rng, (h, w), 4)
        flecks = np.random.default_rng(rng.randrange(1 << 30)).random((h, w)) < 0.0006
        paper = paper - flecks * rng.uniform(60, 110)
        grey = paper * (1 - np.clip(strength + smear, 0, 1)) + 22 * np.clip(strength + smear, 0, 1)
        out.append(_turned(grey, rng, (225,), 0.8))
    return _save(out, path, DPI, rng.randint(72, 84))


def inkjet_banding(pages: list[Page], path: Path, rng: random.Random) -> int:
    out = []
    swath = rng.randint(88, 112)  # pixels a pass of the print head
    missing = rng.sample(range(swath), rng.randint(4, 7))  # clogged nozzles: the same rows in every swath
    black = rng.choice(((62.0, 42.0, 28.0), (28.0, 54.0, 40.0), (52.0, 34.0, 68.0)))
    for page in pages:
        ink = _ink(page)
        h, w = ink.shape
        for start in range(0, h, swath):  # every other swath a little off sideways
            if (start // swath) % 2:
                shift = rng.choice((1, 2))
                ink[start : start + swath, shift:] = ink[start : start + swath, :-shift].copy()
        rows = np.zeros(h, bool)
        for row in missing:
            rows[row::swath] = True
        ink[rows, :] *= 0.08
        ys = np.arange(h)[:, None] / h
        low = 1 - rng.uniform(0.15, 0.35) * ys * (0.6 + 0.4 * _field(rng, h, w, 5))  # the cartridge running low
        strength = np.clip(ink * low, 0, 1)[..., None]
        blurred = (
            np.asarray(
                Image.fromarray((strength[..., 0] * 255).astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(0.6)),
                float,
            )[..., None]
            / 255
        )
        paper = np.array((247.0, 246.0, 242.0)) + _noise(rng, (h, w, 1), 2.5)
        rgb = paper * (1 - blurred) + np.array(black) * blurred
        out.append(_turned(rgb, rng, (240, 240, 236), 0.5))
    return _save(out, path, DPI, rng.randint(78, 88))


def _fold(h: int, w: int, rng: random.Random) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """A corner fold: the mask of the corner torn off the page's face (turned over), the mask of the flap lying on
    the page, and for each pixel the source row and column its mirror across the fold line reads."""
    a, b = rng.uniform(0.14, 0.26) * w, rng.uniform(0.1, 0.2) * h
    top = rng.random() < 0.35  # a top corner folded down, else a bottom one up
    ys, xs = np.mgrid[0:h, 0:w].astype(float)
    x0, y0 = w - a, (0.0 if top else h - 1.0)  # the fold line from the edge's point to the side's
    x1, y1 = w - 1.0, (b if top else h - 1.0 - b)
    dx, dy = x1 - x0, y1 - y0
    norm = np.hypot(dx, dy)
    side = ((xs - x0) * dy - (ys - y0) * dx) / norm  # signed distance to the fold line
    corner_sign = np.sign(((w - 1) - x0) * dy - ((0.0 if top else h - 1.0) - y0) * dx) or 1.0
    corner = side * corner_sign > 0
    t = ((xs - x0) * dx + (ys - y0) * dy) / norm**2
    mx, my = 2 * (x0 + t * dx) - xs, 2 * (y0 + t * dy) - ys  # the mirror of each pixel across the line
    inside = (mx >= 0) & (mx < w) & (my >= 0) & (my < h)
    mirror_r, mirror_c = np.clip(my.round().astype(int), 0, h - 1), np.clip(mx.round().astype(int), 0, w - 1)
    flap = ~corner & inside & corner[mirror_r, mirror_c]
    return corner, flap, mirror_r, mirror_c


def dogear_fold(pages: list[Page], path: Path, rng: random.Random) -> int:
    out = []
    for page in pages:
        ink = _ink(page)
        h, w = ink.shape
        paper = 246 + _noise(rng, (h, w), 2)
        grey = paper * (1 - ink) + 28 * ink
        corner, flap, mirror_r, mirror_c = _fold(h, w, rng)
        lid = rng.uniform(40, 80)
        grey[corner] = lid + _noise(rng, (int(corner.sum()),), 3)
        shadow = (
            np.asarray(Image.fromarray((flap * 255).astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(9)), float)
            / 255
        )
        grey = grey * (1 - 0.25 * shadow * ~flap)  # the flap's shadow on the page beside it
        show = rng.uniform(0.12, 0.22)  # the corner's own print seen mirrored through the paper
        back = 236 - 8 * _field(rng, h, w, 8)
        grey[flap] = (back * (1 - show * ink[mirror_r, mirror_c]) + 0 * ink[mirror_r, mirror_c])[flap]
        sx, sy = int(rng.uniform(0.03, 0.06) * w), int(rng.uniform(0.025, 0.045) * h)
        angle = rng.uniform(-0.6, -0.3)
        for k in range(int(0.05 * w)):  # the staple, a short dark bar across the corner
            x, y = int(sx + k * np.cos(angle)), int(sy + k * np.sin(angle))
            grey[max(0, y - 2) : y + 3, max(0, x - 1) : x + 2] = 70
        out.append(_turned(grey, rng, (int(lid),), 0.6))
    return _save(out, path, DPI, rng.randint(76, 86))


__all__ = ["DPI", "dogear_fold", "inkjet_banding", "mimeo_stencil"]
