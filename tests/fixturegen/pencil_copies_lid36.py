"""A reader's pencil notes, a copy of a copy of a copy, a page scanned with the lid open (tuning fixtures,
issue #12, thirty-first round).

- pencil: read with a soft pencil: 3-6 handwritten notes of one to three lines 3-4 mm high in the left margin
  (2-6 mm from the edge) or the right (ending 4-10 mm from it), two to five scribbles 25-60 mm long in the white
  between printed lines, two to five underlines under printed lines, one to three ticks at the right margin;
  graphite grey 110-170 and grainy; grey 200 dpi JPEG 78-88, turned up to 0.5 degrees;
- copies: photocopied three to five times over, each generation blurred 0.45-0.7 px, its contrast raised round a
  threshold 125-150 (a steep sigmoid), scaled 0.99-1.01 and turned up to 0.4 degrees about the centre, toner specks
  added; grey 200 dpi JPEG 80-90;
- lid: scanned with the lid open: the sheet 3-9 mm in from each side, off-centre, on a near-black surround (grey
  8-24), one long edge (left or right) lifting off the glass across 10-25 mm: the print there squeezed toward the
  edge to 80-90 % of its width, blurred and darkened toward the edge; grey 200 dpi JPEG 72-84, turned up to 0.6;
- plain: the same page scanned clean (grey 200 dpi JPEG 80, turned as the kind): the damage's own share.

    pencilled(grey, rng) / copied(grey, rng) / lid_open(grey, rng)
    build_pencil_copies_lid_corpus(out_dir, count, seed)      the three kinds in turn, truth copied
    build_pencil_copies_lid_plain(out_dir, count, seed)       the same sources scanned clean

The truth sidecar is the source's, its `variant` naming the kind and `scan` its parameters.
"""

from __future__ import annotations

import random
from pathlib import Path

from .aged_copies import _blur, _smooth_noise, image_pages, kinds_corpus, plain_corpus
from .render import copy_truth
from .toner_keystone_feeder import _stroke, _text_lines

KINDS = ("pencil", "copies", "lid")
DPI = 200
MM = DPI / 25.4  # px per millimetre


def _hand(canvas, x: float, y: float, length: float, tall: float, rng: random.Random) -> None:
    """A handwritten line `length` px long from (x, y) (its baseline), letters about `tall` px high: loops and
    waves, gaps between words."""
    points, pos = [], 0.0
    width, tone = rng.uniform(1.6, 2.6), rng.uniform(0.5, 0.75)
    while pos < length:
        rise = tall * rng.uniform(0.45, 1.0)
        step = tall * rng.uniform(0.3, 0.55)
        points += [(x + pos, y), (x + pos + step * 0.4, y - rise), (x + pos + step, y + rng.uniform(-1, 2))]
        pos += step
        if rng.random() < 0.14:  # a word ends
            _stroke(canvas, points, width, tone)
            points, pos = [], pos + tall * rng.uniform(0.5, 0.9)
    if len(points) > 1:
        _stroke(canvas, points, width, tone)


