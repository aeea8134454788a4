"""The scan path's image steps' memory on a page at OCR's pixel cap: each step's traced peak (tracemalloc, which
numpy reports its arrays to) over the page's own bytes, the floor.

    .venv/bin/python bench/step_memory.py [--pixels 20000000] [--steps "soft shadows" ...]
    PYTHONPATH=/path/to/other/pkg .venv/bin/python bench/step_memory.py     # another checkout's steps

Draws its page here (Pillow; nothing committed): a grey page of `--pixels` pixels (ocr.MAX_PIXELS, 20 M, by
default: a poster page such as format-corpus's balloon_a1b_jp2k is drawn at it) of lines of strokes under a clip's
soft shadow, so that the soft-shadow step finds one and flattens it. The steps are scan_steps.image_steps' that
take the grey page alone, and "soft shadows" (soft_shadows.without_soft_shadows, inside the overlay step). A
ratio of 1.0 is one more page's worth of bytes held at the step's peak; the reader's process adds them to the
page, its colour render and what earlier steps left. No timing: the ratios do not move with the machine's load.
"""

from __future__ import annotations

import argparse
import math
import sys
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scan_steps import image_steps  # noqa: E402

SCALE = 300 / 72  # the steps' own scale argument (cells and reaches in points); the page's size is --pixels


def shadowed_page(pixels: int, seed: int = 3):
    """A grey page (uint8, 3:4) of `pixels` pixels: lines of strokes (ink 25 on paper 246) under a soft
    shadow 0.3 of the light deep over its middle third."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    width = round(math.sqrt(pixels * 3 / 4))
    height = round(pixels / width)
    rng = np.random.default_rng(seed)
    image = Image.new("L", (width, height), 246)
    draw = ImageDraw.Draw(image)
    line = round(22 * SCALE)
    for top in range(round(30 * SCALE), height - line, line):
        x = 20 * SCALE
        while x < width - 60 * SCALE:
            length = float(rng.uniform(15, 50)) * SCALE
            draw.rectangle((x, top, x + length, top + 8 * SCALE), outline=25, width=max(1, round(0.7 * SCALE)))
            x += length + 6 * SCALE
    small = Image.new("L", (width // 8, height // 8), 0)
    ImageDraw.Draw(small).rounded_rectangle(
        (width // 8 * 0.35, height // 8 * 0.05, width // 8 * 0.65, height // 8 * 0.6), radius=width // 80, fill=255
    )
    dark = small.filter(ImageFilter.GaussianBlur(width / 400)).resize((width, height), Image.Resampling.BILINEAR)
    shade = 1.0 - np.asarray(dark, dtype=np.float32) / 255 * 0.3
    page = np.asarray(image, dtype=np.float32)
    page *= shade
    return page.astype(np.uint8)


def main() -> None:
    from bilagor.extractor.ocr import MAX_PIXELS
    from bilagor.extractor.soft_shadows import without_soft_shadows

    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--pixels", type=int, default=MAX_PIXELS)
    parser.add_argument("--steps", nargs="+", help="only these steps (names as in the table)")
    args = parser.parse_args()
    grey = shadowed_page(args.pixels)
    steps = {
        "soft shadows": lambda g, c, p: without_soft_shadows(g, SCALE),
        **{n: s for n, s in image_steps(SCALE).items() if n not in ("colour probe", "pen", "sheet_pages")},
    }
    found = without_soft_shadows(grey, SCALE)[1]
    print(f"page {grey.shape[1]} x {grey.shape[0]} px, {grey.nbytes / 1e6:.1f} MB (the floor); shadow found: {found}")
    print(f"{'step':18} {'peak MB':>8} {'x page':>7}")
    tracemalloc.start()
    for name, step in steps.items():
        if args.steps and name not in args.steps:
            continue
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        step(grey, None, None)
        peak = tracemalloc.get_traced_memory()[1] - before  # above what was held when it started
        print(f"{name:18} {peak / 1e6:8.1f} {peak / grey.nbytes:7.2f}")
    tracemalloc.stop()


if __name__ == "__main__":
    main()
