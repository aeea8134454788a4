"""Binder holes punched into the text, a scan sharpened far too hard, a page torn across and taped (tuning
fixtures, issue #12).

- holes: punched for a binder after printing: two or three (sometimes four) holes 5.5-6.5 mm across at the left,
  placed so they bite 0.5-5 mm into the text's left edge, dark (the lid behind) with a pale pressed rim, now and
  then a paper flap left hanging in one; grey 200 dpi JPEG, turned up to 0.6 degrees;
- halo: scanned soft (blurred 1.1-1.5 px) and sharpened far too hard (an unsharp mask of 2.5-5 px at 220-400 %,
  then a wider one of 5-9 px), every stroke dark-cored in a white halo; grey 200 dpi JPEG 55-70, turned up to 0.5;
- torn: torn across edge to edge, the tear wandering up to 9 mm about a line at 28-72 % of the height, the lower
  part shifted 2-10 px down, up to 7 px sideways and turned up to 1 degree, the tear a dark gap with light fibres,
  a yellowed tape 18-28 mm wide along the tear's line tinting and softening the print, its edges light lines;
  colour 200 dpi JPEG 72-86.
- plain: the same page scanned clean (grey 200 dpi JPEG 80, turned up to 0.5 degrees): the damage's own share.

    punched(grey, rng) / oversharpened(grey, rng) / torn_taped(grey, rng)
    build_holes_halo_tear_corpus(out_dir, count, seed)        the three kinds in turn, truth copied
    build_holes_halo_tear_plain(out_dir, count, seed)         the same sources scanned clean

The truth sidecar is the source's, its `variant` naming the kind and `scan` its parameters.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

from .aged_copies import _blur, _smooth_noise, image_pages, kinds_corpus, plain_corpus
from .render import copy_truth

KINDS = ("holes", "halo", "torn")
DPI = 200
MM = DPI / 25.4  # px per millimetre


def _text_left(ink) -> int:
    """The left edge (px) of the page's text column: the 2nd percentile of inked columns' rows' first ink."""
    import numpy as np

    rows = np.flatnonzero(ink.any(axis=1))
    if not len(rows):
        return int(0.1 * ink.shape[1])
    firsts = np.array([np.argmax(ink[y]) for y in rows])
    return int(np.percentile(firsts, 2))


def _printed(grey, rng: random.Random, paper_light: tuple[float, float], ink_dark: tuple[float, float]):
    """(a noise generator, the paper's light, the print's darkness 0..1, the page on that paper) of `grey`."""
    import numpy as np

    height, width = grey.shape
    gen = np.random.default_rng(rng.randint(0, 2**31))
    paper = rng.uniform(*paper_light) - _smooth_noise((height, width), rng, 8) * rng.uniform(3, 8)
    ink = 1 - grey.astype(np.float32) / 255
    return gen, paper, ink, paper * (1 - ink) + rng.uniform(*ink_dark) * ink


def punched(grey, rng: random.Random):
    """`grey` (H x W uint8, the page as printed) punched for a binder through the text's left edge (grey uint8)."""
    import numpy as np

    height, width = grey.shape
    gen, paper, ink, out = _printed(grey, rng, (236, 248), (18, 40))
    radius = rng.uniform(5.5, 6.5) * MM / 2
    left = _text_left(ink > 0.5)
    centre_x = left + rng.uniform(0.5, 5.0) * MM - radius
    middle = height / 2 + rng.uniform(-0.03, 0.03) * height
    layout = rng.choice(("two", "two", "three", "four"))
    if layout == "two":
        gap = rng.uniform(70, 90) * MM
        centres = [middle - gap / 2, middle + gap / 2]
    elif layout == "three":
        gap = rng.uniform(90, 110) * MM
        centres = [middle - gap, middle, middle + gap]
    else:
        inner, outer = rng.uniform(60, 80) * MM, rng.uniform(18, 24) * MM
        centres = [middle - inner / 2 - outer, middle - inner / 2, middle + inner / 2, middle + inner / 2 + outer]
    yy, xx = np.mgrid[0:height, 0:width]
    lid = rng.uniform(15, 55)
    for cy in centres:
        cx = centre_x + rng.uniform(-0.4, 0.4) * MM
        d = np.hypot(xx - cx, yy - cy)
        rim = (d >= radius) & (d < radius + rng.uniform(0.4, 1.0) * MM)
        out[rim] = np.maximum(out[rim], paper[rim] * 0.7 + 255 * 0.3)  # the pressed rim: paper brighter
        hole = d < radius
        flap = np.zeros_like(hole)
        if rng.random() < 0.3:  # a torn flap left hanging into the hole, paper-light
            angle = rng.uniform(0, 2 * math.pi)
            fx, fy = cx + 0.5 * radius * math.cos(angle), cy + 0.5 * radius * math.sin(angle)
            flap = hole & (np.hypot(xx - fx, yy - fy) < rng.uniform(0.35, 0.55) * radius)
        soft = np.clip(radius - d + 0.5, 0, 1)  # an anti-aliased edge
        out = np.where(hole & ~flap, out * (1 - soft) + lid * soft, out)
        out = np.where(flap, paper * 0.85, out)
    out = out + gen.normal(0, 2.0, (height, width))
    return np.clip(out, 0, 255).astype(np.uint8)


def _unsharp(image, sigma: float, amount: float):
    """An unsharp mask of `image` (float): image + amount * (image - blur)."""
    return image + amount * (image - _blur(image, sigma))


