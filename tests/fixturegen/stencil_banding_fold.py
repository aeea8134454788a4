"""A mimeograph stencil copy, an inkjet print with clogged nozzles, a folded page corner (tuning fixtures, issue #12).

- stencil: the layout families' print as a mimeograph (stencil duplicator) copy: oily black ink swollen round every
  stroke (a dilation of 1-2 px) with small counters filled (a closing of 3-4 px), flooded patches where it swells further,
  starved patches where pixels drop out, a smear band along the drum's edge, rough grey-cream paper with dark
  flecks, turned a little; grey 200 dpi JPEG;
- banding: a home inkjet print whose head has clogged nozzles: in every print-head swath (`period` 80-120 px) some
  rows (4-7, singly or in twos and threes) are printed nearly blank, so thin white lines cut the text at fixed
  intervals; every other swath lies 1-2 px sideways; the black is mixed from the colour inks (brownish, greenish or
  violet) and fades towards the foot; colour 200 dpi JPEG;
- fold: a page whose corner (top or bottom right, 14-26 % of the width by 10-20 % of the height) was folded over
  before scanning: where the corner was, the dark scanner lid; over the page beside the fold, the flap's blank back
  with the corner's own print mirrored and faint (12-24 %); a shadow along the flap's free edges; a staple at top
  left; grey 200 dpi JPEG.

    stencil(grey, rng) / banding(grey, rng) / fold(grey, rng)   one page (H x W uint8) degraded
    build_stencil_banding_fold_corpus(out_dir, count, seed)     the three kinds in turn, truth copied

The truth sidecar is the source's, its `variant` naming the kind and `scan` its parameters.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

from .aged_copies import _blur, _smooth_noise, image_pages, kinds_corpus
from .render import copy_truth

KINDS = ("stencil", "banding", "fold")
DPI = 200


def _grow(ink, size: int):
    """`ink` (a 0..1 darkness) grown by a square of `size` px (a dilation of the dark)."""
    return _square(ink, size, max)


def _shrink(ink, size: int):
    return _square(ink, size, min)


def _square(ink, size: int, pick):
    import numpy as np

    out = ink
    for axis in (0, 1):
        shifted = [np.roll(out, shift - size // 2, axis=axis) for shift in range(size)]
        out = (np.maximum if pick is max else np.minimum).reduce(shifted)
    return out


def stencil(grey, rng: random.Random):
    """`grey` (H x W uint8, the page as printed) as a mimeograph copy (a grey uint8 page)."""
    import numpy as np

    height, width = grey.shape
    gen = np.random.default_rng(rng.randint(0, 2**31))
    ink = np.clip((1 - grey.astype(np.float32) / 255) * 1.3, 0, 1)
    ink = _grow(ink, rng.choice((2, 3)))  # the oily ink swells round every stroke
    close = rng.choice((3, 4))
    ink = np.maximum(ink, _shrink(_grow(ink, close), close))  # small counters filled
    flood = _smooth_noise((height, width), rng, rng.randint(4, 8)) > rng.uniform(0.6, 0.75)
    ink = np.where(flood, _grow(ink, 3), ink)
    starve = _smooth_noise((height, width), rng, rng.randint(4, 8)) > rng.uniform(0.55, 0.7)
    drop = gen.random((height, width)) < rng.uniform(0.25, 0.55)
    ink = np.where(starve & drop, ink * 0.15, ink)
    ink = _blur(ink, 0.6)
    top = rng.randint(0, height - 80)  # a smear band from the drum's edge: ink dragged sideways, a grey tint
    band = slice(top, top + rng.randint(20, 60))
    drag = rng.randint(6, 16)
    smeared = sum(np.roll(ink[band], shift, axis=1) for shift in range(drag)) / drag
    ink[band] = np.maximum(ink[band], smeared * 0.7) + rng.uniform(0.1, 0.25)
    paper = rng.uniform(222, 242) + gen.normal(0, rng.uniform(3, 6), (height, width)).astype(np.float32)
    out = paper * (1 - np.clip(ink, 0, 1)) + rng.uniform(15, 40) * np.clip(ink, 0, 1)
    for _ in range(rng.randint(100, 300)):  # dark flecks in the rough paper
        x, y, r = rng.randrange(width), rng.randrange(height), rng.choice((1, 1, 2))
        out[max(0, y - r) : y + r, max(0, x - r) : x + r] = rng.uniform(60, 140)
    return np.clip(out, 0, 255).astype(np.uint8)


def banding(grey, rng: random.Random):
    """`grey` (H x W uint8) printed by an inkjet with clogged nozzles (an RGB uint8 page)."""
    import numpy as np

    height, width = grey.shape
    gen = np.random.default_rng(rng.randint(0, 2**31))
    ink = 1 - grey.astype(np.float32) / 255
    period, phase = rng.randint(80, 120), rng.randint(0, 119)
    clogged: set[int] = set()
    while len(clogged) < rng.randint(4, 7):
        start = rng.randrange(period)
        clogged.update((start + k) % period for k in range(rng.choice((1, 1, 2, 3))))
    rows = (np.arange(height) + phase) % period
    blank = np.isin(rows, sorted(clogged))
    ink[blank] *= rng.uniform(0.03, 0.15)
    shift = rng.choice((-2, -1, 1, 2))
    for top in range(-phase, height, 2 * period):  # every other swath lies sideways
        lo, hi = max(0, top + period), min(height, top + 2 * period)
        if lo < hi:
            ink[lo:hi] = np.roll(ink[lo:hi], shift, axis=1)
    fade = 1 - rng.uniform(0.15, 0.35) * np.linspace(0, 1, height, dtype=np.float32)[:, None]
    ink = np.clip(ink * fade, 0, 1)[..., None]
    black = np.array(rng.choice(((70, 50, 32), (40, 62, 45), (62, 40, 78), (55, 48, 40))), np.float32)
    paper = np.array((rng.randint(246, 252), rng.randint(246, 252), rng.randint(242, 250)), np.float32)
    out = paper * (1 - ink) + black * ink + gen.normal(0, 2, (height, width, 1)).astype(np.float32)
    return np.clip(out, 0, 255).astype(np.uint8)


def fold(grey, rng: random.Random):
    """`grey` (H x W uint8) scanned with a corner folded over, a staple at top left (a grey uint8 page)."""
    import numpy as np

    height, width = grey.shape
    gen = np.random.default_rng(rng.randint(0, 2**31))
    page = grey.astype(np.float32)
    legx, legy = rng.uniform(0.14, 0.26) * width, rng.uniform(0.10, 0.20) * height
    at_top = rng.random() < 1 / 3
    corner_y = 0.0 if at_top else float(height - 1)
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    corner = (width - 1 - xs) / legx + np.abs(ys - corner_y) / legy < 1
    # the fold line from (W - legx, corner_y) to (W, corner_y +- legy); each flap point is a corner point mirrored
    ax, ay = width - 1 - legx, corner_y
    ux, uy = legx, (legy if at_top else -legy)
    norm = math.hypot(ux, uy)
    ux, uy = ux / norm, uy / norm
    dx, dy = xs - ax, ys - ay
    along = dx * ux + dy * uy
    mx, my = ax + 2 * along * ux - dx, ay + 2 * along * uy - dy
    inside = (mx >= 0) & (mx <= width - 1) & (my >= 0) & (my <= height - 1)
    mxi, myi = np.clip(mx, 0, width - 1).astype(int), np.clip(my, 0, height - 1).astype(int)
    flap = inside & corner[myi, mxi] & ~corner
    strength = rng.uniform(0.12, 0.24)
    back = rng.uniform(238, 250) - (255 - page[myi, mxi]) * strength
    out = np.where(flap, back, page)
    edge = _blur(flap.astype(np.float32), rng.uniform(2, 4))  # a shadow beside the flap's edges, on the page
    out = np.where(flap | corner, out, out * (1 - rng.uniform(0.25, 0.4) * np.clip(edge * 2, 0, 1)))
    out = np.where(corner, rng.uniform(25, 60) + gen.normal(0, 4, (height, width)), out)
    sx, sy, turn = rng.randint(40, 90), rng.randint(40, 90), math.radians(rng.uniform(20, 70))
    for t in np.linspace(0, rng.randint(28, 44), 60):  # a staple
        x, y = int(sx + t * math.cos(turn)), int(sy - t * math.sin(turn))
        out[y - 1 : y + 2, x - 1 : x + 2] = rng.uniform(70, 110)
    out += gen.normal(0, 2, (height, width)).astype(np.float32)
    return np.clip(out, 0, 255).astype(np.uint8)


def degraded(pdf_in: str | Path, pdf_out: str | Path, rng: random.Random, kind: str) -> Path:
    """Every page of pdf_in degraded as `kind` (KINDS); an image-only PDF with pdf_in's truth."""
    from PIL import Image

    pdf_in, pdf_out = Path(pdf_in), Path(pdf_out)
    quality = {"stencil": rng.randint(72, 84), "banding": rng.randint(78, 88), "fold": rng.randint(76, 86)}[kind]
    turn = rng.uniform(-0.8, 0.8) if kind == "stencil" else rng.uniform(-0.6, 0.6) if kind == "fold" else 0.0

    def page_image(grey):
        if kind == "banding":
            return Image.fromarray(banding(grey, rng), "RGB")
        image = Image.fromarray(stencil(grey, rng) if kind == "stencil" else fold(grey, rng), "L")
        return image.rotate(turn, resample=Image.Resampling.BICUBIC, fillcolor=235)

    image_pages(pdf_in, pdf_out, quality, page_image)
    copy_truth(pdf_in, pdf_out, variant=kind, scan=f"{DPI} dpi, {kind}, turned {turn:.2f}")
    return pdf_out


def build_stencil_banding_fold_corpus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """`count` forms of the layout families, in the three kinds in turn."""
    return kinds_corpus(out_dir, count, seed, "scan27", KINDS, degraded)
