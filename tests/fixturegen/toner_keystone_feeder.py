"""Low toner with a reader's pencil, a steep keystone phone photo, a slipping document feeder (tuning fixtures,
issue #12).

- toner: printed with the toner running low: a pale vertical band 5-10 % of the width where the print is 55-75 %
  fainter and broken into specks, the rest of the print mottled; then read with a pencil in hand: soft grey
  underlines under two to four text lines, a bracket and a tick in the left margin, one to three scribbled notes
  in the right margin; grey 200 dpi JPEG, turned up to 0.4 degrees;
- keystone: photographed on a dark desk from the page's foot at a steep angle: the sheet a trapezoid whose head is
  12-20 % narrower on each side than its foot, the light falling to 0.7-0.78 towards the head, turned up to 2.5
  degrees, slightly soft; colour 170 dpi JPEG;
- feeder: read by a document feeder whose rollers slipped 3-6 times: bands of the page stretched tall (the sheet
  18-38 % slow) or squeezed flat (25-50 % fast), a smear down a few rows where it crept, turned up to 0.7 degrees;
  grey 200 dpi JPEG.

    toner_pencil(grey, rng) / keystone(grey, rng) / feeder_slip(grey, rng)
    build_toner_keystone_feeder_corpus(out_dir, count, seed)     the three kinds in turn, truth copied

The truth sidecar is the source's, its `variant` naming the kind and `scan` its parameters.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

from .aged_copies import _blur, _smooth_noise, image_pages, kinds_corpus
from .render import copy_truth

KINDS = ("toner", "keystone", "feeder")
DPI = 200
PHOTO_DPI = 170
PENCIL = 150.0  # a pencil's grey on white paper (0 ink, 255 paper), before its own mottle


def _text_lines(ink) -> list[tuple[int, int, int, int]]:
    """Rows of ink in `ink` (bool H x W) as (top, bottom, left, right) of each text line, rules left out."""
    import numpy as np

    height, width = ink.shape
    counts = ink.sum(axis=1)
    rows = (counts > 0) & (counts < 0.5 * width)
    lines, top = [], None
    for y in range(height + 1):
        on = y < height and rows[y]
        if on and top is None:
            top = y
        elif not on and top is not None:
            if 12 <= y - top <= 40:
                cols = np.flatnonzero(ink[top:y].any(axis=0))
                lines.append((top, y, int(cols[0]), int(cols[-1])))
            top = None
    return lines


def _stroke(canvas, points, width: float, tone: float) -> None:
    """A soft pencil stroke through `points` (x, y) into `canvas` (float ink 0..1), `width` px wide."""
    import numpy as np

    height, wide = canvas.shape
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        steps = max(2, int(math.hypot(x1 - x0, y1 - y0)))
        for t in np.linspace(0, 1, steps):
            x, y = x0 + (x1 - x0) * t, y0 + (y1 - y0) * t
            r = width / 2
            ya, yb = max(0, int(y - r - 1)), min(height, int(y + r + 2))
            xa, xb = max(0, int(x - r - 1)), min(wide, int(x + r + 2))
            if ya >= yb or xa >= xb:
                continue
            yy, xx = np.mgrid[ya:yb, xa:xb]
            d = np.hypot(xx - x, yy - y)
            canvas[ya:yb, xa:xb] = np.maximum(canvas[ya:yb, xa:xb], tone * np.clip(r + 0.5 - d, 0, 1))


def _scribble(canvas, x: float, y: float, length: float, rng: random.Random) -> None:
    """A handwritten note's line: loops and waves `length` px long from (x, y)."""
    points, pos = [], 0.0
    while pos < length:
        height = rng.uniform(8, 18)
        points += [(x + pos, y), (x + pos + rng.uniform(2, 5), y - height), (x + pos + rng.uniform(4, 9), y + 2)]
        pos += rng.uniform(7, 14)
        if rng.random() < 0.15:
            pos += rng.uniform(8, 16)
            _stroke(canvas, points, rng.uniform(1.6, 2.4), rng.uniform(0.45, 0.65))
            points = []
    if len(points) > 1:
        _stroke(canvas, points, rng.uniform(1.6, 2.4), rng.uniform(0.45, 0.65))


