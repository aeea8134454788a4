"""A page wholly in colour is judged by hue without float temporaries of every pixel at once (issue #12, h26
robustness set: pdf.js `function_based_shading_cmyk.pdf`, a 1880 x 1260 pt page of colour gradients, read for OCR
at the 20 M pixel cap, took a reader to 715 MB in the stamp and pen steps' hue work).

The memory is counted with tracemalloc (numpy's buffers are traced), per pixel of a synthetic colour image.
"""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest

from bilagor.extractor import ocr_pen
from bilagor.extractor.ocr_pen import hues, near_hue

PIXELS = 1 << 21  # 2 M pixels


@pytest.fixture
def small_chunks(monkeypatch):
    """Chunks of 64 K pixels, so a chunk's temporaries are small beside the 2 M pixels' answer."""
    monkeypatch.setattr(ocr_pen, "HUE_CHUNK", 1 << 16, raising=False)


def _gradient(pixels: int):
    """An N x 3 image whose colours run round the wheel (every pixel coloured, as a gradient page's are)."""
    rng = np.random.default_rng(7)
    return rng.integers(0, 256, size=(pixels, 3), dtype=np.uint8)


def _peak_bytes(work) -> int:
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        start, _ = tracemalloc.get_traced_memory()
        work()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak - start


def test_the_hues_of_a_page_in_colour_need_little_more_than_their_answer(small_chunks):
    rgb = _gradient(PIXELS)
    peak = _peak_bytes(lambda: hues(rgb))
    # the answer is 4 bytes a pixel (float32); all temporaries at once were some 30
    assert peak < 6 * PIXELS, peak / PIXELS


def test_the_hues_near_a_hue_need_little_more_than_their_answer(small_chunks):
    values = hues(_gradient(PIXELS))
    peak = _peak_bytes(lambda: near_hue(values, 200.0, 40.0))
    assert peak < 2 * PIXELS, peak / PIXELS  # 1 byte a pixel answered; all at once were some 13


def test_hues_worked_out_a_chunk_at_a_time_are_the_hues_worked_out_at_once(monkeypatch):
    rgb = _gradient(5_000).reshape(50, 100, 3)
    at_once = hues(rgb), near_hue(hues(rgb), 350.0, 40.0)
    monkeypatch.setattr(ocr_pen, "HUE_CHUNK", 7)
    chunked = hues(rgb), near_hue(hues(rgb), 350.0, 40.0)
    assert chunked[0].shape == (50, 100) and chunked[0].dtype == np.float32
    assert np.array_equal(at_once[0], chunked[0]) and np.array_equal(at_once[1], chunked[1])


def test_pure_colours_have_their_hues():
    red, green, blue = hues(np.array([[255, 0, 0], [0, 255, 0], [0, 0, 255]], np.uint8))
    assert abs(red) < 0.01 and abs(green - 120) < 0.01 and abs(blue - 240) < 0.01


def test_a_stamp_as_large_as_the_page_is_taken_out_without_floats_of_its_whole_box():
    from PIL import Image, ImageDraw

    from bilagor.extractor.overlaid_ink import overlaid_ink_taken_out

    side = 1200  # px at 200 dpi: a 430 pt piece of page, rows of dark print under a thin red ring round it all
    paper = Image.new("L", (side, side), 246)
    draw = ImageDraw.Draw(paper)
    for row in range(40):
        for word in range(30):
            draw.rectangle((20 + 38 * word, 20 + 29 * row, 45 + 38 * word, 32 + 29 * row), fill=25)
    ring = Image.new("L", (side, side), 0)
    ImageDraw.Draw(ring).ellipse((30, 30, side - 30, side - 30), outline=255, width=5)
    ink = np.asarray(ring, float)[..., None] / 255 * 0.9 * (1 - np.array((200, 35, 45)) / 255)
    rgb = np.clip(np.repeat(np.asarray(paper, float)[..., None], 3, 2) * (1 - ink), 0, 255).astype(np.uint8)
    grey = np.clip(rgb @ np.array([0.299, 0.587, 0.114]), 0, 255).astype(np.uint8)
    found = []
    peak = _peak_bytes(lambda: found.append(overlaid_ink_taken_out(grey, rgb, 200 / 72)))
    cleaned, _, taken = found[0]
    on_ring = np.asarray(ring) > 200
    assert taken and cleaned[on_ring & (np.asarray(paper) > 200)].mean() > 235  # the ring is paper now
    # the page's own masks and copies are some 11 bytes a pixel; floats of the ring's whole box were 4 more
    assert peak < 12.5 * side * side, peak / side / side


def test_the_print_hue_of_a_page_wholly_in_colour_is_found_band_by_band():
    from bilagor.extractor.overlaid_ink import _other_hue, _print_hue

    side = 1500  # every pixel dark and coloured: red rising to the right, green downwards
    rows, cols = np.mgrid[0:side, 0:side]
    rgb = np.stack([cols * 130 // side, rows * 130 // side, np.full((side, side), 60)], axis=-1).astype(np.uint8)
    grey = np.full((side, side), 100, np.uint8)
    coloured = (rgb.max(axis=-1).astype(np.int16) - rgb.min(axis=-1)) > 30
    found: list = []
    peaks = [
        _peak_bytes(lambda: found.append(_print_hue(rgb, grey, coloured))),
        _peak_bytes(lambda: found.append(_other_hue(rgb, coloured, 345.0))),
    ]
    hue, kept = found
    assert hue == 345.0  # red with some blue: the busiest 30° are 330-360
    every = hues(rgb[coloured])
    assert np.array_equal(kept[coloured], ~near_hue(every, 345.0, ocr_pen.PRINT_HUE_DEGREES))
    # each coloured pixel taken out (3 bytes) and its hue (4) all at once were some 30 bytes a pixel with temporaries
    assert max(peaks) < 8 * side * side, [p / side / side for p in peaks]