def pencilled(grey, rng: random.Random):
    """`grey` (H x W uint8, the page as printed) read with a pencil in hand (grey uint8)."""
    import numpy as np

    height, width = grey.shape
    gen = np.random.default_rng(rng.randint(0, 2**31))
    ink = 1 - grey.astype(np.float32) / 255
    lines = _text_lines(ink > 0.5)
    pencil = np.zeros((height, width), np.float32)
    for _ in range(rng.randint(3, 6)):  # margin notes
        tall = rng.uniform(3, 4) * MM
        length = rng.uniform(12, 22) * MM
        if rng.random() < 0.5:
            x = rng.uniform(2, 6) * MM
        else:
            x = width - rng.uniform(4, 10) * MM - length
        y = rng.uniform(0.08, 0.9) * height
        for row in range(rng.randint(1, 3)):
            _hand(pencil, x, y + row * tall * 1.5, length * rng.uniform(0.6, 1.0), tall, rng)
    gaps = [(b1, t2) for (_, b1, _, _), (t2, _, _, _) in zip(lines, lines[1:]) if t2 - b1 >= 3 * MM]
    for top, bottom in rng.sample(gaps, min(len(gaps), rng.randint(2, 5))):  # notes between printed lines
        tall = min(rng.uniform(2.5, 3.5) * MM, (bottom - top) * 0.7)
        x = rng.uniform(0.15, 0.6) * width
        _hand(pencil, x, (top + bottom) / 2 + tall / 2, rng.uniform(25, 60) * MM, tall, rng)
    for _top, bottom, left, right in rng.sample(lines, min(len(lines), rng.randint(2, 5))):  # underlines
        y = bottom + rng.uniform(1.5, 4)
        a = left + rng.uniform(0, 0.4) * (right - left)
        points = [(a + (right - a) * t, y + rng.uniform(-1.2, 1.2)) for t in np.linspace(0, 1, 10)]
        _stroke(pencil, points, rng.uniform(1.8, 2.8), rng.uniform(0.45, 0.7))
    for _ in range(rng.randint(1, 3)):  # ticks at the right margin
        tx, ty = width - rng.uniform(12, 20) * MM, rng.uniform(0.1, 0.9) * height
        _stroke(pencil, [(tx, ty), (tx + 7, ty + 10), (tx + 22, ty - 14)], rng.uniform(2, 2.8), 0.7)
    grain = (gen.random((height, width)) < rng.uniform(0.6, 0.8)).astype(np.float32)
    pencil = pencil * (0.55 + 0.45 * grain) * (0.8 + 0.2 * _smooth_noise((height, width), rng, 25))
    lead = rng.uniform(110, 170)  # the pencil's full grey
    paper = rng.uniform(234, 248) - _smooth_noise((height, width), rng, 8) * rng.uniform(3, 8)
    out = paper * (1 - ink) + rng.uniform(18, 40) * ink
    out = np.minimum(out, paper * (1 - pencil) + lead * pencil)
    out = out + gen.normal(0, 2.0, (height, width))
    return np.clip(out, 0, 255).astype(np.uint8)