def toner_pencil(grey, rng: random.Random):
    """`grey` (H x W uint8, the page as printed) printed low on toner and read with a pencil (grey uint8)."""
    import numpy as np

    height, width = grey.shape
    gen = np.random.default_rng(rng.randint(0, 2**31))
    ink = 1 - grey.astype(np.float32) / 255
    lines = _text_lines(ink > 0.5)
    band_w = rng.uniform(0.05, 0.10) * width
    centre = rng.uniform(0.2, 0.8) * width
    xs = np.arange(width, dtype=np.float32)
    band = np.clip(1 - np.abs(xs - centre) / (band_w / 2), 0, 1) ** 0.5  # 1 in the band's middle
    fainter = rng.uniform(0.55, 0.75)
    holes = _blur(gen.random((height, width)).astype(np.float32), 0.8)
    broken = holes > np.quantile(holes, 0.55)  # toner missing in specks
    keep = 1 - band[None, :] * fainter
    keep = np.where(broken & (band[None, :] > 0.3), keep * rng.uniform(0.1, 0.4), keep)
    mottle = 0.82 + 0.18 * _smooth_noise((height, width), rng, rng.randint(10, 20))
    ink = ink * keep * mottle
    pencil = np.zeros((height, width), np.float32)
    answers = [line for line in lines if line[2] > 0.2 * width] or lines
    for _top, bottom, left, right in rng.sample(answers, min(len(answers), rng.randint(2, 4))):
        y = bottom + rng.uniform(2, 5)
        drift = rng.uniform(-3, 3)
        points = [(left + (right - left) * t, y + drift * t + rng.uniform(-0.8, 0.8)) for t in np.linspace(0, 1, 8)]
        _stroke(pencil, points, rng.uniform(1.8, 3.0), rng.uniform(0.4, 0.6))
    if lines:
        margin = min(line[2] for line in lines)
        top, _, _, _ = rng.choice(lines)
        span = rng.uniform(80, 220)
        x = max(6.0, margin - rng.uniform(18, 35))
        _stroke(pencil, [(x + 8, top), (x, top + 6), (x, top + span - 6), (x + 8, top + span)], 2.2, 0.55)
        tx, ty = max(4.0, margin - rng.uniform(30, 45)), rng.choice(lines)[0] + 10
        _stroke(pencil, [(tx, ty), (tx + 6, ty + 8), (tx + 18, ty - 12)], 2.4, 0.6)
        right_edge = max(line[3] for line in lines)
        for _ in range(rng.randint(1, 3)):
            y = rng.uniform(0.1, 0.9) * height
            x = min(width - 60.0, right_edge + rng.uniform(10, 40))
            for row in range(rng.randint(1, 3)):
                _scribble(pencil, x, y + row * 26, rng.uniform(50, max(60, width - x - 10)), rng)
    pencil = pencil * (0.75 + 0.25 * _smooth_noise((height, width), rng, 30))
    paper = rng.uniform(236, 248) - _smooth_noise((height, width), rng, 8) * rng.uniform(4, 10)
    out = paper * (1 - ink) + rng.uniform(20, 40) * ink
    out = out * (1 - pencil) + PENCIL * pencil  # graphite over the print's paper only lightens nothing
    out = np.minimum(out, paper * (1 - pencil) + PENCIL * pencil)
    out = out + gen.normal(0, 2.0, (height, width))
    return np.clip(out, 0, 255).astype(np.uint8)


def _coefficients(frame, quad) -> tuple[float, ...]:
    """PIL's PERSPECTIVE coefficients taking each output point of `frame` to its point of `quad`."""
    import numpy as np

    rows, values = [], []
    for (x, y), (u, v) in zip(frame, quad, strict=True):
        rows += [[x, y, 1, 0, 0, 0, -u * x, -u * y], [0, 0, 0, x, y, 1, -v * x, -v * y]]
        values += [u, v]
    return tuple(np.linalg.solve(np.array(rows, float), np.array(values, float)))


