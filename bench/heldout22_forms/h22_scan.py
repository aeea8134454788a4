"""The image-only families: the laid-out pages (h16_layout) drawn into Pillow images with FreeType (the seventeenth
generator's `draw_page`), degraded with numpy, no text layer.

`quarter_2up` (two pages printed each turned a quarter onto one portrait sheet, the upper and the lower half, at
A5 size, both turned the same way so the sheet reads sideways; a crease across the sheet and a coffee ring over a
corner of a cell; a grey 300 dpi scan stored as a low-quality JPEG; a form of an odd page count leaves the last
cell blank); `woodgrain_photo` (each page photographed flat from above lying on a wooden table: the sheet turned a
few degrees, its edges and a soft drop shadow showing the grain round it, the shadow of the photographer's hand
over one corner, a warm indoor light, a phone's JPEG); `fax_streaks` (a fine-resolution fax, 204 × 196 lines an
inch, whose feed ran skewed (each row shifted a little more than the one above) through a scanner with dirt on
its glass that drew thin black streaks down every page; 1-bit CCITT G4 pages).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

for number in (17, 21):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / f"heldout{number}_forms"))
from h16_layout import Page  # noqa: E402
from h17_scan import _noise, draw_page  # noqa: E402
from h21_scan import _save  # noqa: E402  (Pillow's PDF: JPEG pages at a quality, or 1-bit pages as CCITT G4)

__all__ = ["fax_streaks", "quarter_2up", "woodgrain_photo"]


def _coffee_ring(size: tuple[int, int], centre: tuple[float, float], radius: float, rng: random.Random) -> np.ndarray:
    """How much each pixel darkens under a dried coffee ring: a brownish rim, a faint stain inside."""
    h, w = size
    ys, xs = np.mgrid[0:h, 0:w]
    distance = np.hypot(xs - centre[0], ys - centre[1])
    wobble = 1 + 0.03 * np.sin(np.arctan2(ys - centre[1], xs - centre[0]) * rng.randint(3, 6))
    rim = np.exp(-(((distance - radius * wobble) / (radius * 0.035)) ** 2)) * 0.35
    inside = (distance < radius * wobble) * 0.07
    return rim + inside


def quarter_2up(pages: list[Page], path: Path, rng: random.Random) -> int:
    dpi, cell_dpi = 300, 212  # each A4 page printed at A5 size (0.707)
    sheet_w, sheet_h = round(595 * dpi / 72), round(842 * dpi / 72)
    turn = rng.choice((Image.ROTATE_90, Image.ROTATE_270))
    out = []
    for first in range(0, len(pages), 2):
        sheet = Image.new("L", (sheet_w, sheet_h), 248)
        for k, page in enumerate(pages[first : first + 2]):
            cell = draw_page(page, cell_dpi, ink=30, paper=248).transpose(turn)
            x = (sheet_w - cell.width) // 2
            y = k * sheet_h // 2 + (sheet_h // 2 - cell.height) // 2
            sheet.paste(cell, (x, y))
        ImageDraw.Draw(sheet).line((40, sheet_h // 2, sheet_w - 40, sheet_h // 2), fill=200, width=2)  # the cut mark
        pixels = np.asarray(sheet, dtype=float)
        # the crease: a darker and lighter pair of bands across the sheet, at a small angle
        ys, xs = np.mgrid[0:sheet_h, 0:sheet_w]
        crease_y = rng.uniform(0.25, 0.75) * sheet_h + (xs - sheet_w / 2) * np.tan(np.radians(rng.uniform(-3, 3)))
        offset = ys - crease_y
        pixels *= 1 - 0.18 * np.exp(-((offset / 5) ** 2)) + 0.05 * np.exp(-(((offset - 9) / 8) ** 2))
        centre = (rng.uniform(0.15, 0.85) * sheet_w, rng.uniform(0.1, 0.9) * sheet_h)
        pixels *= 1 - _coffee_ring(pixels.shape, centre, rng.uniform(180, 260), rng)
        pixels += _noise(rng, pixels.shape, 5)
        out.append(Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L"))
    return _save(out, path, (dpi, dpi), rng.randint(22, 35))


def _wood(rng: random.Random, size: tuple[int, int]) -> np.ndarray:
    """Wood grain: wavy stripes along the boards, a darker gap between boards, a honey or walnut tone."""
    w, h = size
    ys, xs = np.mgrid[0:h, 0:w].astype(float)
    board = rng.randint(180, 260)
    wave = np.sin(ys / rng.uniform(60, 120)) * rng.uniform(6, 14) + np.sin(ys / 23.0 + xs / 400) * 3
    grain = 0.5 + 0.5 * np.sin((xs + wave) / rng.uniform(3.5, 6.0) + np.sin(ys / 180) * 2)
    gap = ((xs % board) < 4).astype(float)
    tone = np.array(rng.choice(((176, 124, 74), (120, 78, 48), (196, 150, 98))), dtype=float)
    wood = tone * (0.82 + 0.18 * grain[..., None]) * (1 - 0.5 * gap[..., None])
    return wood + _noise(rng, (h, w, 1), 5)


def _hand_shadow(size: tuple[int, int], rng: random.Random) -> np.ndarray:
    """How much light the photographer's hand takes from each pixel: a soft blob reaching in over one corner."""
    h, w = size
    ys, xs = np.mgrid[0:h, 0:w].astype(float)
    corner_x, corner_y = rng.choice((0, w)), rng.choice((0, h))
    reach_x, reach_y = w * rng.uniform(0.22, 0.32), h * rng.uniform(0.16, 0.24)
    distance = np.hypot((xs - corner_x) / reach_x, (ys - corner_y) / reach_y)
    return rng.uniform(0.35, 0.5) / (1 + np.exp((distance - 1) * 9))


