"""The scanned families: h30_layout's pages drawn into Pillow images and worn with numpy, no text layer.

`binder_holes` (a sheet punched for a binder after printing, scanned grey at 200 dpi on a dark lid: two or four
round holes 6 mm wide centred 18–22 mm from the left edge, so their bite reaches 1–5 mm into the text
there, each hole dark with a pale rim where the paper was pressed, now and then a small flap torn into it; a slight skew;
JPEG); `sharpened_halo` (a soft grey scan at 200 dpi that the scanner's driver sharpened far too hard: every stroke
dark-cored with a white halo around it and a faint second ring, fine shading and hairlines turned into doubled
edges, compressed hard to JPEG so the rings ring); `torn_taped` (a page torn across and mended with clear tape,
scanned in colour at 200 dpi: a jagged tear from one edge to the other, the lower part shifted a few pixels and
turned a little against the upper, the tear a thin dark gap with white fibres along it, a strip of yellowed tape
20–26 mm wide laid straight along the tear, tinting and slightly blurring the print under it, its edges catching the
light).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout23_forms"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout26_forms"))
from h23_scan import _noise, _save, draw_page  # noqa: E402
from h26_scan import _field, _turned  # noqa: E402
from h30_layout import Page  # noqa: E402

DPI = 200
MM = DPI / 25.4  # pixels a millimetre


def _grey(page: Page, dpi: int = DPI) -> np.ndarray:
    """The page as grey levels, paper 255 and ink 0."""
    return np.asarray(draw_page(page, dpi, ink=0, paper=255), dtype=float)


def punched(grey: np.ndarray, rng: random.Random) -> np.ndarray:
    """`grey` with binder holes punched down its left side, the dark lid showing through them."""
    h, w = grey.shape
    out = grey.copy()
    radius = 3.0 * MM
    x = rng.uniform(18, 22) * MM  # the centre: the hole reaches 1–5 mm past the 20 mm margin into the text
    if rng.random() < 0.5:  # two holes 80 mm apart round the middle
        ys = [h / 2 - 40 * MM, h / 2 + 40 * MM]
    else:  # four holes: 21, 70 and 21 mm apart (the Swedish binder)
        ys = [h / 2 + d * MM for d in (-56, -35, 35, 56)]
    yy, xx = np.mgrid[0:h, 0:w]
    lid = rng.uniform(25, 55)
    for y in ys:
        y += rng.uniform(-2, 2) * MM
        dist = np.hypot(xx - x, yy - y)
        rim = (dist >= radius) & (dist < radius + 0.5 * MM)
        out[rim] = np.minimum(out[rim], 200)  # the pressed rim
        out[dist < radius] = lid
        if rng.random() < 0.5:  # a small flap torn into the hole
            angle = rng.uniform(0, 2 * np.pi)
            fx, fy = x + np.cos(angle) * radius * 0.7, y + np.sin(angle) * radius * 0.7
            out[np.hypot(xx - fx, yy - fy) < radius * 0.35] = 235
    return out


def binder_holes(pages: list[Page], path: Path, rng: random.Random) -> int:
    out = []
    for page in pages:
        grey = _grey(page)
        h, w = grey.shape
        paper = 242 + _noise(rng, (h, w), 2.5)
        grey = punched(paper - (255 - grey) * 0.85, rng)
        out.append(_turned(grey, rng, (40,), 0.6))
    return _save(out, path, DPI, rng.randint(76, 86))


def oversharpened(grey: np.ndarray, rng: random.Random) -> np.ndarray:
    """`grey` blurred as a cheap scanner's optics do, then sharpened far too hard: white halos round the strokes,
    a faint second ring."""
    image = Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(1.3))
    sharp = image.filter(ImageFilter.UnsharpMask(radius=rng.uniform(3.0, 4.5), percent=rng.randint(260, 380),
                                                 threshold=0))  # fmt: skip
    second = sharp.filter(ImageFilter.UnsharpMask(radius=rng.uniform(6, 8), percent=rng.randint(60, 110), threshold=2))
    return np.asarray(second, dtype=float)


def sharpened_halo(pages: list[Page], path: Path, rng: random.Random) -> int:
    out = []
    for page in pages:
        grey = _grey(page)
        h, w = grey.shape
        soft = 236 - (255 - grey) * 0.72 + _noise(rng, (h, w), 3.5) + 8 * (_field(rng, h, w, 6) - 0.5)
        out.append(_turned(oversharpened(soft, rng), rng, (236,), 0.5))
    return _save(out, path, DPI, rng.randint(58, 68))


def _tear(rng: random.Random, w: int, h: int) -> tuple[np.ndarray, np.ndarray]:
    """The tear's row at each column (a jagged walk across the page at a random height, never more than 8 mm off its
    line) and that straight line, along which the tape is laid."""
    noise = np.random.default_rng(rng.randrange(1 << 30))
    line = rng.uniform(0.3, 0.7) * h + np.linspace(0, rng.uniform(-0.06, 0.06) * h, w)
    walk = np.cumsum(noise.normal(0, 0.9, w))
    walk -= np.linspace(0, walk[-1], w)  # the tear ends on its line
    walk = 8 * MM * np.tanh(walk / (8 * MM))
    return line + walk + noise.normal(0, 1.0, w), line


def torn(rgb: np.ndarray, rng: random.Random) -> tuple[np.ndarray, np.ndarray]:
    """`rgb` torn across: the lower part shifted and turned against the upper, the gap dark with white fibres;
    the straight line the tear follows, a row a column."""
    h, w, _ = rgb.shape
    tear, line = _tear(rng, w, h)
    lower = Image.fromarray(rgb.astype(np.uint8), "RGB").rotate(
        rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, center=(w / 2, float(tear.mean())),
        translate=(rng.uniform(-6, 6), rng.uniform(3, 9)), fillcolor=(40, 40, 42))  # fmt: skip
    rows = np.arange(h)[:, None]
    below = rows > tear[None, :]
    out = np.where(below[..., None], np.asarray(lower, dtype=float), rgb)
    gap = np.abs(rows - tear[None, :]) < rng.uniform(1.5, 3.0)
    out[gap] = (45, 44, 42)
    fibres = (np.abs(rows - tear[None, :] - 3) < 1.2) & (
        np.random.default_rng(rng.randrange(1 << 30)).random((h, w)) < 0.5
    )
    out[fibres] = (250, 250, 246)
    return out, line


def taped(rgb: np.ndarray, line: np.ndarray, rng: random.Random) -> np.ndarray:
    """A straight strip of yellowed tape along the tear's line: the print under it a little blurred and tinted,
    its edges light."""
    h, w, _ = rgb.shape
    width = rng.uniform(20, 26) * MM
    centre = line + rng.uniform(-1, 1) * MM
    rows = np.arange(h)[:, None]
    under = np.abs(rows - centre[None, :]) < width / 2
    soft = np.asarray(Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.9)),
                      dtype=float)  # fmt: skip
    tint = np.array((0.97, 0.93, 0.78)) * rng.uniform(0.93, 0.99)
    out = rgb.copy()
    out[under] = soft[under] * tint + (1 - tint) * 40
    edge = np.abs(np.abs(rows - centre[None, :]) - width / 2) < 1.5
    out[edge] = np.minimum(255, out[edge] + 28)
    return out


def torn_taped(pages: list[Page], path: Path, rng: random.Random) -> int:
    out = []
    for page in pages:
        grey = _grey(page)
        h, w = grey.shape
        paper = np.stack([grey * 0.9 + 20, grey * 0.9 + 19, grey * 0.88 + 17], axis=2) + _noise(rng, (h, w, 1), 2.5)
        rgb, line = torn(np.clip(paper, 0, 255), rng)
        out.append(_turned(taped(rgb, line, rng), rng, (40, 40, 42), 0.6))
    return _save(out, path, DPI, rng.randint(74, 84))


__all__ = ["DPI", "binder_holes", "oversharpened", "punched", "sharpened_halo", "torn", "torn_taped"]
