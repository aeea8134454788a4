"""A keystone photo taken from a corner, a feeder that slips gradually, two low-toner bands under a reader's pencil
(held-out fixtures for the thirtieth round's scan fixes, issue #12; written before any fix, never tuned on).

Each differs from toner_keystone_feeder's construction, so that a fix for the twenty-ninth forms' families is
measured on pages it was not made on:

- keystone: the sheet photographed from its foot and one side at once: a general quadrilateral (the head 8-20 %
  narrower than the foot, one side 3-9 % shorter than the other, the foot's corners not level), the light falling
  across the sheet diagonally to 0.66-0.80, turned up to 3 degrees, soft; colour 150-190 dpi JPEG 68-82;
- feeder: a feeder whose rollers slipped gradually: the sheet's speed a sum of two or three slow waves (each
  12-30 % of the height long, the speed 0.72-1.35 at their crests) and one or two sudden slips (a band 3-7 % of the
  height read 20-45 % fast), the page then cut or padded to its length; grey 200 dpi JPEG 74-88, turned up to 0.6
  degrees;
- toner: two pale upright bands (each 4-8 % of the width, the print keeping 25-50 % of its darkness, broken), a
  pencil underline crossing a band, a pencil ring round a word and a margin note; grey 200 dpi JPEG 74-86.

    build_scans30_corpus(out_dir, count, seed)     the three kinds in turn (keystone, feeder, toner), truth copied
"""

from __future__ import annotations

import math
import random
from pathlib import Path

from .aged_copies import _blur, _smooth_noise, image_pages, kinds_corpus
from .render import copy_truth
from .toner_keystone_feeder import DPI, PENCIL, _coefficients, _scribble, _stroke, _text_lines

KINDS = ("keystone", "feeder", "toner")


def corner_photo(grey, rng: random.Random):
    """`grey` (H x W uint8) photographed from its foot and one side on a dark desk (an RGB PIL image)."""
    import numpy as np
    from PIL import Image, ImageFilter

    height, width = grey.shape
    narrow = rng.uniform(0.08, 0.20) * width / 2
    lean = rng.uniform(0.03, 0.09) * height
    left_side = rng.random() < 0.5  # the side nearer the camera is the taller one
    foot_in = rng.uniform(0.02, 0.07) * width
    top, bottom = rng.uniform(0.04, 0.10) * height, height - rng.uniform(0.02, 0.06) * height
    skew = rng.uniform(-0.02, 0.02) * height
    head_l = (foot_in + narrow * rng.uniform(0.6, 1.4), top + (0 if left_side else lean))
    head_r = (width - foot_in - narrow * rng.uniform(0.6, 1.4), top + (lean if left_side else 0))
    quad = [head_l, head_r, (width - foot_in, bottom + skew / 2), (foot_in, bottom - skew / 2)]
    turn = math.radians(rng.uniform(-3.0, 3.0))
    cx, cy = width / 2, height / 2
    quad = [
        (
            cx + (x - cx) * math.cos(turn) - (y - cy) * math.sin(turn),
            cy + (x - cx) * math.sin(turn) + (y - cy) * math.cos(turn),
        )
        for x, y in quad
    ]
    frame = [(0, 0), (width, 0), (width, height), (0, height)]
    coefficients = _coefficients(quad, frame)
    page = Image.fromarray(grey).transform(
        (width, height), Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BICUBIC, fillcolor=0
    )
    white = Image.new("L", (width, height), 255)
    inside = (
        np.asarray(
            white.transform(
                (width, height), Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BILINEAR, fillcolor=0
            )
        ).astype(np.float32)
        / 255
    )
    placed = np.asarray(page).astype(np.float32)
    far = rng.uniform(0.66, 0.80)
    ys = np.arange(height, dtype=np.float32)[:, None] / height
    xs = np.arange(width, dtype=np.float32)[None, :] / width
    across = xs if left_side else 1 - xs
    light = far + (1 - far) * np.clip(0.65 * ys + 0.35 * across, 0, 1)
    light = light * (0.95 + 0.05 * _smooth_noise((height, width), rng, 4))
    paper_rgb = np.array((rng.uniform(225, 242), rng.uniform(224, 240), rng.uniform(212, 232)), np.float32)
    desk_rgb = np.array((rng.uniform(60, 110), rng.uniform(45, 90), rng.uniform(30, 70)), np.float32)
    sheet = (placed[..., None] / 255) * paper_rgb + (1 - placed[..., None] / 255) * rng.uniform(22, 42)
    desk = desk_rgb * (0.75 + 0.5 * _smooth_noise((height, width), rng, 7))[..., None]
    out = (inside[..., None] * sheet + (1 - inside[..., None]) * desk) * light[..., None]
    out = out + np.random.default_rng(rng.randint(0, 2**31)).normal(0, 3.5, out.shape)
    image = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB")
    image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.1)))
    dpi = rng.uniform(150, 190)
    return image.resize((round(width * dpi / DPI), round(height * dpi / DPI)), Image.Resampling.BICUBIC)