def woodgrain_photo(pages: list[Page], path: Path, rng: random.Random) -> int:
    out = []
    for page in pages:
        sheet = draw_page(page, 170, ink=28, paper=244).convert("RGB")
        canvas_w, canvas_h = round(sheet.width * 1.18), round(sheet.height * 1.12)
        photo = Image.fromarray(np.clip(_wood(rng, (canvas_w, canvas_h)), 0, 255).astype(np.uint8), "RGB")
        angle = rng.uniform(-2.5, 2.5)
        turned = sheet.rotate(angle, resample=Image.BICUBIC, expand=True)
        mask = Image.new("L", sheet.size, 255).rotate(angle, resample=Image.BICUBIC, expand=True)
        x = (canvas_w - turned.width) // 2 + rng.randint(-15, 15)
        y = (canvas_h - turned.height) // 2 + rng.randint(-10, 10)
        shadow = Image.new("L", photo.size, 0)
        shadow.paste(mask, (x + 9, y + 12))
        shadow = shadow.filter(ImageFilter.GaussianBlur(12)).point(lambda v: int(v * 0.5))
        photo = Image.composite(Image.new("RGB", photo.size, (25, 18, 12)), photo, shadow)
        photo.paste(turned, (x, y), mask)
        pixels = np.asarray(photo, dtype=float) * (1 - _hand_shadow((canvas_h, canvas_w), rng))[..., None]
        pixels *= np.array((1.0, 0.95, 0.84)) * rng.uniform(0.88, 0.98)  # warm indoor light
        pixels += _noise(rng, (canvas_h, canvas_w, 1), 4)
        image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.5))
        out.append(image)
    return _save(out, path, (170, 170), rng.randint(60, 78))


def _skewed(pixels: np.ndarray, drift: float) -> np.ndarray:
    """Each row shifted `drift` pixels a row more than the one above (a feed running askew), white filling in."""
    out = np.full_like(pixels, 255.0)
    width = pixels.shape[1]
    for row in range(pixels.shape[0]):
        shift = int(round(row * drift))
        if shift >= 0:
            out[row, shift:] = pixels[row, : width - shift]
        else:
            out[row, :shift] = pixels[row, -shift:]
    return out


def fax_streaks(pages: list[Page], path: Path, rng: random.Random) -> int:
    xdpi, ydpi = 204, 196
    out = []
    streaks = [rng.randrange(40, 1650) for _ in range(rng.randint(2, 4))]  # the same dirt on every page
    for page in pages:
        grey = draw_page(page, xdpi, ink=0, paper=255)
        grey = grey.resize((grey.width, round(grey.height * ydpi / xdpi)), Image.LANCZOS)
        pixels = _skewed(np.asarray(grey, dtype=float), rng.uniform(0.008, 0.02) * rng.choice((-1, 1)))
        for column in streaks:
            pixels[:, column : column + rng.randint(1, 3)] = 0
        pixels += _noise(rng, pixels.shape, 12)
        ink = pixels < rng.uniform(140, 165)
        out.append(Image.fromarray(np.where(ink, 0, 255).astype(np.uint8), "L").convert("1"))
    return _save(out, path, (xdpi, ydpi))
