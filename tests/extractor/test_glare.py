"""A glossy sleeve's band of glare (the print under it washed most of the way to white) stretched back before OCR
(extractor/glare.py), on plain arrays: the washed letters dark again, the paper kept, a clean page and a page of
grey placeholder text left alone; the stretched band is kept by the pale-layer step."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from bilagor.extractor.glare import ink_level, without_glare
from bilagor.extractor.pale_layer import without_pale_layer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_pale_layer import _printed as printed  # noqa: E402  (lines of words of upright strokes, a 10 pt text)

SCALE = 200 / 72  # px per pt: a 200 dpi scan
PAPER = 245


def _printed(seed: int = 1):
    """Darkness 0-1 of a page of text lines to 80 % of its height (test_pale_layer's words of strokes)."""
    return printed(1100, 800, 40, 880, seed)


def _band(shape, peak: float, angle: float = 30.0, middle: float = 0.5, half: float = 0.15):
    """The wash of a slanted glare band: `peak` at its middle, a flat top with soft edges."""
    height, width = shape
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    theta = np.radians(angle)
    across = xs * np.cos(theta) + ys * np.sin(theta)
    centre = across.min() + middle * (across.max() - across.min())
    return peak * np.exp(-(((across - centre) / (half * np.hypot(height, width))) ** 4))


def _page(ink, wash=None, seed: int = 2):
    grey = PAPER * (1 - ink) + 6 * ink
    if wash is not None:
        grey = grey + wash * (255 - grey)
    grey = grey + np.random.default_rng(seed).normal(0, 2.5, grey.shape)
    return np.clip(grey, 0, 255).astype(np.uint8)


def test_a_washed_band_is_stretched_back_to_the_print():
    ink = _printed()
    wash = _band(ink.shape, 0.75)
    page = _page(ink, wash)
    middle = (wash > 0.7) & (ink > 0.5)
    assert np.median(page[middle]) > 180  # washed: paler than Tesseract's threshold
    out, found = without_glare(page, SCALE)
    assert found
    assert np.median(out[middle]) < 90
    paper = (wash > 0.7) & (ink == 0)
    assert np.median(out[paper]) > 235  # the paper under the band stays paper
    outside = (wash < 0.01) & (ink > 0.5)
    assert np.median(out[outside]) < 30


def test_the_band_survives_the_pale_layer_step():
    ink = _printed()
    wash = _band(ink.shape, 0.72, angle=-40.0, middle=0.4)
    middle = (wash > 0.7) & (ink > 0.5)
    out, _ = without_glare(_page(ink, wash), SCALE)
    after, _ = without_pale_layer(out, SCALE)
    assert np.median(after[middle]) < 120


def test_a_clean_page_is_left_alone():
    page = _page(_printed(seed=3))
    assert ink_level(page, SCALE) is None
    out, found = without_glare(page, SCALE)
    assert not found and out is page


def test_a_few_grey_placeholder_lines_are_no_band():
    ink = _printed(seed=4)
    page = _page(ink)
    grey_text = ink.copy()
    grey_text[: int(ink.shape[0] * 0.75)] = 0  # the last lines in a placeholder's grey, as Word prints them
    page = np.where(grey_text > 0.5, 128, page).astype(np.uint8)
    assert ink_level(page, SCALE) is None


def test_a_drum_ghost_below_the_print_is_no_band():
    """A pale copy of the lines in the empty lower half (a worn drum's turn): washed-looking print in rows of its
    own, which the pale-layer step takes out; stretched, it would have been print."""
    ink = printed(1100, 800, 40, 480, 5)
    ghost = np.zeros_like(ink)
    ghost[520:960] = ink[40:480]
    page = _page(ink + 0.25 * ghost)
    assert ink_level(page, SCALE) is None


def test_pale_hairlines_and_a_crease_are_no_band():
    """A form's grid of hairlines (as pale as washed print, being thin) and a crease's grey line across: rules
    lie across every strip of the page and are no glare."""
    ink = _printed(seed=6)
    lines = np.zeros_like(ink)
    lines[::90, :] = 0.3  # grid rows
    lines[:, ::160] = 0.3  # grid columns
    lines[600:602, :] = 0.25  # a crease
    assert ink_level(_page(np.maximum(ink, lines)), SCALE) is None


def test_a_band_over_a_form_of_hairlines_is_still_found():
    """A table's hairlines (pale, being thin) and a sleeve's welded edge down the right are left out of the band's
    test: they lay across every strip and hid the band."""
    ink = _printed(seed=7)
    lines = np.zeros_like(ink)
    lines[::135, :] = 0.3
    lines[:, ::160] = 0.3
    lines[:, 780] = 0.3
    wash = _band(ink.shape, 0.7, angle=20.0, half=0.08)
    page = _page(np.maximum(ink, lines), wash)
    out, found = without_glare(page, SCALE)
    assert found
    middle = (wash > 0.65) & (ink > 0.5)
    assert np.median(page[middle]) > 170
    assert np.median(out[middle]) < 140  # darker than Tesseract's threshold again (a narrow band: the level spread)


def test_grey_small_type_beside_the_band_is_left():
    """Only the band's strip is stretched: a letterhead's grey small type down the left margin, far from the
    band, keeps its grey (stretched, it was read into the form as labels)."""
    ink = printed(1100, 800, 40, 880, 8)
    ink[:, :150] = 0
    side = np.zeros_like(ink)
    side[:, :150] = printed(1100, 150, 200, 500, 9)
    ink = np.maximum(ink, 0.45 * side)
    wash = _band(ink.shape, 0.72, angle=-25.0, middle=0.7, half=0.1)
    page = _page(ink, wash)
    out, found = without_glare(page, SCALE)
    assert found
    letterhead = side > 0.5
    assert np.median(out[letterhead]) > np.median(page[letterhead]) - 10


def test_a_low_toner_stripe_under_a_drum_ghost_is_left_to_the_pale_layer_step():
    """An upright stripe of light print (low toner) on a page with a drum's ghost over it all: the stripe is a band
    of washed print, but the pale layer lies mostly outside it; stretched, the ghost under it became print."""
    ink = printed(1100, 800, 40, 1040, 10)
    ghost = np.zeros_like(ink)
    ghost[268:] = ink[:-268]
    stripe = np.ones_like(ink)
    stripe[:, 300:480] = 0.4
    page = _page(np.maximum(ink * stripe, 0.28 * ghost))
    assert ink_level(page, SCALE) is None
