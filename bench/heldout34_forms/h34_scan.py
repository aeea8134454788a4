"""The scanned families: h34_layout's pages drawn into Pillow images and worn with numpy, no text layer.

`recycled_fibres` (printed on GREY RECYCLED PAPER and scanned grey at 200 dpi: paper 196–214 with a blotchy
unevenness of ±6 grey levels, 900–1500 dark fibres (short curved strokes 4–18 px long, 1 px wide, 25–70 levels darker
than the paper) and 150–300 light flecks scattered over the whole page, text included; ink 40–70; skew up to 0.5°,
JPEG 84–90); `magnifier_bulge` (a page scanned grey at 200 dpi with a MAGNIFYING GLASS lying on it: inside a circle
of radius 0.16–0.24 of the page width, centred anywhere in the middle two thirds of the page, the print is MAGNIFIED
1.5–1.9 times at the centre and less towards the rim (a barrel bulge), so the text under it is large and curved and the
text the lens covers outside its centre is pushed out of sight; the lens's rim a dark ring 5–8 px wide with a soft
shadow, the area under the lens 6–12 levels lighter; paper 232–246, skew up to 0.4°, JPEG 85–90);
`rolled_flatbed` (a page that had been ROLLED UP, scanned on a flatbed: the sheet lifts off the glass towards one
long edge (top or bottom), so the lines there BOW (a vertical displacement growing with the square of the distance
from the flat part, up to 14–26 px at the edge, varying across the width), the lifted part DARKENS (up to 45–70
levels) and BLURS (up to 1.8 px), the flat half clean; grey 200 dpi, paper 228–244, JPEG 84–90).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout23_forms"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout33_forms"))
from h23_scan import _noise, _save, draw_page  # noqa: E402
from h33_scan import _field  # noqa: E402
from h34_layout import Page  # noqa: E402

DPI = 200


def recycled(page: Page, rng: random.Random) -> Image.Image:
    """`page` on grey recycled paper with fibres."""
    paper = rng.randint(196, 214)
    grey = np.asarray(draw_page(page, DPI, ink=0, paper=255), dtype=float) / 255
    h, w = grey.shape
    base = paper + (_field(rng, (h, w), rng.randint(8, 14)) - 0.5) * 12
    ink = rng.randint(40, 70)
    image = Image.fromarray(np.clip(ink + (base - ink) * grey + _noise(rng, (h, w), 3), 0, 255).astype(np.uint8), "L")
    draw = ImageDraw.Draw(image)
    for _ in range(rng.randint(900, 1500)):  # fibres: short curved strokes
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        length, angle, bend = rng.uniform(4, 18), rng.uniform(0, np.pi), rng.uniform(-0.25, 0.25)
        points = []
        for k in range(5):
            a = angle + bend * k
            x, y = x + np.cos(a) * length / 4, y + np.sin(a) * length / 4
            points.append((x, y))
        draw.line(points, fill=paper - rng.randint(25, 70), width=1)
    for _ in range(rng.randint(150, 300)):  # light flecks
        x, y, r = rng.uniform(0, w), rng.uniform(0, h), rng.uniform(0.8, 2.2)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=min(255, paper + rng.randint(20, 40)))
    return image.rotate(rng.uniform(-0.5, 0.5), resample=Image.BICUBIC, fillcolor=paper)


def recycled_fibres(pages: list[Page], path: Path, rng: random.Random) -> int:
    return _save([recycled(page, rng) for page in pages], path, DPI, rng.randint(84, 90))


def _remap(image: np.ndarray, ys: np.ndarray, xs: np.ndarray, fill: float) -> np.ndarray:
    """`image` sampled at (ys, xs), bilinear, `fill` outside."""
    h, w = image.shape
    y0, x0 = np.floor(ys).astype(int), np.floor(xs).astype(int)
    fy, fx = ys - y0, xs - x0
    out = np.zeros_like(ys)
    for dy, dx, weight in ((0, 0, (1 - fy) * (1 - fx)), (0, 1, (1 - fy) * fx), (1, 0, fy * (1 - fx)), (1, 1, fy * fx)):
        yy, xx = y0 + dy, x0 + dx
        inside = (yy >= 0) & (yy < h) & (xx >= 0) & (xx < w)
        out += weight * np.where(inside, image[np.clip(yy, 0, h - 1), np.clip(xx, 0, w - 1)], fill)
    return out


def bulged(page: Page, rng: random.Random) -> Image.Image:
    """`page` with a magnifying glass lying on it."""
    paper = rng.randint(232, 246)
    grey = np.asarray(draw_page(page, DPI, ink=rng.randint(25, 50), paper=paper), dtype=float)
    h, w = grey.shape
    radius = rng.uniform(0.16, 0.24) * w
    cy, cx = rng.uniform(h / 6, 5 * h / 6), rng.uniform(w / 6, 5 * w / 6)
    power = rng.uniform(1.5, 1.9)
    yy, xx = np.mgrid[0:h, 0:w].astype(float)
    r = np.hypot(yy - cy, xx - cx) / radius
    lens = r < 1
    # the source point of a pixel at r under the lens: magnified `power` times at the centre, 1 at the rim
    scale = np.where(lens, 1 / (power - (power - 1) * r**2), 1.0)
    out = _remap(grey, cy + (yy - cy) * scale, cx + (xx - cx) * scale, paper)
    out = np.where(lens, out + rng.uniform(6, 12), out)
    ring = (r >= 1) & (r < 1 + rng.uniform(5, 8) / radius)
    shadow = (r >= 1) & (r < 1 + 22 / radius)
    out = np.where(shadow, out - 18 * (1 + 22 / radius - r) * radius / 22, out)
    out = np.where(ring, rng.randint(40, 80), out)
    image = Image.fromarray(np.clip(out + _noise(rng, (h, w), 3), 0, 255).astype(np.uint8), "L")
    return image.rotate(rng.uniform(-0.4, 0.4), resample=Image.BICUBIC, fillcolor=paper)


def magnifier_bulge(pages: list[Page], path: Path, rng: random.Random) -> int:
    return _save([bulged(page, rng) for page in pages], path, DPI, rng.randint(85, 90))


def rolled(page: Page, rng: random.Random) -> Image.Image:
    """`page` that had been rolled up, lifting off the flatbed's glass towards one long edge."""
    paper = rng.randint(228, 244)
    grey = np.asarray(draw_page(page, DPI, ink=rng.randint(25, 50), paper=paper), dtype=float)
    h, w = grey.shape
    top = rng.random() < 0.5
    yy, xx = np.mgrid[0:h, 0:w].astype(float)
    flat = rng.uniform(0.45, 0.6)  # the part of the page that lies flat, from the other edge
    lift = np.clip(((h - yy) / h if top else yy / h) - flat, 0, None) / (1 - flat)  # 0 flat .. 1 the edge
    bow = rng.uniform(14, 26) * (1 + 0.3 * np.sin(xx / w * np.pi * rng.uniform(0.8, 1.6) + rng.uniform(0, 6)))
    shift = bow * lift**2 * (1 if top else -1)  # the lines bow towards the lifted edge
    out = _remap(grey, yy + shift, xx, paper)
    image = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "L")
    soft = np.asarray(image.filter(ImageFilter.GaussianBlur(rng.uniform(1.2, 1.8))), dtype=float)
    out = out * (1 - lift) + soft * lift - rng.uniform(45, 70) * lift**1.5
    return Image.fromarray(np.clip(out + _noise(rng, (h, w), 3), 0, 255).astype(np.uint8), "L")


def rolled_flatbed(pages: list[Page], path: Path, rng: random.Random) -> int:
    return _save([rolled(page, rng) for page in pages], path, DPI, rng.randint(84, 90))


__all__ = ["bulged", "magnifier_bulge", "recycled", "recycled_fibres", "rolled", "rolled_flatbed"]
