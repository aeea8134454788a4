"""Binder holes, an oversharpened scan and a torn, taped page on a scanner with a dark lid (tuning fixtures,
issue #12; the thirty-first round's f-scans).

The kinds of holes_halo_tear.py, scanned on a flatbed whose lid is dark (grey 25-70): the page turned up to
0.8 degrees shows the lid in thin wedges along its edges, and a torn page's lower piece, shifted and turned
against the upper, bares a wider wedge of lid beside it (down one side, along the foot). Otherwise as there:
holes grey 200 dpi JPEG 76-86, halo grey JPEG 55-70, torn colour JPEG 72-86.

    build_dark_lid_corpus(out_dir, count, seed)        the three kinds in turn, truth copied (variant `lid_<kind>`)
"""

from __future__ import annotations

import random
from pathlib import Path

from .aged_copies import image_pages, kinds_corpus
from .holes_halo_tear import KINDS, oversharpened, punched, torn_taped
from .render import copy_truth


def on_dark_lid(pdf_in: str | Path, pdf_out: str | Path, rng: random.Random, kind: str) -> Path:
    """Every page of pdf_in as `kind` (holes_halo_tear.KINDS) on a dark-lidded scanner: an image-only PDF with
    pdf_in's truth."""
    from PIL import Image

    pdf_in, pdf_out = Path(pdf_in), Path(pdf_out)
    quality = {"holes": rng.randint(76, 86), "halo": rng.randint(55, 70), "torn": rng.randint(72, 86)}[kind]
    turn = rng.uniform(-0.8, 0.8)
    lid = rng.randint(25, 70)

    def page_image(grey):
        if kind == "torn":
            made = torn_taped(grey, rng, lid=lid)
        else:
            made = Image.fromarray(punched(grey, rng) if kind == "holes" else oversharpened(grey, rng), "L")
        fill = lid if made.mode == "L" else (lid, lid, lid)
        return made.rotate(turn, resample=Image.Resampling.BICUBIC, fillcolor=fill)

    image_pages(pdf_in, pdf_out, quality, page_image)
    copy_truth(pdf_in, pdf_out, variant=f"lid_{kind}", scan=f"{kind} on a dark lid {lid}, turned {turn:.2f}")
    return pdf_out


def build_dark_lid_corpus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """`count` forms of the layout families, the three kinds in turn, each on a dark lid."""
    return kinds_corpus(out_dir, count, seed, "lid36", KINDS, on_dark_lid)
