"""The scanned families: h37_layout's pages drawn into Pillow images and worn with numpy, no text layer.

`mould_spotted` (grey 200 dpi: a page kept in a damp basement, spotted with MILDEW: three to eight COLONIES, each a
cluster of 20–70 soft round spots (3–18 px) scattered round a centre within 40–170 px, dark in the middle (the
paper there down to 35–60 % of its tone), with a paler brownish HALO ring round the whole colony (5–12 levels); the
print under a spot sinks into it; faint damp mottling over the page (4–9 levels); paper 226–240, ink 25–50, JPEG
84–90);
`wand_scanned` (grey 200 dpi: a page captured with a HAND-HELD WAND SCANNER pulled down the page by hand: the pull
speed varies, so rows are STRETCHED and SQUEEZED along the height (local scale 0.85–1.2, a smooth profile); the hand
drifts sideways, so each row is SHIFTED by a smooth wander of ±4–14 px; the page was taken in TWO SWEEPS (left and
right part) joined at a vertical SEAM 40–60 % across, where the second sweep is offset 2–7 px down and 1–4 px
across and 4–10 levels brighter; a thin light streak where the wand lost contact for 2–5 rows, once or twice;
paper 236–248, ink 25–45, JPEG 84–90);
`silverfish_grazed` (grey 200 dpi: a page GRAZED BY SILVERFISH in an archive box: four to nine GRAZED PATCHES
(irregular blobs 30–160 px with scalloped edges, more often near the edges and the top) where the surface layer
with its print is eaten away: inside, the ink is 60–100 % gone and the paper shows a rough lighter fibre texture;
a few small THROUGH-HOLES (4–14 px, dark: the scanner's lid) inside the largest patches; paper 230–244, ink
25–50, JPEG 84–90).
"""

from __future__ import annotations

import math
import random
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout23_forms"))
from h23_scan import _noise, _save, draw_page  # noqa: E402
from h37_layout import Page  # noqa: E402

DPI = 200


def _grey(image: Image.Image) -> np.ndarray:
    return np.asarray(image, dtype=float)


def _image(a: np.ndarray) -> Image.Image:
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")


def _smooth(rng: random.Random, n: int, knots: int) -> np.ndarray:
    """A smooth random profile of n samples in about [-1, 1]: knots random values, cosine-interpolated."""
    values = [rng.uniform(-1, 1) for _ in range(knots + 2)]
    t = np.linspace(0, knots, n)
    k = np.floor(t).astype(int)
    f = (1 - np.cos((t - k) * math.pi)) / 2
    v = np.asarray(values)
    return v[k] * (1 - f) + v[np.minimum(k + 1, len(v) - 1)] * f


