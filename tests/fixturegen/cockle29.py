"""A water-cockled page and a sun-bleached page over ruled forms (tuning fixtures, issue #12, twenty-ninth round).

The sources are forms whose answers stand on rules and in frames, the shapes a waved page breaks most: answers
typed on ruled writing lines (captionforms' `rl_caption`), a label column with help text under each label and
hairlines between the rows (charrules' `rl_guided`), small labels under frames (undercaps' `rl_framecaps`), in
turn. Each is printed and then, in turn:

- `cockle`: a page that got wet and dried unevenly: every column moved up or down by the sum of two waves across
  the width (each 6-18 % of the width long, 1-3.5 px at 200 dpi, their phases drifting down the page), so that a
  line's bend is no single sine; the paper shaded darker where it slopes away from the lamp (the waves' slope);
  a wet patch of uneven outline (a blob of a few overlapping discs) where the ink spread (a blur of 1-2 px) and
  lost 25-50 % of its darkness, a dark tide line along its edge; turned up to 0.5 degrees; grey JPEG 72-86;
- `bleached`: layer_cockle_bleach's sun-bleached page (yellowed paper, print faded to blue-grey towards the lit
  side, a white strip under a frame, tape over the top corners), as c-image made it.

    build_cockle29_corpus(out_dir, count, seed)   the two kinds in turn, truth copied (`variant`: the kind)

Seed 2901 is tuned on; seed 2902 is kept aside (scored before and after only).
"""

from __future__ import annotations

import math
import random
from pathlib import Path

from .aged_copies import _blur, _smooth_noise, image_pages, kinds_corpus
from .render import copy_truth

KINDS = ("cockle", "bleached")
DPI = 200


def cockled(grey, rng: random.Random):
    """`grey` (H x W uint8, the page as printed) cockled by water (a grey uint8 page)."""
    import numpy as np

    height, width = grey.shape
    xs = np.arange(width, dtype=np.float32)[None, :]
    ys = np.arange(height, dtype=np.float32)[:, None]
    shift = np.zeros((height, width), np.float32)
    slope = np.zeros((height, width), np.float32)
    for _ in range(2):
        length = rng.uniform(0.06, 0.18) * width
        amplitude = rng.uniform(1.0, 3.5)
        angle = 2 * math.pi * xs / length + rng.uniform(0, 2 * math.pi) + ys / height * rng.uniform(-1.5, 1.5)
        shift += amplitude * np.sin(angle)
        slope += amplitude * 2 * math.pi / length * np.cos(angle)
    source = np.clip(np.rint(ys + shift).astype(np.int64), 0, height - 1)
    ink = 1 - grey.astype(np.float32)[source, np.broadcast_to(np.arange(width), (height, width))] / 255
    # the wet patch: a few overlapping discs, its edge roughened
    wet = np.zeros((height, width), bool)
    cx, cy = rng.uniform(0.25, 0.75) * width, rng.uniform(0.2, 0.8) * height
    for _ in range(rng.randint(2, 4)):
        r = rng.uniform(0.08, 0.2) * width
        dx, dy = rng.uniform(-0.1, 0.1) * width, rng.uniform(-0.1, 0.1) * height
        wet |= (xs - cx - dx) ** 2 + (ys - cy - dy) ** 2 < r**2
    edge = _blur(wet.astype(np.float32), 6.0) + (_smooth_noise((height, width), rng, 12) - 0.5) * 0.3
    wet = edge > 0.5
    tide = np.exp(-(((edge - 0.5) / 0.04) ** 2)) * rng.uniform(40, 80)
    spread = np.clip(_blur(ink, rng.uniform(1.0, 2.0)) * 1.3, 0, 1)
    ink = np.where(wet, np.maximum(ink, spread) * rng.uniform(0.5, 0.75), ink)
    paper = rng.uniform(228, 244) - rng.uniform(4, 10) * np.clip(slope, -2, 2) - np.where(wet, rng.uniform(5, 15), 0)
    paper = paper - tide + np.random.default_rng(rng.randint(0, 2**31)).normal(0, 2.0, (height, width))
    out = paper * (1 - ink) + rng.uniform(20, 50) * ink
    return np.clip(out, 0, 255).astype(np.uint8)


def degraded(pdf_in: str | Path, pdf_out: str | Path, rng: random.Random, kind: str) -> Path:
    """Every page of pdf_in as `kind` (KINDS); a PDF with pdf_in's truth."""
    from PIL import Image

    from .layer_cockle_bleach import degraded as bleached

    if kind == "bleached":
        return bleached(pdf_in, pdf_out, rng, kind)
    pdf_in, pdf_out = Path(pdf_in), Path(pdf_out)
    quality, turn = rng.randint(72, 86), rng.uniform(-0.5, 0.5)

    def page_image(grey):
        image = Image.fromarray(cockled(grey, rng), "L")
        return image.rotate(turn, resample=Image.Resampling.BICUBIC, fillcolor=236)

    image_pages(pdf_in, pdf_out, quality, page_image)
    copy_truth(pdf_in, pdf_out, variant=kind, scan=f"{DPI} dpi, {kind}, turned {turn:.2f}")
    return pdf_out


def ruled_sources(out_dir: Path, count: int, seed: int) -> list[Path]:
    """`count` forms of the ruled shapes, in turn."""
    from . import boxforms
    from .captionforms import _draw_captions
    from .charrules import _draw_guided
    from .textclasses import _build
    from .undercaps import _draw_framecaps

    each = -(-count // 3)
    built = [
        boxforms.build_in_turn(
            out_dir / "caption",
            each,
            seed,
            ("captionforms", "cp"),
            boxforms.BASES,
            {"rl_caption": boxforms.titled(_draw_captions)},
        ),
        _build(out_dir / "guided", each, seed, {"rl_guided": _draw_guided}),
        _build(out_dir / "framecaps", each, seed, {"rl_framecaps": _draw_framecaps}),
    ]
    return [built[i % 3][i // 3] for i in range(count)]


def build_cockle29_corpus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """`count` ruled forms, cockled and bleached in turn."""
    return kinds_corpus(out_dir, count, seed, "cockle29", KINDS, degraded, ruled_sources)