def gradual_slip(grey, rng: random.Random):
    """`grey` (H x W uint8) read by a feeder whose speed wandered in slow waves and slipped once or twice."""
    import numpy as np

    height, width = grey.shape
    gen = np.random.default_rng(rng.randint(0, 2**31))
    ys = np.arange(height, dtype=np.float32)
    speed = np.ones(height, np.float32)
    for _ in range(rng.randint(2, 3)):
        length = rng.uniform(0.12, 0.30) * height
        centre = rng.uniform(0.1, 0.9) * height
        crest = rng.choice((rng.uniform(0.72, 0.85), rng.uniform(1.18, 1.35))) - 1
        speed += crest * np.clip(np.cos(np.pi * (ys - centre) / length), 0, None) * (np.abs(ys - centre) < length / 2)
    for _ in range(rng.randint(1, 2)):
        start = int(rng.uniform(0.1, 0.85) * height)
        speed[start : start + int(rng.uniform(0.03, 0.07) * height)] *= rng.uniform(1.2, 1.45)
    speed = np.clip(speed, 0.6, 1.6)
    source = np.clip(np.concatenate(([0.0], np.cumsum(speed)[:-1])), 0, height - 1)
    below = np.floor(source).astype(np.int64)
    above = np.minimum(below + 1, height - 1)
    t = (source - below)[:, None]
    page = grey.astype(np.float32)
    out = page[below] * (1 - t) + page[above] * t
    out[source >= height - 1] = 245
    ink = 1 - out / 255
    paper = rng.uniform(234, 248) - _smooth_noise((height, width), rng, 9) * rng.uniform(3, 8)
    out = paper * (1 - ink) + rng.uniform(18, 40) * ink + gen.normal(0, 2.2, (height, width))
    return np.clip(out, 0, 255).astype(np.uint8)


def two_bands_pencil(grey, rng: random.Random):
    """`grey` (H x W uint8) printed with two pale broken bands and marked with a pencil (grey uint8)."""
    import numpy as np

    height, width = grey.shape
    gen = np.random.default_rng(rng.randint(0, 2**31))
    ink = 1 - grey.astype(np.float32) / 255
    lines = _text_lines(ink > 0.5)
    xs = np.arange(width, dtype=np.float32)
    band = np.zeros(width, np.float32)
    centres = [rng.uniform(0.15, 0.45) * width, rng.uniform(0.55, 0.85) * width]
    for centre in centres:
        half = rng.uniform(0.04, 0.08) * width / 2
        band = np.maximum(band, np.clip(1 - np.abs(xs - centre) / half, 0, 1) ** 0.6)
    fainter = rng.uniform(0.50, 0.75)
    holes = _blur(gen.random((height, width)).astype(np.float32), 0.9)
    broken = holes > np.quantile(holes, 0.6)
    keep = 1 - band[None, :] * fainter
    keep = np.where(broken & (band[None, :] > 0.3), keep * rng.uniform(0.15, 0.45), keep)
    ink = ink * keep * (0.84 + 0.16 * _smooth_noise((height, width), rng, rng.randint(8, 16)))
    pencil = np.zeros((height, width), np.float32)
    answers = [line for line in lines if line[2] > 0.2 * width] or lines
    for _top, bottom, left, right in rng.sample(answers, min(len(answers), rng.randint(2, 3))):
        y = bottom + rng.uniform(2, 4)
        points = [(left + (right - left) * t, y + rng.uniform(-1.0, 1.0)) for t in np.linspace(0, 1, 10)]
        _stroke(pencil, points, rng.uniform(1.8, 2.8), rng.uniform(0.4, 0.6))
    if lines:
        top, bottom, left, right = rng.choice(answers)
        cx, cy = left + rng.uniform(0.1, 0.5) * (right - left), (top + bottom) / 2
        rx, ry = rng.uniform(50, 110), (bottom - top) * rng.uniform(0.8, 1.1)
        ring = [(cx + rx * math.cos(a), cy + ry * math.sin(a)) for a in np.linspace(0.3, 2 * math.pi + 0.6, 40)]
        _stroke(pencil, ring, rng.uniform(1.8, 2.6), rng.uniform(0.45, 0.6))
        right_edge = max(line[3] for line in lines)
        x = min(width - 60.0, right_edge + rng.uniform(12, 40))
        y = rng.uniform(0.15, 0.85) * height
        for row in range(rng.randint(1, 2)):
            _scribble(pencil, x, y + row * 26, rng.uniform(50, max(60, width - x - 10)), rng)
    pencil = pencil * (0.75 + 0.25 * _smooth_noise((height, width), rng, 25))
    paper = rng.uniform(236, 248) - _smooth_noise((height, width), rng, 8) * rng.uniform(4, 9)
    out = paper * (1 - ink) + rng.uniform(20, 40) * ink
    out = np.minimum(out, paper * (1 - pencil) + PENCIL * pencil)
    out = out + gen.normal(0, 2.0, (height, width))
    return np.clip(out, 0, 255).astype(np.uint8)


def degraded(pdf_in: str | Path, pdf_out: str | Path, rng: random.Random, kind: str) -> Path:
    """Every page of pdf_in as `kind` (KINDS); an image-only PDF with pdf_in's truth."""
    from PIL import Image

    pdf_in, pdf_out = Path(pdf_in), Path(pdf_out)
    quality = rng.randint(68, 82) if kind == "keystone" else rng.randint(74, 88)
    turn = rng.uniform(-0.6, 0.6)

    def page_image(grey):
        if kind == "keystone":
            return corner_photo(grey, rng)
        made = gradual_slip(grey, rng) if kind == "feeder" else two_bands_pencil(grey, rng)
        return Image.fromarray(made, "L").rotate(turn, resample=Image.Resampling.BICUBIC, fillcolor=240)

    image_pages(pdf_in, pdf_out, quality, page_image)
    copy_truth(pdf_in, pdf_out, variant=kind, scan=f"{kind}, turned {turn:.2f}")
    return pdf_out


def build_scans30_corpus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """`count` forms of the layout families, in the three kinds in turn."""
    return kinds_corpus(out_dir, count, seed, "scan30", KINDS, degraded)
