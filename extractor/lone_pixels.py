"""Lone pixels of a bilevel page image wiped at the image's own resolution, before it is enlarged for OCR.

A fax's line noise and a photocopy's toner speckle are single pixels of the image (a fax's 204 x 98 dpi pixel is
twice as tall as wide); enlarged smoothly to OCR's 300 dpi they become soft dots the size of a full stop or an
umlaut's mark, and next to a word the speck wipers (specks.py), which judge ink by its size in points, keep them:
Tesseract read them as letters and marks ("kamerabavaknings", "Projektets namn:. Kamera…"). Drawn at the image's
own resolution the noise is one pixel (a block of one image pixel's size) with paper all round, while print keeps
its strokes: a full stop, an i's dot or an umlaut's mark at 150-200 dpi is two pixels or more across. So ink that
fits in one image pixel's block with a ring of paper round it is made paper. Pure: grey pixel arrays (H x W uint8,
ink dark) in, the same out.
"""

from __future__ import annotations

import math

_INK = 128


def without_lone_pixels(grey, across: float, down: float):
    """`grey` with every ink blob that fits in one image pixel (`across` x `down` drawn pixels, each at least 1)
    and has paper all round it made paper; `grey` itself when there is none."""
    import numpy as np

    from bilagor.extractor.specks import grown, window_sums

    # The block an image pixel covers, centred on a drawn pixel (a pixel drawn 2.08 rows tall covers 2 or 3).
    reach_x, reach_y = _reach(across), _reach(down)
    ink = grey < _INK
    if not ink.any():
        return grey
    inside = window_sums(ink, reach_y, reach_x)
    ring = window_sums(ink, reach_y + 1, reach_x + 1)
    # Centres of blocks holding all of a blob with paper round the block.
    lone = (inside > 0) & (ring == inside)
    if not lone.any():
        return grey
    wipe = (window_sums(lone, reach_y, reach_x) > 0) & ink
    cleaned = grey.copy()
    # the blob's grey fringe (a smooth drawing's) goes with it
    cleaned[grown(wipe) & ~(window_sums(ink & ~wipe, 1, 1) > 0)] = 255
    return np.asarray(cleaned)


def _reach(side: float) -> int:
    """How far either way of a centre pixel a block of `side` drawn pixels (an image pixel) may reach."""
    return max(0, math.ceil(side) // 2)