def _mottle(rng: random.Random, shape: tuple[int, int], cell: int) -> np.ndarray:
    h, w = shape
    small = np.random.default_rng(rng.randrange(1 << 30)).random((h // cell + 2, w // cell + 2))
    return _grey(Image.fromarray((small * 255).astype(np.uint8)).resize((w, h), Image.BICUBIC)) / 255


# --- mildew colonies ----------------------------------------------------------------------------------------------------


def mouldy(page: Page, rng: random.Random) -> Image.Image:
    paper = rng.randint(226, 240)
    a = _grey(draw_page(page, DPI, ink=rng.randint(25, 50), paper=paper))
    h, w = a.shape
    a -= _mottle(rng, (h, w), 90) * rng.uniform(4, 9)
    dark = np.zeros((h, w))
    halo = np.zeros((h, w))
    yy, xx = np.mgrid[0:h, 0:w].astype(float)
    for _ in range(rng.randint(3, 8)):
        cx, cy, spread = rng.uniform(0.05, 0.95) * w, rng.uniform(0.05, 0.95) * h, rng.uniform(40, 170)
        box = (slice(max(0, int(cy - spread - 40)), min(h, int(cy + spread + 40))),
               slice(max(0, int(cx - spread - 40)), min(w, int(cx + spread + 40))))  # fmt: skip
        d = np.hypot(yy[box] - cy, xx[box] - cx) / (spread + 25)
        halo[box] = np.maximum(halo[box], np.clip(1 - np.abs(d - 0.9) * 5, 0, 1))
        for _ in range(rng.randint(20, 70)):
            r = rng.uniform(3, 18)
            angle, dist = rng.uniform(0, 2 * math.pi), spread * math.sqrt(rng.random())
            sx, sy = cx + dist * math.cos(angle), cy + dist * math.sin(angle)
            sub = (slice(max(0, int(sy - r * 2)), min(h, int(sy + r * 2) + 1)),
                   slice(max(0, int(sx - r * 2)), min(w, int(sx + r * 2) + 1)))  # fmt: skip
            spot = np.exp(-(((yy[sub] - sy) ** 2 + (xx[sub] - sx) ** 2) / (r * r)))
            dark[sub] = np.maximum(dark[sub], spot * rng.uniform(0.4, 0.65))
    a = a * (1 - dark)
    a -= halo * rng.uniform(5, 12)
    return _image(a + _noise(rng, (h, w), 3))


def mould_spotted(pages: list[Page], path: Path, rng: random.Random) -> int:
    return _save([mouldy(page, rng) for page in pages], path, DPI, rng.randint(84, 90))


# --- a hand-held wand scanner --------------------------------------------------------------------------------------------


def wand(page: Page, rng: random.Random) -> Image.Image:
    paper = rng.randint(236, 248)
    a = _grey(draw_page(page, DPI, ink=rng.randint(25, 45), paper=paper))
    h, w = a.shape
    # uneven pull: the output row r shows source row src[r]; local speed 0.85–1.2
    speed = 1.02 + _smooth(rng, h, rng.randint(5, 10)) * rng.uniform(0.1, 0.18)
    src = np.cumsum(speed)
    src = src / src[-1] * (h - 1)
    out = np.empty_like(a)
    seam = int(w * rng.uniform(0.4, 0.6))
    sweeps = ((0, seam, 0.0, 0, 0.0), (seam, w, rng.uniform(2, 7), rng.randint(1, 4), rng.uniform(4, 10)))
    for x0, x1, down, across, brighter in sweeps:
        drift = _smooth(rng, h, rng.randint(4, 9)) * rng.uniform(4, 14)
        rows = np.clip(np.round(src - down).astype(int), 0, h - 1)
        cols = np.arange(x0, x1)
        for r in range(h):
            shift = int(round(drift[r])) + across
            out[r, x0:x1] = a[rows[r], np.clip(cols - shift, 0, w - 1)]
        out[:, x0:x1] += brighter
    for _ in range(rng.randint(1, 2)):
        r, n = rng.randrange(h - 6), rng.randint(2, 5)
        out[r : r + n] = out[r : r + n] + (255 - out[r : r + n]) * 0.7
    return _image(out + _noise(rng, (h, w), 3))


def wand_scanned(pages: list[Page], path: Path, rng: random.Random) -> int:
    return _save([wand(page, rng) for page in pages], path, DPI, rng.randint(84, 90))


# --- silverfish grazing -------------------------------------------------------------------------------------------------


def grazed(page: Page, rng: random.Random) -> Image.Image:
    paper = rng.randint(230, 244)
    a = _grey(draw_page(page, DPI, ink=rng.randint(25, 50), paper=paper))
    h, w = a.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(float)
    fibre = _grey(_image(np.random.default_rng(rng.randrange(1 << 30)).random((h, w)) * 255)
                  .filter(ImageFilter.GaussianBlur(1.2))) / 255  # fmt: skip
    eaten = np.zeros((h, w))
    holes = np.zeros((h, w), dtype=bool)
    for _ in range(rng.randint(4, 9)):
        edge = rng.random() < 0.6
        cx = rng.choice((rng.uniform(0, 0.12), rng.uniform(0.88, 1.0), rng.uniform(0, 1))) * w if edge else \
            rng.uniform(0.1, 0.9) * w  # fmt: skip
        cy = rng.uniform(0, 0.35) * h if rng.random() < 0.5 else rng.uniform(0, 1) * h
        r = rng.uniform(30, 160) / 2
        angle = np.arctan2(yy - cy, xx - cx)
        scallop = 1 + 0.18 * np.sin(angle * rng.randint(5, 11) + rng.uniform(0, 6)) + 0.1 * np.sin(
            angle * rng.randint(2, 4))  # fmt: skip
        d = np.hypot(yy - cy, xx - cx) / (r * scallop)
        eaten = np.maximum(eaten, np.clip((1 - d) * 6, 0, 1) * rng.uniform(0.6, 1.0))
        if r > 50:
            for _ in range(rng.randint(1, 3)):
                hr = rng.uniform(2, 7)
                hx, hy = cx + rng.uniform(-r, r) * 0.5, cy + rng.uniform(-r, r) * 0.5
                holes |= np.hypot(yy - hy, xx - hx) < hr
    bare = paper + 6 + (fibre - 0.5) * 22  # the rougher, lighter layer under the eaten surface
    a = a * (1 - eaten) + bare * eaten
    a = np.where(holes, rng.uniform(15, 40), a)
    return _image(a + _noise(rng, (h, w), 3))


def silverfish_grazed(pages: list[Page], path: Path, rng: random.Random) -> int:
    return _save([grazed(page, rng) for page in pages], path, DPI, rng.randint(84, 90))


__all__ = ["grazed", "mould_spotted", "mouldy", "silverfish_grazed", "wand", "wand_scanned"]
