"""Grey recycled paper with fibres, drawn wider than both the thirty-fourth held-out set's description and
fibres_lens_roll39's (a held-out part for issue #12, thirty-fifth round, f-scans2): the description's paper is
196-214 with +-6 levels of blotches, ink 40-70, 900-1500 fibres 4-18 px long 25-70 levels darker than the paper.

- fibres40: grey 200 dpi; paper 172-230 with 2-14 levels of smooth blotches at one of three grains; ink 25-95;
  400-3000 dark fibres 3-35 px long, bent up to +-1.0 rad along their length, 1 px wide (a quarter 2 px), 15-130
  levels under the paper they lie on (over the paper and the print alike); 60-450 light flecks 1-3 px; noise 1.5-4;
  turned up to 0.7 degrees; JPEG 76-92;
- plain: the same page scanned clean (grey 200 dpi JPEG 85, turned as the kind).

    fibres40(grey, rng)                              a page (H x W uint8 at 200 dpi) on recycled paper
    build_fibres40_corpus(out_dir, count, seed)      the layout families' forms, each so degraded
    build_fibres40_plain(out_dir, count, seed)       the same sources scanned clean
"""

from __future__ import annotations

import math
import random
from pathlib import Path

from .aged_copies import _blur, _smooth_noise, image_pages, kinds_corpus, plain_corpus

KINDS = ("fibres40",)


def fibres40(grey, rng: random.Random):
    """`grey` printed on grey recycled paper with dark fibres and light flecks over everything (uint8)."""
    import numpy as np
    from PIL import Image, ImageDraw

    height, width = grey.shape
    gen = np.random.default_rng(rng.randint(0, 2**31))
    ink = 1 - grey.astype(np.float32) / 255
    blotches = (_smooth_noise((height, width), rng, rng.choice((8, 14, 24))) - 0.5) * 2 * rng.uniform(2, 14)
    paper = rng.uniform(172, 230) + blotches
    page = paper * (1 - ink) + rng.uniform(25, 95) * ink
    depth = Image.new("L", (width, height), 0)
    draw = ImageDraw.Draw(depth)
    for _ in range(rng.randint(400, 3000)):
        x, y = rng.uniform(0, width), rng.uniform(0, height)
        length, angle, bend = rng.uniform(3, 35), rng.uniform(0, math.pi), rng.uniform(-1.0, 1.0)
        points = []
        for step in range(7):
            t = step / 6 * length
            a = angle + bend * step / 6
            points.append((x + t * math.cos(a), y + t * math.sin(a)))
        draw.line(points, fill=rng.randint(15, 130), width=rng.choice((1, 1, 1, 2)))
    flecks = Image.new("L", (width, height), 0)
    spots = ImageDraw.Draw(flecks)
    for _ in range(rng.randint(60, 450)):
        x, y, r = rng.uniform(0, width), rng.uniform(0, height), rng.uniform(0.5, 1.5)
        spots.ellipse((x - r, y - r, x + r, y + r), fill=255)
    page = page - np.asarray(depth).astype(np.float32)
    page = np.where(np.asarray(flecks) > 0, np.maximum(page, paper + rng.uniform(10, 30)), page)
    page = _blur(page, rng.uniform(0.4, 0.7)) + gen.normal(0, rng.uniform(1.5, 4), page.shape)
    return np.clip(page, 0, 255).astype(np.uint8)


def _degraded(pdf_in, pdf_out, rng: random.Random, kind: str, plain: bool = False) -> Path:
    """pdf_in's pages as `kind`, or scanned clean when `plain`: an image-only PDF with pdf_in's truth."""
    import numpy as np
    from PIL import Image

    from .render import copy_truth

    pdf_in, pdf_out = Path(pdf_in), Path(pdf_out)
    turn = rng.uniform(-0.7, 0.7)
    quality = 85 if plain else rng.randint(76, 92)

    def page_image(grey):
        image = Image.fromarray(grey if plain else fibres40(grey, rng), "L")
        return image.rotate(turn, resample=Image.Resampling.BICUBIC, fillcolor=int(np.median(np.asarray(image))))

    image_pages(pdf_in, pdf_out, quality, page_image, 200)
    variant = f"plain_{kind}" if plain else kind
    copy_truth(pdf_in, pdf_out, variant=variant, scan=f"{variant}, 200 dpi, q {quality}, turned {turn:.2f}")
    return pdf_out


def build_fibres40_corpus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """`count` forms of the layout families on recycled paper with fibres."""
    return kinds_corpus(out_dir, count, seed, "fib40", KINDS, _degraded)


def build_fibres40_plain(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """The same `count` sources as build_fibres40_corpus, each scanned clean (variant `plain_fibres40`)."""
    return plain_corpus(out_dir, count, seed, "fib40", KINDS, _degraded)
