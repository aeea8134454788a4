"""A moving hand's smear, thermal paper faded unevenly, a posterised palette, around and past the thirty-third
held-out forms' described numbers (held-out part of f-scans, issue #12, thirty-fourth round).

- motion: grey 200 dpi, smeared by a moving hand: a straight line 2.5-9.5 px long at any angle, or (a third of
  the pages) a bent path of two straight strokes at angles up to 40 degrees apart; a vignette of 2-14 %, paper
  205-245, noise; turned up to 1.3 degrees, JPEG 75-92;
- thermal: grey 200 dpi on warm paper (222-248, noise), the ink's darkness a smooth field from near black to
  40-80 % of the way to the paper, one to three upright bands (6-35 mm) fading a further 15-65 %; turned up to
  0.6 degrees, JPEG 78-94;
- palette: 200 dpi grey, blurred 0.4-1.4 px, snapped without dithering to three to seven greys (ink 5-55, paper
  220-252), stored as an Indexed PNG; no turn.

    motion_smeared(grey, rng) / thermal_fade(grey, rng) / palette_snapped(grey, rng)
    build_fscans39_corpus(out_dir, count, seed)      the three kinds in turn, truth copied

The truth sidecar is the source's, its `variant` naming the kind and `scan` its parameters.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

from .aged_copies import _blur, _smooth_noise, image_pages, kinds_corpus
from .render import copy_truth

KINDS = ("motion", "thermal", "palette")
DPI = 200


def _moved(image, dx: float, dy: float):
    """`image` (float) moved by (dx, dy) px, bilinear, edges repeated."""
    import numpy as np

    x0, y0 = math.floor(dx), math.floor(dy)
    fx, fy = dx - x0, dy - y0
    pad = max(abs(x0), abs(y0)) + 2
    padded = np.pad(image, pad, mode="edge")
    height, width = image.shape
    parts = ((0, 0, (1 - fx) * (1 - fy)), (0, 1, fx * (1 - fy)), (1, 0, (1 - fx) * fy), (1, 1, fx * fy))
    return sum(
        w * padded[pad - y0 - oy : pad - y0 - oy + height, pad - x0 - ox : pad - x0 - ox + width] for oy, ox, w in parts
    )


def smear_path(rng: random.Random) -> list[tuple[float, float]]:
    """The hand's path as points (px) spaced about half a pixel: straight, or two strokes bent at a corner."""
    length = rng.uniform(2.5, 9.5)
    angle = rng.uniform(0, math.pi)
    if rng.random() < 2 / 3:
        legs = [(length, angle)]
    else:
        share = rng.uniform(0.35, 0.65)
        legs = [(length * share, angle), (length * (1 - share), angle + math.radians(rng.uniform(-40, 40)))]
    points, x, y = [(0.0, 0.0)], 0.0, 0.0
    for leg, direction in legs:
        steps = max(2, math.ceil(leg * 2))
        for _ in range(steps):
            x, y = x + leg / steps * math.cos(direction), y + leg / steps * math.sin(direction)
            points.append((x, y))
    cx, cy = sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points)
    return [(px - cx, py - cy) for px, py in points]


def motion_smeared(grey, rng: random.Random):
    """`grey` (H x W uint8, the page at 200 dpi) smeared along the hand's path, vignetted, noisy (grey uint8)."""
    import numpy as np

    height, width = grey.shape
    gen = np.random.default_rng(rng.randint(0, 2**31))
    ink = 1 - grey.astype(np.float32) / 255
    path = smear_path(rng)
    smear = sum(_moved(ink, dx, dy) for dx, dy in path) / len(path)
    paper = rng.uniform(205, 245)
    page = paper * (1 - smear) + rng.uniform(10, 45) * smear
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    r = np.hypot((xs - width / 2) / (width / 2), (ys - height / 2) / (height / 2)) / math.sqrt(2)
    page *= 1 - rng.uniform(0.02, 0.14) * r**2
    page += gen.normal(0, rng.uniform(1.0, 4.5), page.shape)
    return np.clip(page, 0, 255).astype(np.uint8)


def thermal_fade(grey, rng: random.Random):
    """`grey` (H x W uint8, the page at 200 dpi) printed on thermal paper faded unevenly (grey uint8)."""
    import numpy as np

    height, width = grey.shape
    gen = np.random.default_rng(rng.randint(0, 2**31))
    ink = 1 - grey.astype(np.float32) / 255
    paper = rng.uniform(222, 248)
    worst = rng.uniform(0.40, 0.80)
    fade = _smooth_noise((height, width), rng, rng.randint(3, 7)) ** rng.uniform(0.6, 1.5) * worst
    xs = np.arange(width, dtype=np.float32)
    for _ in range(rng.randint(1, 3)):
        centre, half = rng.uniform(0.05, 0.95) * width, rng.uniform(3, 17.5) * DPI / 25.4
        band = np.exp(-(((xs - centre) / half) ** 4)) * rng.uniform(0.15, 0.65)
        fade = fade + (1 - fade) * band[None, :]
    fade = np.clip(fade, 0, 0.88)
    dark = rng.uniform(10, 45)
    level = dark + (paper - dark) * fade
    out = paper * (1 - ink) + level * ink + gen.normal(0, rng.uniform(1.0, 4.0), (height, width))
    return np.clip(out, 0, 255).astype(np.uint8)


def palette_snapped(grey, rng: random.Random):
    """`grey` (H x W uint8, the page at 200 dpi) blurred and snapped to a few greys (a PIL image, mode P)."""
    import numpy as np
    from PIL import Image

    ink_level, paper_level = rng.uniform(5, 55), rng.uniform(220, 252)
    ink = 1 - grey.astype(np.float32) / 255
    page = _blur(paper_level * (1 - ink) + ink_level * ink, rng.uniform(0.4, 1.4))
    levels = np.linspace(ink_level, paper_level, rng.randint(3, 7))
    index = np.abs(page[..., None] - levels[None, None, :]).argmin(axis=2).astype(np.uint8)
    image = Image.fromarray(index, "P")
    palette = [round(v) for value in levels for v in (value, value, value)]
    image.putpalette(palette + [0] * (768 - len(palette)))
    return image


def degraded(pdf_in: str | Path, pdf_out: str | Path, rng: random.Random, kind: str) -> Path:
    """Every page of pdf_in as `kind` (KINDS): an image-only PDF with pdf_in's truth."""
    import numpy as np
    from PIL import Image

    pdf_in, pdf_out = Path(pdf_in), Path(pdf_out)
    quality = {"motion": rng.randint(75, 92), "thermal": rng.randint(78, 94), "palette": 0}[kind]
    turn = rng.uniform(-1, 1) * {"motion": 1.3, "thermal": 0.6, "palette": 0.0}[kind]

    def page_image(grey):
        image = Image.fromarray(grey, "L")
        if turn:
            image = image.rotate(turn, resample=Image.Resampling.BICUBIC, fillcolor=255)
        if kind == "palette":
            return palette_snapped(np.asarray(image), rng), "PNG"
        damage = motion_smeared if kind == "motion" else thermal_fade
        return Image.fromarray(damage(np.asarray(image), rng), "L")

    image_pages(pdf_in, pdf_out, quality, page_image, DPI)
    copy_truth(pdf_in, pdf_out, variant=kind, scan=f"{kind}, q {quality}, turned {turn:.2f}")
    return pdf_out


def build_fscans39_corpus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """`count` forms of the layout families, in the three kinds in turn."""
    return kinds_corpus(out_dir, count, seed, "fscans39", KINDS, degraded)
