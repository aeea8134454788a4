"""The scanned families: h33_layout's pages drawn into Pillow images and worn with numpy, no text layer.

`thermal_faded` (a print on THERMAL PAPER that has FADED UNEVENLY, scanned grey at 200 dpi: the ink's darkness varies
over the page by a smooth random field (ink from near black to at most 62 % of the way to the paper in the palest
patches), one or two vertical bands along the sheet paler still (as where a roll was exposed), the paper a warm
light grey 232–244 with fine noise; skew up to 0.4°, JPEG 85–92); `posterised_palette` (a 200 dpi grey scan, blurred
0.6–1.0 px, saved as a PALETTE image of FOUR TO SIX GREYS without dithering (posterised: the anti-aliased letter edges
snap to the nearest of a few levels, thin strokes thicken or vanish), stored losslessly (Flate) as an indexed image);
`motion_blur` (a hand-held phone photo with MOTION BLUR: rendered at 200 dpi, smeared along one direction (any angle)
by a line kernel 3–7 px long, light vignetting from the centre, noise, skew up to 1°, JPEG 80–88).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout23_forms"))
from h23_scan import _noise, _save, draw_page  # noqa: E402
from h33_layout import Page  # noqa: E402


def _field(rng: random.Random, shape: tuple[int, int], cells: int) -> np.ndarray:
    """A smooth random field in 0..1 over `shape` (a coarse grid of random values, scaled up bicubically)."""
    coarse = np.random.default_rng(rng.randrange(1 << 30)).random((cells, cells))
    image = Image.fromarray((coarse * 255).astype(np.uint8), "L").resize((shape[1], shape[0]), Image.BICUBIC)
    return np.asarray(image, dtype=float) / 255


def faded(page: Page, rng: random.Random, dpi: int = 200) -> Image.Image:
    """`page` on thermal paper faded unevenly."""
    paper = rng.randint(232, 244)
    grey = np.asarray(draw_page(page, dpi, ink=0, paper=255), dtype=float) / 255  # 0 ink .. 1 paper
    h, w = grey.shape
    fade = _field(rng, (h, w), rng.randint(3, 5)) * rng.uniform(0.55, 0.7)
    for _ in range(rng.randint(1, 2)):  # paler vertical bands
        centre, half = rng.uniform(0.1, 0.9) * w, rng.uniform(0.05, 0.15) * w
        xs = np.arange(w)
        fade = fade + np.clip(1 - np.abs(xs - centre) / half, 0, 1)[None, :] * rng.uniform(0.1, 0.25)
    fade = np.clip(fade, 0, 0.62)
    ink = 20 + (paper - 20) * fade
    out = ink + (paper - ink) * grey + _noise(rng, (h, w), 3)
    image = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "L")
    return image.rotate(rng.uniform(-0.4, 0.4), resample=Image.BICUBIC, fillcolor=paper)


def thermal_faded(pages: list[Page], path: Path, rng: random.Random) -> int:
    return _save([faded(page, rng) for page in pages], path, 200, rng.randint(85, 92))


def posterised(page: Page, rng: random.Random, dpi: int = 200) -> Image.Image:
    """`page` scanned grey and reduced to a palette of a few greys, no dithering."""
    ink, paper = rng.randint(20, 50), rng.randint(238, 250)
    grey = np.asarray(draw_page(page, dpi, ink=ink, paper=paper), dtype=float)
    image = Image.fromarray(np.clip(grey + _noise(rng, grey.shape, 4), 0, 255).astype(np.uint8), "L")
    blurred = np.asarray(image.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.0))), dtype=float)
    # a few greys evenly from ink to paper, each pixel snapped to the nearest (no dithering)
    levels = np.linspace(ink, paper, rng.randint(4, 6))
    index = np.abs(blurred[..., None] - levels).argmin(axis=2).astype(np.uint8)
    out = Image.fromarray(index, "P")
    out.putpalette([round(v) for v in levels for _ in range(3)])
    return out


def posterised_palette(pages: list[Page], path: Path, rng: random.Random) -> int:
    images = [posterised(page, rng) for page in pages]  # palette images: Pillow stores them indexed, Flate
    images[0].save(path, "PDF", save_all=True, append_images=images[1:], resolution=200)
    return len(images)


def blurred(page: Page, rng: random.Random, dpi: int = 200) -> Image.Image:
    """`page` photographed by a moving hand: smeared along one direction."""
    grey = np.asarray(draw_page(page, dpi, ink=rng.randint(25, 55), paper=rng.randint(215, 240)), dtype=float)
    length = rng.randint(3, 7)
    angle = rng.uniform(0, np.pi)
    size = length | 1
    kernel = np.zeros((size, size))
    c = size // 2
    for s in np.linspace(-length / 2, length / 2, 4 * length):
        kernel[int(round(c + s * np.sin(angle))) % size, int(round(c + s * np.cos(angle))) % size] = 1
    kernel /= kernel.sum()
    smeared = np.zeros_like(grey)
    padded = np.pad(grey, c, mode="edge")
    for dy, dx in zip(*np.nonzero(kernel)):
        smeared += kernel[dy, dx] * padded[dy : dy + grey.shape[0], dx : dx + grey.shape[1]]
    h, w = grey.shape
    yy, xx = np.mgrid[0:h, 0:w]
    vignette = 1 - rng.uniform(0.08, 0.18) * (((xx - w / 2) / (w / 2)) ** 2 + ((yy - h / 2) / (h / 2)) ** 2) / 2
    out = smeared * vignette + _noise(rng, (h, w), 3.5)
    image = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "L")
    return image.rotate(rng.uniform(-1.0, 1.0), resample=Image.BICUBIC, fillcolor=200)


def motion_blur(pages: list[Page], path: Path, rng: random.Random) -> int:
    return _save([blurred(page, rng) for page in pages], path, 200, rng.randint(80, 88))


__all__ = ["blurred", "faded", "motion_blur", "posterised", "posterised_palette", "thermal_faded"]
