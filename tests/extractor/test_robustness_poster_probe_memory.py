"""A poster-sized page is probed for colour without a render larger than its own (issue #12, /work/corpora-h22-odd
`poster.pdf`: a 14 400 pt square page, rendered for OCR at 0.31 px per pt by the pixel cap, was probed for colour at
0.5 px per pt, a 207 MB bitmap, and has_colour's int16 spread and median copy of it took a reader to 646 MB).

Memory is counted with tracemalloc (numpy's buffers are traced), per pixel of a synthetic colour image.
"""

from __future__ import annotations

import numpy as np
import pytest
from allocations import allocation_peak

from bilagor.extractor import ocr_pen
from bilagor.extractor.ocr import _judged_photos
from bilagor.extractor.ocr_pen import PROBE_SCALE, has_colour
from bilagor.extractor.page_photo import COLOUR

PIXELS = 1 << 21  # 2 M pixels


def test_probing_a_render_for_colour_needs_under_a_byte_a_pixel(monkeypatch):
    monkeypatch.setattr(ocr_pen, "HUE_CHUNK", 1 << 16)  # bands of 64 K pixels beside the 2 M pixels' render
    rng = np.random.default_rng(3)
    bitmap = rng.integers(0, 256, size=(1024, PIXELS // 1024, 4), dtype=np.uint8)  # pdfium's RGBA, as rendered
    rgb = bitmap[..., :3]  # the view ocr hands over
    peak = allocation_peak(has_colour, rgb)
    assert peak < PIXELS, peak / PIXELS  # the whole render's int16 spread and median copy were some 8 bytes a pixel


def _old_has_colour(rgb) -> bool:
    """has_colour as it was: the spread of every pixel at once."""
    spread = rgb.max(axis=2).astype(np.int16) - rgb.min(axis=2)
    return bool((spread > float(np.median(spread)) + COLOUR).any())


@pytest.mark.parametrize("shape", [(31, 17), (40, 50), (1, 1), (2, 1)])
def test_a_probe_band_by_band_answers_as_the_whole_render_at_once(monkeypatch, shape):
    monkeypatch.setattr(ocr_pen, "HUE_CHUNK", 64)  # several bands even on a small image
    rng = np.random.default_rng(sum(shape))
    grey = np.repeat(rng.integers(0, 256, size=(*shape, 1), dtype=np.uint8), 3, axis=2)
    tinted = np.clip(grey.astype(np.int16) + rng.integers(-20, 21, size=(*shape, 3)), 0, 255).astype(np.uint8)
    speck = tinted.copy()
    speck[shape[0] // 2, shape[1] // 2] = (230, 20, 30)  # one red speck
    noise = rng.integers(0, 256, size=(*shape, 3), dtype=np.uint8)
    answers = [(has_colour(image), _old_has_colour(image)) for image in (grey, tinted, speck, noise)]
    assert all(new == old for new, old in answers), answers
    if shape[0] * shape[1] > 2:  # a speck among paper is colour: the cases differ, so the comparison can fail
        assert answers[0][0] is False and answers[2][0] is True


class _PosterPage:
    """A pypdfium2 page of plain white paper, recording the scales it is rendered at."""

    def __init__(self) -> None:
        self.scales: list[float] = []

    def render(self, scale: float, **_options):
        self.scales.append(scale)
        side = max(1, round(100 * scale))
        return _Bitmap(np.full((side, side, 4), 255, np.uint8))


class _Bitmap:
    def __init__(self, pixels) -> None:
        self.pixels = pixels

    def to_numpy(self):
        return self.pixels


def test_a_poster_page_is_probed_for_colour_at_no_more_than_its_own_scale():
    scale = 0.31  # px per pt of a 14 400 pt page at the pixel cap
    page = _PosterPage()
    grey = np.full((31, 31), 255, np.uint8)
    judged = _judged_photos(page, [grey], [(0, 0, 31, 31)], scale)
    assert judged == [(False, None)]  # white paper: no photo, no colour, no colour render
    assert page.scales and max(page.scales) <= scale, page.scales


def test_a_page_at_a_scans_scale_is_probed_at_the_probe_scale():
    page = _PosterPage()
    _judged_photos(page, [np.full((417, 417), 255, np.uint8)], [(0, 0, 417, 417)], 300 / 72)
    assert page.scales == [PROBE_SCALE]
