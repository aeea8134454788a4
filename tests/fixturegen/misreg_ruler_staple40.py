"""A colour scanner's channels out of register, a clear ruler lying across the page, the top sheet of a stapled
stack (tuning fixtures, issue #12, thirty-fifth round), varied around and past the thirty-fifth held-out set's
description.

- misregister: colour 200 dpi; warm paper (red 234-250, green 4-10 under it, blue 10-22 under it), ink 15-50;
  the red channel shifted 1-5 px right and (half the time) 1-5 px down, the blue 1-5 px the other way (each on its
  own), so every stroke has a red and a blue-green fringe; noise; JPEG 84-93;
- ruler: grey 200 dpi; a clear ruler 200-290 px wide at 3-28 degrees (either way) across the page through its
  middle half: the print under it shifted 1-5 px right and down and 6-18 levels paler, its long edges dark lines
  2-3 px, millimetre ticks (longer each 5 and 10 mm) along one edge and its own centimetre numbers beside them;
  JPEG 84-91;
- staple: grey 200 dpi; the page shrunk 1-5 % and turned 0.6-2.3 degrees about its top-left corner, two or three
  sheets below peeking out 5-20 px each past its right and bottom edges with soft shadows (the lowest filling the
  scan), a metallic staple bar 5-7 px thick and 55-95 px long with two dimples at 25-65 degrees over the top-left
  corner; JPEG 84-91;
- plain: the same page scanned clean (grey 200 dpi JPEG 85): the damage's own share.

    misregistered(grey, rng) -> H x W x 3 / ruler(grey, rng) / stapled(grey, rng)   pages degraded (uint8)
    build_misreg_ruler_staple_corpus(out_dir, count, seed)     the three kinds in turn, truth copied
    build_misreg_ruler_staple_plain(out_dir, count, seed)      the same sources scanned clean

The truth sidecar is the source's, its `variant` naming the kind and `scan` its parameters.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

from .aged_copies import _blur, image_pages, kinds_corpus, plain_corpus
from .render import copy_truth

KINDS = ("misregister", "ruler", "staple")
DPI = 200.0


def _shifted(image, dx: int, dy: int, fill: float):
    """`image` moved dx px right and dy px down, the uncovered edge `fill`."""
    import numpy as np

    out = np.full_like(image, fill)
    height, width = image.shape
    out[max(dy, 0) : height + min(dy, 0), max(dx, 0) : width + min(dx, 0)] = image[
        max(-dy, 0) : height - max(dy, 0), max(-dx, 0) : width - max(dx, 0)
    ]
    return out


def misregistered(grey, rng: random.Random):
    """`grey` scanned in colour with the red and blue channels out of register (H x W x 3 uint8)."""
    import numpy as np

    ink = 1 - grey.astype(np.float32) / 255
    red = rng.uniform(234, 250)
    paper = (red, red - rng.uniform(4, 10), red - rng.uniform(10, 22))
    level = rng.uniform(15, 50)
    down = rng.random() < 0.5
    shifts = (
        (rng.randint(1, 5), rng.randint(1, 5) if down else 0),
        (0, 0),
        (-rng.randint(1, 5), -(rng.randint(1, 5) if down else 0)),
    )
    gen = np.random.default_rng(rng.randint(0, 2**31))
    channels = []
    for white, (dx, dy) in zip(paper, shifts, strict=True):
        moved = _shifted(ink, dx, dy, 0.0)
        channels.append(white * (1 - moved) + level * moved + gen.normal(0, 2.0, ink.shape))
    return np.clip(np.stack(channels, axis=2), 0, 255).astype(np.uint8)


def ruler(grey, rng: random.Random):
    """`grey` with a clear ruler lying across it: the print under it shifted and paler, its edges, ticks and
    numbers drawn (uint8)."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    height, width = grey.shape
    g = rng.uniform(228, 246) * grey.astype(np.float32) / 255 + rng.uniform(15, 35) * (1 - grey / 255)
    band = int(rng.uniform(200, 290))
    length = int(math.hypot(width, height)) + 40
    # the ruler drawn level, then turned onto the page: its mask, its marks
    mask = Image.new("L", (length, band), 255)
    marks = Image.new("L", (length, band), 0)
    draw = ImageDraw.Draw(marks)
    edge = rng.choice((2, 3))
    draw.rectangle((0, 0, length, edge - 1), fill=255)
    draw.rectangle((0, band - edge, length, band), fill=255)
    mm = DPI / 25.4
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", rng.randint(16, 22))
    except OSError:
        font = ImageFont.load_default()
    top_edge = rng.random() < 0.5
    start = rng.uniform(0.05, 0.3) * length
    for tick in range(int((length - start) / mm)):
        x = start + tick * mm
        size = 34 if tick % 10 == 0 else 22 if tick % 5 == 0 else 13
        y0, y1 = (edge, edge + size) if top_edge else (band - edge - size, band - edge)
        draw.line((x, y0, x, y1), fill=255, width=1)
        if tick % 10 == 0 and tick // 10 <= 30:
            ny = edge + 38 if top_edge else band - edge - 62
            draw.text((x + 2, ny), str(tick // 10), fill=255, font=font)
    angle = rng.uniform(3, 28) * rng.choice((1, -1))
    cx, cy = rng.uniform(0.3, 0.7) * width, rng.uniform(0.3, 0.7) * height
    turned_mask = Image.new("L", (width, height), 0)
    turned_marks = Image.new("L", (width, height), 0)
    for source, target in ((mask, turned_mask), (marks, turned_marks)):
        rotated = source.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
        target.paste(rotated, (int(cx - rotated.width / 2), int(cy - rotated.height / 2)))
    inside = np.asarray(turned_mask).astype(np.float32) / 255
    drawn = np.asarray(turned_marks).astype(np.float32) / 255
    under = _shifted(g, rng.randint(1, 5), rng.randint(1, 5), float(np.median(g))) + rng.uniform(6, 18)
    page = g * (1 - inside) + under * inside
    page = page * (1 - drawn * rng.uniform(0.7, 0.88)) + 0.0
    page += np.random.default_rng(rng.randint(0, 2**31)).normal(0, 2.0, page.shape)
    return np.clip(page, 0, 255).astype(np.uint8)


def stapled(grey, rng: random.Random):
    """`grey` as the top sheet of a stapled stack: shrunk, turned about its top-left corner, sheets peeking out
    right and below, a staple over the top-left corner (uint8)."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    height, width = grey.shape
    paper = rng.uniform(232, 248)
    sheets = rng.choice((2, 3))
    steps = [rng.randint(5, 20) for _ in range(sheets)]
    reach = sum(steps)
    shrink = min(1 - reach / width, 1 - rng.uniform(0.01, 0.05))
    top_w, top_h = int(width * shrink), int(height * shrink)
    canvas = Image.new("L", (width, height), int(paper - rng.uniform(6, 14)))  # the lowest sheet fills the scan
    shadow = Image.new("L", (width, height), 0)
    sd = ImageDraw.Draw(shadow)
    edge_x, edge_y = top_w + reach, top_h + reach
    for step in reversed(steps[:-1]):
        edge_x, edge_y = edge_x - step, edge_y - step
        sd.rectangle((0, 0, edge_x + 4, edge_y + 4), fill=int(rng.uniform(40, 80)))
    shade = shadow.filter(ImageFilter.GaussianBlur(rng.uniform(2, 5)))
    base = np.asarray(canvas).astype(np.float32) * (1 - np.asarray(shade) / 255 * 0.35)
    layer = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))
    edge_x, edge_y = top_w + reach, top_h + reach
    draw = ImageDraw.Draw(layer)
    for step in reversed(steps[:-1]):
        edge_x, edge_y = edge_x - step, edge_y - step
        draw.rectangle((0, 0, edge_x, edge_y), fill=int(paper - rng.uniform(2, 9)))
        draw.line((edge_x, 0, edge_x, edge_y), fill=int(paper - 60), width=1)
        draw.line((0, edge_y, edge_x, edge_y), fill=int(paper - 60), width=1)
    top = Image.fromarray(grey).resize((top_w, top_h), Image.Resampling.LANCZOS)
    top = Image.fromarray(
        np.clip(paper * np.asarray(top) / 255 + rng.uniform(15, 35) * (1 - np.asarray(top) / 255), 0, 255).astype(
            np.uint8
        )
    )
    turn = -rng.uniform(0.6, 2.3)
    big = Image.new("L", (width, height), 0)
    big_mask = Image.new("L", (width, height), 0)
    big.paste(top, (0, 0))
    big_mask.paste(255, (0, 0, top_w, top_h))
    big = big.rotate(turn, center=(0, 0), resample=Image.Resampling.BICUBIC)
    big_mask = big_mask.rotate(turn, center=(0, 0), resample=Image.Resampling.BICUBIC)
    edge_shadow = big_mask.filter(ImageFilter.GaussianBlur(4))
    under = np.asarray(layer).astype(np.float32) * (1 - 0.25 * np.asarray(edge_shadow) / 255)
    m = np.asarray(big_mask).astype(np.float32) / 255
    page = np.asarray(big).astype(np.float32) * m + under * (1 - m)
    # the staple: a metallic bar with a darker dimple at each end
    staple = Image.new("L", (width, height), 0)
    tone = Image.new("L", (width, height), 0)
    sdraw, tdraw = ImageDraw.Draw(staple), ImageDraw.Draw(tone)
    long = rng.uniform(55, 95)
    thick = rng.choice((5, 6, 7))
    angle = math.radians(rng.uniform(25, 65))
    sx, sy = rng.uniform(25, 110), rng.uniform(25, 110)
    ex, ey = sx + long * math.cos(angle), sy - long * math.sin(angle) + long * 0.7
    sdraw.line((sx, sy, ex, ey), fill=255, width=thick)
    tdraw.line((sx, sy, ex, ey), fill=int(rng.uniform(110, 160)), width=thick)
    tdraw.line((sx, sy, ex, ey), fill=int(rng.uniform(170, 210)), width=max(1, thick // 3))
    for px, py in ((sx, sy), (ex, ey)):
        tdraw.ellipse((px - thick, py - thick, px + thick, py + thick), fill=int(rng.uniform(70, 110)))
        sdraw.ellipse((px - thick, py - thick, px + thick, py + thick), fill=255)
    sm = np.asarray(staple.filter(ImageFilter.GaussianBlur(0.7))).astype(np.float32) / 255
    page = page * (1 - sm) + np.asarray(tone).astype(np.float32) * sm
    page += np.random.default_rng(rng.randint(0, 2**31)).normal(0, 2.0, page.shape)
    return np.clip(_blur(page, 0.3), 0, 255).astype(np.uint8)


DAMAGE = {"misregister": (misregistered, (84, 93)), "ruler": (ruler, (84, 91)), "staple": (stapled, (84, 91))}


def degraded(
    pdf_in: str | Path, pdf_out: str | Path, rng: random.Random, kind: str, plain: bool = False, damages=None
) -> Path:
    """Every page of pdf_in as `kind` (KINDS, or a key of `damages`: kind -> (damage, JPEG qualities)), or scanned
    clean when `plain`; an image-only PDF with pdf_in's truth (a plain copy's variant `plain_<kind>`)."""
    from PIL import Image

    pdf_in, pdf_out = Path(pdf_in), Path(pdf_out)
    damage, qualities = (damages or DAMAGE)[kind]
    quality = 85 if plain else rng.randint(*qualities)

    def page_image(grey):
        pixels = grey if plain else damage(grey, rng)
        return Image.fromarray(pixels, "RGB" if pixels.ndim == 3 else "L")

    image_pages(pdf_in, pdf_out, quality, page_image, DPI)
    variant = f"plain_{kind}" if plain else kind
    copy_truth(pdf_in, pdf_out, variant=variant, scan=f"{variant}, 200 dpi, q {quality}")
    return pdf_out


def build_misreg_ruler_staple_corpus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """`count` forms of the layout families, in the three kinds in turn."""
    return kinds_corpus(out_dir, count, seed, "scan40", KINDS, degraded)


def build_misreg_ruler_staple_plain(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """The same `count` sources as build_misreg_ruler_staple_corpus, each scanned clean (variant `plain_<kind>`)."""
    return plain_corpus(out_dir, count, seed, "scan40", KINDS, degraded)