def copied(grey, rng: random.Random):
    """`grey` (H x W uint8) photocopied three to five times over (grey uint8)."""
    import numpy as np
    from PIL import Image

    height, width = grey.shape
    gen = np.random.default_rng(rng.randint(0, 2**31))
    page = grey.astype(np.float32)
    for _ in range(rng.randint(3, 5)):
        page = _blur(page, rng.uniform(0.45, 0.7)) + gen.normal(0, 3.0, (height, width))
        threshold, steep = rng.uniform(125, 150), rng.uniform(12, 22)
        page = 250 / (1 + np.exp(-(page - threshold) / steep)) + 3  # the copier's contrast
        scale, turn = rng.uniform(0.99, 1.01), rng.uniform(-0.4, 0.4)
        image = Image.fromarray(np.clip(page, 0, 255).astype(np.uint8), "L")
        image = image.resize((round(width * scale), round(height * scale)), Image.Resampling.BILINEAR)
        image = image.rotate(turn, resample=Image.Resampling.BILINEAR, fillcolor=250)
        canvas = Image.new("L", (width, height), 250)
        canvas.paste(image, ((width - image.width) // 2, (height - image.height) // 2))
        page = np.asarray(canvas).astype(np.float32)
        specks = gen.random((height, width)) < rng.uniform(0.0002, 0.0008)
        page = np.where(_blur(specks.astype(np.float32), 0.6) > 0.12, rng.uniform(20, 70), page)
    return np.clip(page + gen.normal(0, 1.5, (height, width)), 0, 255).astype(np.uint8)


def lid_open(grey, rng: random.Random):
    """`grey` (H x W uint8) scanned with the lid open: a dark surround, one long edge lifted (grey uint8)."""
    import numpy as np
    from PIL import Image

    height, width = grey.shape
    gen = np.random.default_rng(rng.randint(0, 2**31))
    band = round(rng.uniform(10, 25) * MM)
    squeeze = rng.uniform(0.80, 0.90)
    right = rng.random() < 0.5
    page = grey if not right else grey[:, ::-1]  # work as if the lifted edge were the left
    kept = page[:, band:]
    lifted = np.asarray(Image.fromarray(page[:, :band]).resize((round(band * squeeze), height), Image.BILINEAR))
    edge = width - kept.shape[1] - lifted.shape[1]  # the paper's edge moved in by the squeeze
    sheet = np.concatenate([np.full((height, edge), 12, np.uint8), lifted, kept], axis=1).astype(np.float32)
    ink = 1 - sheet / 255
    paper = rng.uniform(232, 246) - _smooth_noise((height, width), rng, 8) * rng.uniform(3, 8)
    out = paper * (1 - ink) + rng.uniform(18, 40) * ink
    xs = np.arange(width, dtype=np.float32)
    into = np.clip(1 - (xs - edge) / max(1, lifted.shape[1]), 0, 1)  # 1 at the lifted edge, 0 where it lies flat
    soft = _blur(out, rng.uniform(0.9, 1.6))
    out = out * (1 - into[None, :]) + soft * into[None, :]
    out = out * (1 - rng.uniform(0.55, 0.8) * into[None, :] ** rng.uniform(1.2, 2.0))
    out[:, :edge] = rng.uniform(8, 24)
    if right:
        out = out[:, ::-1]
    # the sheet shrunk in from each side and off-centre on the lid's black
    margin = [rng.uniform(3, 9) * MM for _ in range(4)]
    small = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "L").resize(
        (round(width - margin[0] - margin[1]), round(height - margin[2] - margin[3])), Image.Resampling.BILINEAR
    )
    dark = rng.uniform(8, 24)
    canvas = Image.new("L", (width, height), round(dark))
    canvas.paste(small, (round(margin[0]), round(margin[2])))
    result = np.asarray(canvas).astype(np.float32) + gen.normal(0, 2.0, (height, width))
    return np.clip(result, 0, 255).astype(np.uint8)


def degraded(pdf_in: str | Path, pdf_out: str | Path, rng: random.Random, kind: str, plain: bool = False) -> Path:
    """Every page of pdf_in as `kind` (KINDS), or scanned clean when `plain`; an image-only PDF with pdf_in's
    truth (a plain copy's variant `plain_<kind>`)."""
    from PIL import Image

    pdf_in, pdf_out = Path(pdf_in), Path(pdf_out)
    quality = {"pencil": rng.randint(78, 88), "copies": rng.randint(80, 90), "lid": rng.randint(72, 84)}[kind]
    turn = {"pencil": rng.uniform(-0.5, 0.5), "copies": 0.0, "lid": rng.uniform(-0.6, 0.6)}[kind]
    make = {"pencil": pencilled, "copies": copied, "lid": lid_open}[kind]

    def page_image(grey):
        made = Image.fromarray(grey if plain else make(grey, rng), "L")
        fill = 20 if kind == "lid" and not plain else 240
        return made.rotate(turn, resample=Image.Resampling.BICUBIC, fillcolor=fill) if turn else made

    image_pages(pdf_in, pdf_out, 80 if plain else quality, page_image)
    variant = f"plain_{kind}" if plain else kind
    copy_truth(pdf_in, pdf_out, variant=variant, scan=f"{variant}, turned {turn:.2f}")
    return pdf_out


def build_pencil_copies_lid_corpus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """`count` forms of the layout families, in the three kinds in turn."""
    return kinds_corpus(out_dir, count, seed, "scan36", KINDS, degraded)


def build_pencil_copies_lid_plain(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """The same `count` sources as build_pencil_copies_lid_corpus, each scanned clean (variant `plain_<kind>`)."""
    return plain_corpus(out_dir, count, seed, "scan36", KINDS, degraded)