def keystone(grey, rng: random.Random):
    """`grey` (H x W uint8) photographed from the page's foot at a steep angle on a dark desk (RGB PIL image at
    PHOTO_DPI)."""
    import numpy as np
    from PIL import Image, ImageFilter

    height, width = grey.shape
    narrow = rng.uniform(0.12, 0.20)
    # the sheet in the photo: its foot near the frame's width, its head narrower and lower (foreshortened)
    foot_in = rng.uniform(0.02, 0.06) * width
    foot_y = height - rng.uniform(0.02, 0.05) * height
    head_y = rng.uniform(0.05, 0.12) * height
    sheet_w = width - 2 * foot_in
    head_in = foot_in + narrow * sheet_w
    quad = [(head_in, head_y), (width - head_in, head_y), (width - foot_in, foot_y), (foot_in, foot_y)]
    turn = math.radians(rng.uniform(-2.5, 2.5))
    cx, cy = width / 2, height / 2
    quad = [
        (
            cx + (x - cx) * math.cos(turn) - (y - cy) * math.sin(turn),
            cy + (x - cx) * math.sin(turn) + (y - cy) * math.cos(turn),
        )
        for x, y in quad
    ]
    frame = [(0, 0), (width, 0), (width, height), (0, height)]
    page = Image.fromarray(grey).transform(
        (width, height), Image.Transform.PERSPECTIVE, _coefficients(quad, frame), Image.Resampling.BICUBIC, fillcolor=0
    )
    inside = (
        np.asarray(
            Image.new("L", (width, height), 255).transform(
                (width, height),
                Image.Transform.PERSPECTIVE,
                _coefficients(quad, frame),
                Image.Resampling.BILINEAR,
                fillcolor=0,
            )
        ).astype(np.float32)
        / 255
    )
    placed = np.asarray(page).astype(np.float32)
    far = rng.uniform(0.70, 0.78)
    ys = np.arange(height, dtype=np.float32)[:, None] / height
    light = far + (1 - far) * ys  # the head furthest from the lamp and the lens
    light = light * (0.96 + 0.04 * _smooth_noise((height, width), rng, 5))
    paper_rgb = np.array((rng.uniform(228, 240), rng.uniform(226, 238), rng.uniform(215, 230)), np.float32)
    desk_rgb = np.array((rng.uniform(35, 60), rng.uniform(30, 50), rng.uniform(25, 45)), np.float32)
    sheet = (placed[..., None] / 255) * paper_rgb + (1 - placed[..., None] / 255) * 30
    desk = desk_rgb * (0.8 + 0.4 * _smooth_noise((height, width), rng, 6))[..., None]
    out = (inside[..., None] * sheet + (1 - inside[..., None]) * desk) * light[..., None]
    out = out + np.random.default_rng(rng.randint(0, 2**31)).normal(0, 3.0, out.shape)
    image = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB")
    image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.0)))
    small = (round(width * PHOTO_DPI / DPI), round(height * PHOTO_DPI / DPI))
    return image.resize(small, Image.Resampling.BICUBIC)


def feeder_slip(grey, rng: random.Random):
    """`grey` (H x W uint8) read by a feeder whose rollers slipped: bands stretched or squeezed (grey uint8)."""
    import numpy as np

    height, width = grey.shape
    gen = np.random.default_rng(rng.randint(0, 2**31))
    slips = rng.randint(3, 6)
    starts = sorted(rng.uniform(0.05, 0.9) * height for _ in range(slips))
    # the source row each output row reads: a speed per band (1 even, < 1 slow: stretched, > 1 fast: squeezed)
    speed = np.ones(height, np.float32)
    smears = []
    for start in starts:
        length = rng.uniform(0.04, 0.10) * height
        slow = rng.random() < 0.5
        factor = 1 / rng.uniform(1.18, 1.38) if slow else rng.uniform(1.25, 1.5)
        a, b = int(start), min(height, int(start + length))
        speed[a:b] = factor
        if slow and rng.random() < 0.6:
            smears.append((a, min(height, a + rng.randint(4, 10))))
    source = np.concatenate(([0.0], np.cumsum(speed)[:-1]))
    source = np.clip(source, 0, height - 1)
    below = np.floor(source).astype(np.int64)
    above = np.minimum(below + 1, height - 1)
    t = (source - below)[:, None]
    page = grey.astype(np.float32)
    out = page[below] * (1 - t) + page[above] * t
    fill = source >= height - 1  # the sheet's end passed: paper
    out[fill] = 245
    for a, b in smears:  # the sheet crept: rows smeared down
        out[a:b] = np.minimum.accumulate(out[a:b], axis=0) * 0.5 + out[a:b] * 0.5
    ink = 1 - out / 255
    paper = rng.uniform(236, 248) - _smooth_noise((height, width), rng, 8) * rng.uniform(3, 8)
    out = paper * (1 - ink) + rng.uniform(20, 40) * ink + gen.normal(0, 2.0, (height, width))
    return np.clip(out, 0, 255).astype(np.uint8)


def degraded(pdf_in: str | Path, pdf_out: str | Path, rng: random.Random, kind: str) -> Path:
    """Every page of pdf_in as `kind` (KINDS); an image-only PDF with pdf_in's truth."""
    from PIL import Image

    pdf_in, pdf_out = Path(pdf_in), Path(pdf_out)
    quality = rng.randint(70, 80) if kind == "keystone" else rng.randint(76, 86)
    turn = rng.uniform(-0.4, 0.4) if kind == "toner" else rng.uniform(-0.7, 0.7)

    def page_image(grey):
        if kind == "keystone":
            return keystone(grey, rng)
        made = toner_pencil(grey, rng) if kind == "toner" else feeder_slip(grey, rng)
        return Image.fromarray(made, "L").rotate(turn, resample=Image.Resampling.BICUBIC, fillcolor=240)

    image_pages(pdf_in, pdf_out, quality, page_image)
    copy_truth(pdf_in, pdf_out, variant=kind, scan=f"{kind}, turned {turn:.2f}")
    return pdf_out


def build_toner_keystone_feeder_corpus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """`count` forms of the layout families, in the three kinds in turn."""
    return kinds_corpus(out_dir, count, seed, "scan29", KINDS, degraded)
