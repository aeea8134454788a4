"""Fine faxes fed skewed, with streaks down the page: the project's forms printed as black-and-white 204 x 196 dpi
faxes whose paper fed at a slant (each row shifted a little more than the one above: a shear, growing evenly or
faster down the page) and whose scanner drew vertical streaks (dark lines a few pixels wide, full or partial height)
and light dropouts (paper columns through the print), under the sending machine's header line; on every other
fax one more streak a single fax dot wide, down the whole page (h28/f-scans: narrower than a border's dashes).

    sheared(bits, rng, slope, bend)                      the rows of a bilevel image shifted by a feed's slant
    streaked(bits, rng, dark, light, thin)               a bilevel image with the scanner's streaks drawn in
    fax_streaks(pdf_in, pdf_out, rng, ...)               an image-only fax of a text-layer PDF, its truth copied
    build_fax_streaks_corpus(out_dir, count, seed)       forms of the layout families, each as such a fax

The truth sidecar is the source's, its `variant` naming the fax (slope, streaks, dropouts).
"""

from __future__ import annotations

import random
from pathlib import Path

from .fax_slip import faxed

SLOPES = (0.0, 0.006, 0.012, -0.01, 0.018)  # px of shift per row at the top of the page (0.012: 26 px over A4)
DARK_WIDTH = (2, 5)  # px, a dark streak's width
LIGHT_WIDTH = (1, 3)  # px, a dropout's width


def sheared(bits, rng: random.Random, slope: float, bend: float = 0.0):
    """`bits` (H x W bool, True ink) with row y shifted right by slope * y + bend * y^2 / H (px, rounded): the
    paper fed at a slant that grows down the page when `bend` is set; what leaves the image is lost."""
    import numpy as np

    height, width = bits.shape
    out = np.zeros_like(bits)
    for y in range(height):
        shift = int(round(slope * y + bend * y * y / height))
        if shift >= 0:
            out[y, shift:] = bits[y, : width - shift]
        else:
            out[y, :shift] = bits[y, -shift:]
    return out


def streaked(bits, rng: random.Random, dark: int, light: int, thin: int = 0):
    """`bits` with `dark` dark streaks (DARK_WIDTH px wide, full height or a part of it at least a third),
    `light` dropouts (LIGHT_WIDTH px of paper, full height) and `thin` streaks one px wide down the whole height,
    at random columns inside the page's middle."""
    bits = bits.copy()
    height, width = bits.shape
    for _ in range(dark):
        x = rng.randrange(width // 10, width * 9 // 10)
        top, bottom = 0, height
        if rng.random() < 0.5:
            top = rng.randrange(0, height * 2 // 3)
            bottom = rng.randrange(top + height // 3, height + 1)
        bits[top:bottom, x : x + rng.randint(*DARK_WIDTH)] = True
    for _ in range(light):
        x = rng.randrange(width // 10, width * 9 // 10)
        bits[:, x : x + rng.randint(*LIGHT_WIDTH)] = False
    for _ in range(thin):
        bits[:, rng.randrange(width // 10, width * 9 // 10)] = True
    return bits


def fax_streaks(
    pdf_in: str | Path,
    pdf_out: str | Path,
    rng: random.Random,
    *,
    slope: float = 0.012,
    bend: float = 0.0,
    dark: int = 2,
    light: int = 1,
    thin: int = 0,
    header: str | None = None,
) -> Path:
    """Draw every page of pdf_in as a fine fax, add the sending machine's `header` line, feed it skewed
    (`sheared`), draw the scanner's streaks (`streaked`) and write an image-only PDF with pdf_in's truth."""
    return faxed(
        pdf_in,
        pdf_out,
        rng,
        resolution="fine",
        header=header,
        header_box=(14, 2),
        marked=lambda bits: streaked(sheared(bits, rng, slope, bend), rng, dark, light, thin),
        variant=f"fax_streaks-s{round(slope * 1000):+03d}{'-bent' if bend else ''}-d{dark}-l{light}"
        + (f"-t{thin}" if thin else ""),
    )


def build_fax_streaks_corpus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """`count` forms of the layout families as skewed, streaked fine faxes: slope in turn (every fifth unsheared),
    every third slant growing down the page, 0-3 dark streaks and 0-2 dropouts, every other a streak one dot wide
    as well, most with a header line."""
    import tempfile

    from .families import build_layout_corpus

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    with tempfile.TemporaryDirectory() as tmp:
        for index, source in enumerate(build_layout_corpus(tmp, count, seed)):
            rng = random.Random(f"fax-streaks-{seed}-{index}")
            slope = SLOPES[index % len(SLOPES)]
            bend = slope * 0.8 if index % 3 == 2 else 0.0
            dark, light = (1 + index % 3, index % 3) if index % 7 != 6 else (0, 0)
            sent = f"20{rng.randint(18, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}"
            header = f"{sent}  FAX 08-508 {rng.randint(10, 99)} {rng.randint(100, 999)}" if index % 4 != 3 else None
            target = out / f"fst-{index:03d}-{source.stem}.pdf"
            thin = index % 2
            paths.append(
                fax_streaks(
                    source, target, rng, slope=slope, bend=bend, dark=dark, light=light, thin=thin, header=header
                )
            )
    return paths
