"""Pencil strokes through the print (tuning and held-out fixtures for the thirty-second round's f-pencil, issue #12).

c-image's `pencil` kind (pencil_copies_lid36.pencilled: margin notes, scribbles between lines, underlines, ticks),
with strokes drawn through printed words too: a straight grey line through two to five printed lines, from half
their x-height down to their baseline, across 40-100 % of the line (a reader's strike or underline drawn through the words), graphite grey in one
of two variants, light (150-185) or dark (95-130), grainy; grey 200 dpi JPEG 78-88, turned up to 0.5 degrees.

    build_pencil_strokes_corpus(out_dir, count, seed)      `count` pages, truth copied (variant `pencil37_<tone>`)
"""

from __future__ import annotations

import random
from pathlib import Path

from .aged_copies import _smooth_noise, image_pages, kinds_corpus
from .pencil_copies_lid36 import pencilled
from .render import copy_truth
from .toner_keystone_feeder import _stroke

TONES = {"light": (150, 185), "dark": (95, 130)}


def _vertical_runs(ink, length: int):
    """Mask of `ink`'s pixels in an upright run of at least `length` (a table's walls)."""
    import numpy as np

    run = np.zeros(ink.shape[1], np.int32)
    counts = np.zeros(ink.shape, np.int32)
    for y in range(ink.shape[0]):
        run = np.where(ink[y], run + 1, 0)
        counts[y] = run
    long = np.zeros_like(ink)
    for y in range(ink.shape[0] - 1, -1, -1):  # down again, each run's pixels told its full length
        if y + 1 < ink.shape[0]:
            counts[y] = np.where(ink[y] & ink[y + 1], counts[y + 1], counts[y])
        long[y] = counts[y] >= length
    return long


def print_lines(ink) -> list[tuple[int, int, int, int]]:
    """Printed lines of `ink` (bool H x W) as (top, bottom, left, right), in and out of tables: a table's walls
    and rules left out, a row of ink split where it has a gap of 40 px or more (a label's column and its answer's)."""
    import numpy as np

    ink = ink & ~_vertical_runs(ink, 60) & ~_vertical_runs(ink.T, 200).T
    rows = ink.any(axis=1)
    lines, top = [], None
    for y in range(ink.shape[0] + 1):
        on = y < ink.shape[0] and rows[y]
        if on and top is None:
            top = y
        elif not on and top is not None:
            if 12 <= y - top <= 40:
                cols = np.flatnonzero(ink[top:y].any(axis=0))
                breaks = np.flatnonzero(np.diff(cols) >= 40)
                for a, b in zip(np.r_[0, breaks + 1], np.r_[breaks, len(cols) - 1]):
                    if cols[b] - cols[a] >= 80:
                        lines.append((top, y, int(cols[a]), int(cols[b])))
            top = None
    return lines


def struck(grey, rng: random.Random, tone: str):
    """`grey` (H x W uint8, the page as printed) pencilled, then one to four printed lines struck through at half
    their x-height in a pencil of `tone` (TONES)."""
    import numpy as np

    height, width = grey.shape
    gen = np.random.default_rng(rng.randint(0, 2**31))
    lines = print_lines(grey < 128)
    out = pencilled(grey, rng).astype(np.float32)
    pencil = np.zeros((height, width), np.float32)
    for top, bottom, left, right in rng.sample(lines, min(len(lines), rng.randint(2, 5))):
        y = top + (bottom - top) * rng.uniform(0.4, 0.65)  # from half the x-height down to the baseline
        a = left + rng.uniform(0, 0.3) * (right - left)
        b = a + (right - a) * rng.uniform(0.4, 1.0)
        drift = rng.uniform(-2, 2)
        points = [(a + (b - a) * t, y + drift * t + rng.uniform(-0.8, 0.8)) for t in np.linspace(0, 1, 12)]
        _stroke(pencil, points, rng.uniform(1.8, 2.8), rng.uniform(0.5, 0.75))
    grain = (gen.random((height, width)) < rng.uniform(0.6, 0.8)).astype(np.float32)
    pencil = pencil * (0.55 + 0.45 * grain) * (0.8 + 0.2 * _smooth_noise((height, width), rng, 25))
    lead = rng.uniform(*TONES[tone])
    paper = float(np.median(out[::4, ::4]))
    out = np.minimum(out, paper * (1 - pencil) + lead * pencil)
    return np.clip(out + gen.normal(0, 1.0, (height, width)), 0, 255).astype(np.uint8)


def degraded37(pdf_in: str | Path, pdf_out: str | Path, rng: random.Random, tone: str) -> Path:
    """Every page of pdf_in `struck` in `tone`, a grey JPEG page turned a little; pdf_in's truth."""
    from PIL import Image

    pdf_in, pdf_out = Path(pdf_in), Path(pdf_out)
    quality, turn = rng.randint(78, 88), rng.uniform(-0.5, 0.5)

    def page_image(grey):
        made = Image.fromarray(struck(grey, rng, tone), "L")
        return made.rotate(turn, resample=Image.Resampling.BICUBIC, fillcolor=240)

    image_pages(pdf_in, pdf_out, quality, page_image)
    copy_truth(pdf_in, pdf_out, variant=f"pencil37_{tone}", scan=f"pencil37_{tone}, turned {turn:.2f}")
    return pdf_out


def build_pencil_strokes_corpus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """`count` forms of the layout families, pencilled and struck through, light and dark in turn."""
    return kinds_corpus(out_dir, count, seed, "pencil37", tuple(TONES), degraded37)
