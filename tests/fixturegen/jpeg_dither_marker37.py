"""A small low-quality JPEG scan, a bitonal error-diffused scan, highlighter strokes with coffee rings (tuning
fixtures, issue #12, thirty-second round).

- jpeg: the page drawn at 300 dpi, blurred 0.4-1.0 px, downsampled to 85-110 dpi grey and stored as JPEG of
  quality 20-50 (body text 11-15 px high, block artefacts round every letter); turned up to 0.4 degrees;
- dither: the print drawn grey (ink 40-95 on paper 225-246 with noise), levelled to the scanner's white point
  (paper 252-255, ink 25-35), drawn at 130-165 dpi and error-diffused (Floyd-Steinberg) to black and white:
  the paper a sparse dot pattern, grey fills denser, strokes with dotted edges; turned up to 0.5 degrees,
  stored one bit a pixel;
- marker: colour 200 dpi, 3-8 translucent highlighter strokes (yellow, green or pink, multiplied over the print,
  1.1-1.6 line heights tall, slightly slanted) over 60-450 pt of printed lines, labels and answers alike, and
  one or two coffee rings (brown, 50-90 mm across, a 1-3.5 mm rim, often broken on one side, a faint stain
  inside) over the text; turned up to 0.6 degrees, JPEG 75-90;
- plain: the same page scanned clean (grey 200 dpi JPEG 85, turned as the kind): the damage's own share.

    small_jpeg(grey, rng, dpi) / dithered(grey, rng) / highlighted(grey, rng)
    build_jpeg_dither_marker_corpus(out_dir, count, seed)      the three kinds in turn, truth copied
    build_jpeg_dither_marker_plain(out_dir, count, seed)       the same sources scanned clean

The truth sidecar is the source's, its `variant` naming the kind and `scan` its parameters.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

from .aged_copies import _blur, _smooth_noise, image_pages, kinds_corpus, plain_corpus
from .render import copy_truth
from .toner_keystone_feeder import _text_lines

KINDS = ("jpeg", "dither", "marker")
MARKERS = {"yellow": (255, 238, 70), "green": (150, 240, 120), "pink": (255, 150, 200)}


def small_jpeg(grey, rng: random.Random, dpi: float):
    """`grey` (H x W uint8, the page drawn at 300 dpi) blurred and downsampled to `dpi` (grey uint8)."""
    import numpy as np
    from PIL import Image

    height, width = grey.shape
    page = _blur(grey.astype(np.float32), rng.uniform(0.4, 1.0))
    size = (round(width * dpi / 300), round(height * dpi / 300))
    small = Image.fromarray(np.clip(page, 0, 255).astype(np.uint8), "L").resize(size, Image.Resampling.BILINEAR)
    out = np.asarray(small).astype(np.float32) * rng.uniform(0.9, 0.97) + rng.uniform(4, 14)
    noise = np.random.default_rng(rng.randint(0, 2**31)).normal(0, 1.5, out.shape)
    return np.clip(out + noise, 0, 255).astype(np.uint8)


def dithered(grey, rng: random.Random):
    """`grey` (H x W uint8, the page at the scan's dpi) as a bitonal error-diffused scan (a PIL image, mode 1)."""
    import numpy as np
    from PIL import Image

    height, width = grey.shape
    gen = np.random.default_rng(rng.randint(0, 2**31))
    ink = 1 - grey.astype(np.float32) / 255
    paper = rng.uniform(225, 246) - _smooth_noise((height, width), rng, 8) * rng.uniform(2, 8)
    printed = paper * (1 - ink) + rng.uniform(40, 95) * ink + gen.normal(0, rng.uniform(2, 5), (height, width))
    # the scanner's white point: its paper level just under white, its ink level dark
    low, high = rng.uniform(25, 35), rng.uniform(252, 255)
    paper_level, ink_level = float(np.percentile(printed, 90)), float(np.percentile(printed, 0.5))
    levelled = low + (printed - ink_level) * (high - low) / max(1.0, paper_level - ink_level)
    image = Image.fromarray(np.clip(levelled, 0, 255).astype(np.uint8), "L")
    return image.convert("1", dither=Image.Dither.FLOYDSTEINBERG)


def _coffee_ring(rgb, rng: random.Random, dpi: float) -> None:
    """One brown ring 50-90 mm across laid over `rgb` (float H x W x 3, in place)."""
    import numpy as np

    height, width = rgb.shape[:2]
    mm = dpi / 25.4
    radius = rng.uniform(25, 45) * mm
    cx, cy = rng.uniform(0.15, 0.85) * width, rng.uniform(0.15, 0.85) * height
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    distance = np.hypot(xs - cx, ys - cy)
    angle = np.arctan2(ys - cy, xs - cx)
    rim_width = rng.uniform(1, 3.5) * mm
    wobble = 1 + 0.02 * np.sin(angle * rng.randint(3, 7) + rng.uniform(0, 6.3))
    rim = np.exp(-(((distance - radius * wobble) / rim_width) ** 2))
    if rng.random() < 0.7:  # broken on one side
        gap = rng.uniform(-math.pi, math.pi)
        rim *= np.clip(1 - np.cos(angle - gap) * rng.uniform(0.8, 1.3), 0, 1)
    inside = (
        (distance < radius * wobble) * rng.uniform(0.05, 0.15) * (0.6 + 0.4 * _smooth_noise((height, width), rng, 6))
    )
    strength = np.clip(rim * rng.uniform(0.45, 0.8) + inside, 0, 1)[..., None]
    brown = np.array((rng.uniform(120, 160), rng.uniform(80, 105), rng.uniform(45, 65)), np.float32)
    rgb *= 1 - strength * (1 - brown / 255)  # a stain multiplies like ink


def highlighted(grey, rng: random.Random, dpi: float):
    """`grey` (H x W uint8, the page at `dpi`) marked with highlighters and coffee rings (RGB uint8)."""
    import numpy as np
    from PIL import Image, ImageDraw

    height, width = grey.shape
    gen = np.random.default_rng(rng.randint(0, 2**31))
    ink = 1 - grey.astype(np.float32) / 255
    paper = np.array((rng.uniform(240, 250), rng.uniform(238, 248), rng.uniform(230, 244)), np.float32)
    rgb = paper * (1 - ink[..., None]) + rng.uniform(20, 45) * ink[..., None]
    lines = _text_lines(ink > 0.5)
    marks = Image.new("L", (width, height), 0)
    pt = dpi / 72
    colours = rng.sample(list(MARKERS), rng.randint(1, 3))
    for top, bottom, left, right in rng.sample(lines, min(len(lines), rng.randint(3, 8))):
        colour = np.array(MARKERS[rng.choice(colours)], np.float32)
        tall = (bottom - top) * rng.uniform(1.1, 1.6)
        span = min(right - left, rng.uniform(60, 450) * pt)
        start = left + rng.uniform(0, max(0.0, right - left - span)) - rng.uniform(0, 6) * pt
        mid, slant = (top + bottom) / 2, rng.uniform(-0.02, 0.02) * span
        draw = ImageDraw.Draw(marks)
        marks.paste(0, (0, 0, width, height))
        draw.polygon(
            [
                (start, mid - tall / 2),
                (start + span, mid - tall / 2 + slant),
                (start + span, mid + tall / 2 + slant),
                (start, mid + tall / 2),
            ],
            fill=255,
        )
        cover = _blur(np.asarray(marks).astype(np.float32) / 255, 1.2) * rng.uniform(0.8, 1.0)
        cover *= 0.85 + 0.15 * gen.random((height, width))
        rgb *= 1 - cover[..., None] * (1 - colour / 255)  # multiplied over the print
    for _ in range(rng.randint(1, 2)):
        _coffee_ring(rgb, rng, dpi)
    rgb += gen.normal(0, 2.0, rgb.shape)
    return np.clip(rgb, 0, 255).astype(np.uint8)


def degraded(pdf_in: str | Path, pdf_out: str | Path, rng: random.Random, kind: str, plain: bool = False) -> Path:
    """Every page of pdf_in as `kind` (KINDS), or scanned clean when `plain`; an image-only PDF with pdf_in's
    truth (a plain copy's variant `plain_<kind>`)."""
    import numpy as np
    from PIL import Image

    pdf_in, pdf_out = Path(pdf_in), Path(pdf_out)
    dpi = {"jpeg": rng.uniform(85, 110), "dither": rng.uniform(130, 165), "marker": 200.0}[kind]
    quality = {"jpeg": rng.randint(20, 50), "dither": 0, "marker": rng.randint(75, 90)}[kind]
    turn = rng.uniform(-1, 1) * {"jpeg": 0.4, "dither": 0.5, "marker": 0.6}[kind]
    draw_dpi = 200 if plain else {"jpeg": 300, "dither": dpi, "marker": 200}[kind]

    def page_image(grey):
        if plain:
            return Image.fromarray(grey, "L").rotate(turn, resample=Image.Resampling.BICUBIC, fillcolor=245)
        if kind == "jpeg":
            image = Image.fromarray(grey, "L").rotate(turn, resample=Image.Resampling.BICUBIC, fillcolor=255)
            return Image.fromarray(small_jpeg(np.asarray(image), rng, dpi), "L")
        if kind == "dither":
            image = Image.fromarray(grey, "L").rotate(turn, resample=Image.Resampling.BICUBIC, fillcolor=255)
            return dithered(np.asarray(image), rng), "PNG"
        image = Image.fromarray(highlighted(grey, rng, dpi), "RGB")
        return image.rotate(turn, resample=Image.Resampling.BICUBIC, fillcolor=(245, 243, 236))

    image_pages(pdf_in, pdf_out, 85 if plain else quality, page_image, draw_dpi)
    variant = f"plain_{kind}" if plain else kind
    copy_truth(pdf_in, pdf_out, variant=variant, scan=f"{variant}, {dpi:.0f} dpi, q {quality}, turned {turn:.2f}")
    return pdf_out


def build_jpeg_dither_marker_corpus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """`count` forms of the layout families, in the three kinds in turn."""
    return kinds_corpus(out_dir, count, seed, "scan37", KINDS, degraded)


def build_jpeg_dither_marker_plain(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """The same `count` sources as build_jpeg_dither_marker_corpus, each scanned clean (variant `plain_<kind>`)."""
    return plain_corpus(out_dir, count, seed, "scan37", KINDS, degraded)
