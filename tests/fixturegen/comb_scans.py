"""Comb fields on scans (tuning fixtures, issue #12, twenty-eighth round): forms whose phone numbers and amounts are
written one character a cell of a comb (undercaps' reportlab `rl_combs` shape: each cell a drawn rectangle, labels
small over framed fields two a row), printed and scanned in turn as a clean grey scan (200 dpi, a little noise,
turned up to 0.4 degrees) and as the three degraded kinds of stencil_banding_fold (a mimeograph copy, a banded
inkjet print, a folded corner).

    build_comb_scans_corpus(out_dir, count, seed)   the four kinds in turn, truth copied (`variant`: the kind)
"""

from __future__ import annotations

import random
from pathlib import Path

from .aged_copies import image_pages, kinds_corpus
from .render import copy_truth
from .stencil_banding_fold import degraded
from .textclasses import _build
from .undercaps import _draw_combs

KINDS = ("clean", "stencil", "banding", "fold")
DPI = 200


def clean(pdf_in: Path, pdf_out: Path, rng: random.Random) -> Path:
    """Every page of pdf_in as a plain grey office scan: paper 236-248, a little noise, turned a little."""
    import numpy as np
    from PIL import Image

    paper, turn, quality = rng.randint(236, 248), rng.uniform(-0.4, 0.4), rng.randint(80, 90)
    gen = np.random.default_rng(rng.randint(0, 2**31))

    def page_image(grey):
        ink = 1 - grey.astype(np.float32) / 255
        page = paper * (1 - ink) + 25 * ink + gen.normal(0, 3, grey.shape)
        image = Image.fromarray(np.clip(page, 0, 255).astype(np.uint8), "L")
        return image.rotate(turn, resample=Image.Resampling.BICUBIC, fillcolor=paper)

    image_pages(pdf_in, pdf_out, quality, page_image)
    copy_truth(pdf_in, pdf_out, variant="clean", scan=f"{DPI} dpi, clean grey, turned {turn:.2f}")
    return pdf_out


def scanned(pdf_in: Path, pdf_out: Path, rng: random.Random, kind: str) -> Path:
    """pdf_in scanned as `kind` (KINDS)."""
    return clean(pdf_in, pdf_out, rng) if kind == "clean" else degraded(pdf_in, pdf_out, rng, kind)


def build_comb_scans_corpus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """`count` comb forms, scanned as KINDS in turn."""
    return kinds_corpus(
        out_dir, count, seed, "combscan", KINDS, scanned, lambda d, n, s: _build(d, n, s, {"rl_combs": _draw_combs})
    )
