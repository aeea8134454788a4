"""The soft-shadow step (soft_shadows) on a page at OCR's pixel cap: format-corpus's balloon_a1b_jp2k (a 2 717 x
3 701 pt poster page, 20 M pixels) rose 360 -> 550 MB inside it, three float copies of the whole page (the gain
spread to every pixel, the product, its cap at white) and a float copy to take cells' maxima from. It now scales
one row of cells at a time and pads in the page's own type (h31, issue #12): the same pixels out, a few bytes a
pixel traced (1.3) instead of twelve. The page is generated: a clip's soft shadow over lines of print."""

from __future__ import annotations

import tracemalloc

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from bilagor.extractor.soft_shadows import without_soft_shadows

SCALE = 200 / 72
PAPER = 246


def _shadowed_page(width_points: float, height_points: float, seed: int = 1) -> np.ndarray:
    """A grey page of lines of strokes (ink 25 on paper 246) under a soft shadow 0.3 of the light deep."""
    rng = np.random.default_rng(seed)
    size = (round(width_points * SCALE), round(height_points * SCALE))
    image = Image.new("L", size, PAPER)
    draw = ImageDraw.Draw(image)
    for top in range(30, int(height_points) - 20, 22):
        x = 20.0
        while x < width_points - 60:
            length = float(rng.uniform(15, 50))
            draw.rectangle((x * SCALE, top * SCALE, (x + length) * SCALE, (top + 8) * SCALE), outline=25, width=2)
            x += length + 6
    block = Image.new("L", size, 0)
    ImageDraw.Draw(block).rounded_rectangle(
        (width_points * 0.35 * SCALE, 20 * SCALE, width_points * 0.65 * SCALE, height_points * 0.6 * SCALE),
        radius=round(20 * SCALE),
        fill=255,
    )
    dark = np.asarray(block.filter(ImageFilter.GaussianBlur(10 * SCALE)), dtype=np.float32) / 255 * 0.3
    return np.clip(np.asarray(image, dtype=np.float32) * (1 - dark), 0, 255).astype(np.uint8)


def _whole_page_scaling(grey, scale):
    """The step as it was (its gain spread over the whole page at once): the definition the rows must match."""
    import bilagor.extractor.soft_shadows as step

    saved = step._scaled
    step._scaled = lambda g, gain, cell: np.minimum(
        255.0, g * np.repeat(np.repeat(gain, cell, axis=0), cell, axis=1)[: g.shape[0], : g.shape[1]]
    ).astype(g.dtype)
    try:
        return without_soft_shadows(grey, scale)
    finally:
        step._scaled = saved


def test_rows_of_cells_give_the_whole_pages_pixels():
    for seed, (width, height) in enumerate([(300, 300), (301.3, 257.9), (420, 180)]):
        grey = _shadowed_page(width, height, seed)
        cleaned, found = without_soft_shadows(grey, SCALE)
        expected, found_before = _whole_page_scaling(grey, SCALE)
        assert found and found_before
        assert cleaned.dtype == np.uint8 and np.array_equal(cleaned, expected)


def test_a_large_shadowed_page_takes_a_few_bytes_a_pixel():
    grey = _shadowed_page(900, 1200)  # 2 500 x 3 333 pixels, 8.3 M
    tracemalloc.start()
    try:
        _, found = without_soft_shadows(grey, SCALE)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert found
    assert peak / grey.size < 4  # 1.3 here; the whole page's float copies: 12.3
