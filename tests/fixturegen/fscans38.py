"""Scans for the thirty-third round's f-scans (issue #12): c-image's small JPEG, dither and highlighter-with-coffee
kinds (jpeg_dither_marker37) with every drawn range widened by a third about its middle, so the held-out pages vary
around and past the thirty-second forms' description (a JPEG of 81-114 dpi, blur 0.31-1.09 px; a dither of
125-170 dpi; coffee rings of 22-48 mm radius), on seeds nobody tuned on.
"""

from __future__ import annotations

import random
from pathlib import Path

from .aged_copies import kinds_corpus
from .jpeg_dither_marker37 import KINDS, degraded

WIDEN = 1.3  # each uniform range's span, times this, about the same middle


class WideRandom(random.Random):
    """random.Random whose uniform(a, b) draws from the range widened by WIDEN about its middle."""

    def uniform(self, a: float, b: float) -> float:
        middle, half = (a + b) / 2, (b - a) / 2 * WIDEN
        return super().uniform(middle - half, middle + half)


def _wide(pdf_in, pdf_out, rng: random.Random, kind: str) -> Path:
    return degraded(pdf_in, pdf_out, WideRandom(rng.random()), kind)


def build_fscans38_corpus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """`count` forms of the layout families, as small JPEG, dither and highlighter scans in turn, ranges widened."""
    return kinds_corpus(out_dir, count, seed, "fs38", KINDS, _wide)
