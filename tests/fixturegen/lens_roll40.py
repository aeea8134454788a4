"""A magnifying glass on the page and a rolled page on a flatbed, varied past the thirty-fourth held-out set's
description (issue #12, thirty-fifth round: f-scans' held-out part), by fibres_lens_roll39's drawing with wider
ranges:

- lens: radius 0.12-0.30 of the page width, 1.3-2.2x at its centre and 1.0-1.4x at its rim, a dark rim 3-11 px;
  turned up to 0.5 degrees, JPEG 82-92;
- roll: the 30-65 % of the page towards the top or bottom lifted, bowed by up to 8-36 px at the edge, the bow
  deepest anywhere from a quarter to three quarters across, blurred up to 0.8-2.3 px, darkened by 35-85 levels;
  no turn, JPEG 82-92.

    build_lens_roll_corpus(out_dir, count, seed)     the two kinds in turn, truth copied
    build_lens_roll_plain(out_dir, count, seed)      the same sources scanned clean
"""

from __future__ import annotations

import random
from functools import partial
from pathlib import Path

from .aged_copies import kinds_corpus
from .fibres_lens_roll39 import degraded, lens, rolled

KINDS = ("lens", "roll")
WIDE = {
    "lens": (
        partial(
            lens, ranges={"radius": (0.12, 0.30), "centre_gain": (1.3, 2.2), "rim_gain": (1.0, 1.4), "rim": (3, 11)}
        ),
        0.5,
        (82, 92),
    ),
    "roll": (
        partial(
            rolled,
            ranges={"lifted": (0.3, 0.65), "bow": (8, 36), "peak": (0.25, 0.75), "blur": (0.8, 2.3), "dark": (35, 85)},
        ),
        0.0,
        (82, 92),
    ),
}


def _wide(pdf_in: Path, pdf_out: Path, rng: random.Random, kind: str, plain: bool = False) -> Path:
    return degraded(pdf_in, pdf_out, rng, kind, plain=plain, damages=WIDE)


def build_lens_roll_corpus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """`count` forms of the layout families, under a lens and rolled in turn."""
    return kinds_corpus(out_dir, count, seed, "lensroll40", KINDS, _wide)


def build_lens_roll_plain(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """The same `count` sources as build_lens_roll_corpus, each scanned clean (variant `plain_<kind>`)."""
    return kinds_corpus(out_dir, count, seed, "lensroll40", KINDS, partial(_wide, plain=True))