def oversharpened(grey, rng: random.Random):
    """`grey` (H x W uint8) scanned soft and sharpened far too hard by the driver (grey uint8)."""
    import numpy as np

    height, width = grey.shape
    gen, _paper, _ink, page = _printed(grey, rng, (226, 240), (30, 60))
    page = _blur(page, rng.uniform(1.1, 1.5)) + gen.normal(0, 2.5, (height, width))
    page = _unsharp(page, rng.uniform(2.5, 5.0) / 2, rng.uniform(2.2, 4.0))
    page = _unsharp(page, rng.uniform(5.0, 9.0) / 2, rng.uniform(0.3, 0.8))
    return np.clip(page, 0, 255).astype(np.uint8)


def torn_taped(grey, rng: random.Random, lid: int = 255):
    """`grey` (H x W uint8) torn across, the lower part shifted and turned, taped over (RGB PIL image); what the
    lower piece's turn and shift bare is `lid` (the scanner's lid: white, or dark on a black-lidded scanner)."""
    import numpy as np
    from PIL import Image

    height, width = grey.shape
    gen = np.random.default_rng(rng.randint(0, 2**31))
    line = rng.uniform(0.28, 0.72) * height
    tilt = rng.uniform(-0.015, 0.015)
    xs = np.arange(width, dtype=np.float32)
    wander = (_smooth_noise((1, width), rng, rng.randint(6, 14))[0] - 0.5) * 2 * rng.uniform(3, 9) * MM
    jag = gen.normal(0, 1.2, width).cumsum()
    jag = (jag - np.convolve(jag, np.ones(25) / 25, mode="same")) * 0.8
    tear = line + tilt * (xs - width / 2) + wander + jag  # the tear's row at each column
    # the lower piece: turned about the tear's middle, shifted down and sideways
    turn, down, side = rng.uniform(-1.0, 1.0), rng.uniform(2, 10), rng.uniform(-7, 7)
    lower = Image.fromarray(grey).rotate(
        turn, resample=Image.Resampling.BICUBIC, center=(width / 2, line), translate=(side, down), fillcolor=lid
    )
    yy = np.arange(height, dtype=np.float32)[:, None]
    below = yy > tear[None, :] + down * 0.5
    page = np.where(below, np.asarray(lower), grey).astype(np.float32)
    ink = 1 - page / 255
    paper = rng.uniform(234, 246) - _smooth_noise((height, width), rng, 8) * rng.uniform(3, 8)
    out = paper * (1 - ink) + rng.uniform(20, 40) * ink
    gap = rng.uniform(3, 6)
    dist = yy - tear[None, :]
    in_gap = (dist >= -gap / 2) & (dist <= gap / 2)
    out = np.where(in_gap, rng.uniform(25, 60), out)
    fibres = (np.abs(dist - gap / 2 - 1) < 1.5) & (gen.random((height, width)) < 0.5)
    out = np.where(fibres, 250, out)
    # the tape: a straight strip along the tear's line, blurring and tinting what is under it
    tape_w = rng.uniform(18, 28) * MM
    offset = rng.uniform(-0.2, 0.2) * tape_w
    centre = line + offset + tilt * (xs - width / 2)
    under = np.abs(yy - centre[None, :]) < tape_w / 2
    edge = np.abs(np.abs(yy - centre[None, :]) - tape_w / 2) < 1.2
    soft = _blur(out, rng.uniform(0.6, 1.1))
    out = np.where(under, soft, out)
    rgb = np.repeat(out[..., None], 3, axis=2)
    tint = np.array((1.0, rng.uniform(0.88, 0.95), rng.uniform(0.62, 0.78)), np.float32) * rng.uniform(0.9, 0.97)
    rgb = np.where(under[..., None], rgb * tint, rgb)
    rgb = np.where(edge[..., None], np.minimum(255, rgb + 25), rgb)
    rgb = rgb + gen.normal(0, 2.0, rgb.shape)
    return Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")


def degraded(pdf_in: str | Path, pdf_out: str | Path, rng: random.Random, kind: str, plain: bool = False) -> Path:
    """Every page of pdf_in as `kind` (KINDS), or scanned clean when `plain`; an image-only PDF with pdf_in's
    truth (a plain copy's variant `plain_<kind>`)."""
    from PIL import Image

    pdf_in, pdf_out = Path(pdf_in), Path(pdf_out)
    quality = {"holes": rng.randint(76, 86), "halo": rng.randint(55, 70), "torn": rng.randint(72, 86)}[kind]
    turn = rng.uniform(-0.6, 0.6) if kind == "holes" else rng.uniform(-0.5, 0.5)

    def page_image(grey):
        if plain:
            made = Image.fromarray(grey, "L")
        elif kind == "torn":
            made = torn_taped(grey, rng)
        else:
            made = Image.fromarray(punched(grey, rng) if kind == "holes" else oversharpened(grey, rng), "L")
        fill = 240 if made.mode == "L" else (240, 240, 240)
        return made.rotate(turn, resample=Image.Resampling.BICUBIC, fillcolor=fill)

    image_pages(pdf_in, pdf_out, 80 if plain else quality, page_image)
    variant = f"plain_{kind}" if plain else kind
    copy_truth(pdf_in, pdf_out, variant=variant, scan=f"{variant}, turned {turn:.2f}")
    return pdf_out


def build_holes_halo_tear_corpus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """`count` forms of the layout families, in the three kinds in turn."""
    return kinds_corpus(out_dir, count, seed, "scan30", KINDS, degraded)


def build_holes_halo_tear_plain(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """The same `count` sources as build_holes_halo_tear_corpus, each scanned clean (variant `plain_<kind>`)."""
    return plain_corpus(out_dir, count, seed, "scan30", KINDS, degraded)
