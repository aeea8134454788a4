"""Grey recycled paper with fibres, a magnifying glass lying on the page, a rolled page on a flatbed (tuning
fixtures, issue #12, thirty-fourth round), varied around and past the thirty-fourth held-out set's description.

- fibres: grey 200 dpi; paper 190-218 with 3-9 levels of smooth blotches, ink 35-75; 700-1800 dark fibres
  3-22 px long (gently curved, 55-140 levels, over the paper and the print alike) and 120-350 light flecks
  1-3 px; noise; turned up to 0.6 degrees; JPEG 82-90;
- lens: grey 200 dpi; a lens of radius 0.14-0.26 of the page width centred in the middle two thirds,
  magnifying 1.4-2.0x at its centre and 1.0-1.3x at its rim (so what lies between rim/magnification and the
  rim is pushed out of sight), a dark rim 4-9 px with a soft shadow outside it; turned up to 0.4 degrees,
  JPEG 84-90;
- roll: grey 200 dpi; the 35-60 % of the page towards the top or bottom edge lifted off the glass: lines bowed
  (a parabola across the page) by up to 10-30 px at the edge, growing with the square of the depth into the
  lifted part, blurred up to 1.0-2.0 px and darkened by up to 40-75 levels there; no turn; JPEG 84-90;
- plain: the same page scanned clean (grey 200 dpi JPEG 85, turned as the kind): the damage's own share.

    fibres(grey, rng) / lens(grey, rng) / rolled(grey, rng)     pages (H x W uint8 at 200 dpi) degraded
    build_fibres_lens_roll_corpus(out_dir, count, seed)          the three kinds in turn, truth copied
    build_fibres_lens_roll_plain(out_dir, count, seed)           the same sources scanned clean

The truth sidecar is the source's, its `variant` naming the kind and `scan` its parameters.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

from .aged_copies import _blur, _smooth_noise, image_pages, kinds_corpus, plain_corpus
from .render import copy_truth

KINDS = ("fibres", "lens", "roll")
DPI = 200.0


def fibres(grey, rng: random.Random):
    """`grey` printed on grey recycled paper with dark fibres and light flecks over everything (uint8)."""
    import numpy as np
    from PIL import Image, ImageDraw

    height, width = grey.shape
    gen = np.random.default_rng(rng.randint(0, 2**31))
    ink = 1 - grey.astype(np.float32) / 255
    paper = rng.uniform(190, 218) + (_smooth_noise((height, width), rng, 14) - 0.5) * 2 * rng.uniform(3, 9)
    page = paper * (1 - ink) + rng.uniform(35, 75) * ink
    dark = Image.new("L", (width, height), 0)
    draw = ImageDraw.Draw(dark)
    for _ in range(rng.randint(700, 1800)):
        x, y = rng.uniform(0, width), rng.uniform(0, height)
        length, angle, bend = rng.uniform(3, 22), rng.uniform(0, math.pi), rng.uniform(-0.4, 0.4)
        points = []
        for step in range(5):
            t = step / 4 * length
            a = angle + bend * step / 4
            points.append((x + t * math.cos(a), y + t * math.sin(a)))
        draw.line(points, fill=rng.randint(55, 140), width=rng.choice((1, 1, 2)))
    for _ in range(rng.randint(120, 350)):
        x, y, r = rng.uniform(0, width), rng.uniform(0, height), rng.uniform(0.5, 1.5)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=255)
    marks = np.asarray(dark).astype(np.float32)
    fibre = np.where(marks < 255, marks, 0)
    page = page - fibre
    page = np.where(marks == 255, np.maximum(page, paper + rng.uniform(15, 30)), page)
    page = _blur(page, 0.5) + gen.normal(0, rng.uniform(2, 4), page.shape)
    return np.clip(page, 0, 255).astype(np.uint8)


LENS = {
    "radius": (0.14, 0.26),
    "centre_gain": (1.4, 2.0),
    "rim_gain": (1.0, 1.3),
    "rim": (4, 9),
    "cx": (1 / 6, 5 / 6),  # the centre, shares of the width and height
    "cy": (1 / 6, 5 / 6),
}
ROLL = {"lifted": (0.35, 0.6), "bow": (10, 30), "peak": (0.5, 0.5), "blur": (1.0, 2.0), "dark": (40, 75)}


def lens(grey, rng: random.Random, ranges: dict | None = None):
    """`grey` under a magnifying glass: magnified round its centre, its ring's cover out of sight (uint8);
    `ranges` overrides LENS's."""
    import numpy as np

    span = {**LENS, **(ranges or {})}
    height, width = grey.shape
    radius = rng.uniform(*span["radius"]) * width
    cx = rng.uniform(*span["cx"]) * width
    cy = rng.uniform(*span["cy"]) * height
    centre_gain, rim_gain = rng.uniform(*span["centre_gain"]), rng.uniform(*span["rim_gain"])
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    dx, dy = xs - cx, ys - cy
    r = np.hypot(dx, dy)
    inside = r < radius
    gain = centre_gain - (centre_gain - rim_gain) * np.clip(r / radius, 0, 1) ** 2
    sx = np.where(inside, cx + dx / gain, xs)
    sy = np.where(inside, cy + dy / gain, ys)
    # bilinear sampling of the page at (sx, sy)
    x0 = np.clip(np.floor(sx).astype(int), 0, width - 2)
    y0 = np.clip(np.floor(sy).astype(int), 0, height - 2)
    fx, fy = np.clip(sx - x0, 0, 1), np.clip(sy - y0, 0, 1)
    g = grey.astype(np.float32)
    top = g[y0, x0] * (1 - fx) + g[y0, x0 + 1] * fx
    bottom = g[y0 + 1, x0] * (1 - fx) + g[y0 + 1, x0 + 1] * fx
    page = top * (1 - fy) + bottom * fy
    page = rng.uniform(225, 245) * page / 255 + rng.uniform(15, 30) * (1 - page / 255)
    rim = rng.uniform(*span["rim"])
    ring = np.exp(-(((r - radius - rim / 2) / (rim / 2)) ** 4))
    shadow = np.exp(-np.clip(r - radius - rim, 0, None) / rng.uniform(6, 16)) * (r > radius + rim / 2)
    page = page * (1 - ring * rng.uniform(0.7, 0.9)) * (1 - shadow * rng.uniform(0.15, 0.35))
    page += np.random.default_rng(rng.randint(0, 2**31)).normal(0, 2.0, page.shape)
    return np.clip(page, 0, 255).astype(np.uint8)


