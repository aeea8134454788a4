"""Lone pixels of a bilevel page image wiped at the image's own resolution, before it is enlarged for OCR.

A fax's line noise and a photocopy's toner speckle are single pixels of the image (a fax's 204 x 98 dpi pixel is
twice as tall as wide); enlarged smoothly to OCR's 300 dpi they become soft dots the size of a full stop or an
umlaut's mark, and next to a word the speck wipers (specks.py), which judge ink by its size in points, keep them:
Tesseract read them as letters and marks ("kamerabavaknings", "Projektets namn:. Kamera…"). Drawn at the image's
own resolution the noise is one pixel (a block of one image pixel's size) with paper all round, while print keeps
its strokes: a full stop, an i's dot or an umlaut's mark at 150-200 dpi is two pixels or more across. So ink that
fits in one image pixel's block with a ring of paper round it is made paper. Used on images with pixels far from
square (ocr_render.image_pixel): on a 150 dpi copy it took pieces of thin rules its threshold had broken. Pure:
grey pixel arrays (H x W uint8, ink dark) in, the same out.
"""

from __future__ import annotations

import math

_INK = 128
# Image pixels of paper all round a lone pixel: a ragged letter of a noisy copy has bits one pixel off its stroke
RING = 2
# A lone pixel with ink on both sides along its row (or column) within this many image pixels beyond the ring is a
# piece of a thin rule broken by the copy's threshold (a 150 dpi copy's table borders): it stays, or the cells'
# borders are lost and a label runs into the next cell ("Spånga IP Söktbelopp").
LINE_GAP = 4


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
    ring = window_sums(ink, reach_y + math.ceil(RING * down), reach_x + math.ceil(RING * across))
    # Centres of blocks holding all of a blob with paper round the block, and not a piece of a broken rule.
    lone = (inside > 0) & (ring == inside)
    if lone.any():
        lone &= ~_on_a_line(ink, reach_y, reach_x, across, down)
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


def _on_a_line(ink, reach_y: int, reach_x: int, across: float, down: float):
    """Whether each pixel has ink on both sides of it along its row, or on both sides along its column, beyond its
    block's ring and within LINE_GAP image pixels of it."""
    import numpy as np

    def both_sides(mask, reach: int, gap: int, axis: int):
        total = np.cumsum(mask, axis=axis, dtype=np.int32)
        total = np.concatenate([np.zeros_like(np.take(total, [0], axis=axis)), total], axis=axis)
        size = mask.shape[axis]
        index = np.arange(size)

        def span(start, stop):  # ink in [start, stop) along the axis, clipped to the image
            lo, hi = np.clip(start, 0, size), np.clip(stop, 0, size)
            return np.take(total, hi, axis=axis) - np.take(total, lo, axis=axis)

        before = span(index - reach - gap, index - reach)
        after = span(index + reach + 1, index + reach + 1 + gap)
        return (before > 0) & (after > 0)

    gap_x = reach_x + 1 + math.ceil(LINE_GAP * across)
    gap_y = reach_y + 1 + math.ceil(LINE_GAP * down)
    return both_sides(ink, reach_x + 1, gap_x, 1) | both_sides(ink, reach_y + 1, gap_y, 0)