def rolled(grey, rng: random.Random, ranges: dict | None = None):
    """`grey` with the part towards one long edge lifted off the glass: bowed, blurred, darkened (uint8);
    `ranges` overrides ROLL's (`peak`: where across the width the bow is deepest, a share of the width)."""
    import numpy as np

    span = {**ROLL, **(ranges or {})}
    height, width = grey.shape
    lifted = rng.uniform(*span["lifted"]) * height
    at_top = rng.random() < 0.5
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    depth = np.clip(((lifted - ys) if at_top else (ys - (height - lifted))) / lifted, 0, 1)
    low, high = span["peak"]
    peak = (rng.uniform(low, high) if high > low else low) * width  # no draw by default: seeds read as before
    across = np.clip(1 - ((xs - peak) / np.where(xs < peak, peak, width - peak)) ** 2, 0, 1)
    bow = rng.uniform(*span["bow"]) * depth**2 * across * (1 if at_top else -1)
    sy = np.clip(ys - bow, 0, height - 1.001)
    y0 = np.floor(sy).astype(int)
    fy = sy - y0
    xi = xs.astype(int)
    g = grey.astype(np.float32)
    page = g[y0, xi] * (1 - fy) + g[y0 + 1, xi] * fy
    page = rng.uniform(228, 246) * page / 255 + rng.uniform(15, 30) * (1 - page / 255)
    sharp, soft = page, _blur(page, rng.uniform(*span["blur"]))
    mix = depth**1.5
    page = sharp * (1 - mix) + soft * mix - rng.uniform(*span["dark"]) * depth**1.5
    page += np.random.default_rng(rng.randint(0, 2**31)).normal(0, 2.0, page.shape)
    return np.clip(page, 0, 255).astype(np.uint8)


DAMAGE = {"fibres": (fibres, 0.6, (82, 90)), "lens": (lens, 0.4, (84, 90)), "roll": (rolled, 0.0, (84, 90))}


def degraded(
    pdf_in: str | Path, pdf_out: str | Path, rng: random.Random, kind: str, plain: bool = False, damages=None
) -> Path:
    """Every page of pdf_in as `kind` (KINDS), or scanned clean when `plain`; an image-only PDF with pdf_in's
    truth (a plain copy's variant `plain_<kind>`). `damages` replaces DAMAGE (kind: damage, turn, JPEG range)."""
    import numpy as np
    from PIL import Image

    pdf_in, pdf_out = Path(pdf_in), Path(pdf_out)
    damage, max_turn, qualities = (damages or DAMAGE)[kind]
    turn = rng.uniform(-1, 1) * max_turn
    quality = 85 if plain else rng.randint(*qualities)

    def page_image(grey):
        image = Image.fromarray(grey if plain else damage(grey, rng), "L")
        return image.rotate(turn, resample=Image.Resampling.BICUBIC, fillcolor=int(np.median(grey)))

    image_pages(pdf_in, pdf_out, quality, page_image, DPI)
    variant = f"plain_{kind}" if plain else kind
    copy_truth(pdf_in, pdf_out, variant=variant, scan=f"{variant}, 200 dpi, q {quality}, turned {turn:.2f}")
    return pdf_out


def build_fibres_lens_roll_corpus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """`count` forms of the layout families, in the three kinds in turn."""
    return kinds_corpus(out_dir, count, seed, "scan39", KINDS, degraded)


def build_fibres_lens_roll_plain(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """The same `count` sources as build_fibres_lens_roll_corpus, each scanned clean (variant `plain_<kind>`)."""
    return plain_corpus(out_dir, count, seed, "scan39", KINDS, degraded)
