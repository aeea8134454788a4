"""Degenerate page images through the OCR steps (issue #12): an odd file's page can be drawn empty, one pixel
high or wide, or one level all over. Every step gives such a page back (or says it found nothing) instead of
raising: a raise failed the whole file as an internal error, its text layer lost."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from bilagor.extractor.descreen import descreened, smoothed
from bilagor.extractor.deskew import estimate_skew, straighten
from bilagor.extractor.faded import mended
from bilagor.extractor.grey_marks import without_grey_marks
from bilagor.extractor.lone_pixels import without_lone_pixels
from bilagor.extractor.ocr import remove_rules
from bilagor.extractor.ocr_frame import without_frame
from bilagor.extractor.ocr_pen import without_pen
from bilagor.extractor.ocr_sheet import sheet_pages
from bilagor.extractor.page_photo import (
    _desk_cleared,
    _grown,
    _light,
    _side,
    as_scan,
    colour_marks,
    paper_quad,
    photographed,
)
from bilagor.extractor.photo_bend import ink_profiles, line_slopes, unbent
from bilagor.extractor.photo_rules import rules_joined
from bilagor.extractor.photos import photo_boxes
from bilagor.extractor.pixel_guard import MAX_GRID_CELLS, grid_cell, unmeasurable
from bilagor.extractor.show_through import without_show_through
from bilagor.extractor.specks import remove_specks, without_dots

SCALE = 300 / 72
DEGENERATE = {
    "empty": np.zeros((0, 0), np.uint8),
    "no rows": np.full((0, 40), 255, np.uint8),
    "one pixel": np.full((1, 1), 255, np.uint8),
    "one row": np.full((1, 500), 255, np.uint8),
    "one column": np.full((500, 1), 255, np.uint8),
    "one dark row": np.zeros((1, 500), np.uint8),
    "narrower than a strip": np.tile(np.array([[0], [255]], np.uint8), (200, 5)),
    "all white": np.full((300, 420), 255, np.uint8),
    "all black": np.zeros((300, 420), np.uint8),
}


def _rgb(grey):
    return np.repeat(grey[..., None], 3, axis=2)


# Each step of read_page_image's chain (and the photo path's own), called as read_page_image calls it.
STEPS = {
    "descreened": lambda g: descreened(g, SCALE),
    "smoothed": lambda g: smoothed(g, SCALE),
    "straighten": lambda g: straighten(g, estimate_skew(g)),
    "mended": lambda g: mended(g, SCALE),
    "without_show_through": lambda g: without_show_through(g, SCALE),
    "without_grey_marks": lambda g: without_grey_marks(g, SCALE),
    "without_lone_pixels": lambda g: without_lone_pixels(g, 1.0, 2.0),
    "without_frame": lambda g: without_frame(g, SCALE),
    "without_pen": lambda g: without_pen(g, _rgb(g), SCALE),
    "sheet_pages": lambda g: sheet_pages(g, SCALE),
    "photographed": lambda g: photographed(g, SCALE),
    "colour_marks": lambda g: colour_marks(_rgb(g), SCALE),
    "as_scan": lambda g: as_scan(g, SCALE),
    "as_scan in colour": lambda g: as_scan(g, SCALE, _rgb(g)),
    "unbent": lambda g: unbent(g, SCALE),
    "rules_joined": lambda g: rules_joined(g, SCALE),
    "photo_boxes": lambda g: photo_boxes(g, SCALE),
    "remove_specks": lambda g: without_dots(remove_specks(g, SCALE), SCALE),
    "remove_rules": lambda g: remove_rules(g, round(36 * SCALE)),
}
# The steps that can only be reached with a page of at least one pixel each way (ocr._recognise draws none smaller).
NEEDS_PIXELS = {"descreened", "smoothed", "straighten", "mended", "without_show_through", "without_grey_marks",
                "without_lone_pixels", "without_frame", "without_pen", "sheet_pages", "photographed",
                "photo_boxes", "remove_specks", "remove_rules", "colour_marks"}  # fmt: skip


@pytest.mark.parametrize("kind", list(DEGENERATE))
@pytest.mark.parametrize("step", list(STEPS))
def test_ocr_steps_take_degenerate_pages(step, kind):
    grey = DEGENERATE[kind]
    if grey.size == 0 and step in NEEDS_PIXELS:
        pytest.skip("never given an empty page")
    STEPS[step](grey.copy())  # raising is the failure


@pytest.mark.parametrize("kind", list(DEGENERATE))
def test_the_photo_steps_give_a_degenerate_page_back_as_it_came(kind):
    grey = DEGENERATE[kind]
    for step in (as_scan, unbent):
        out = step(grey.copy(), SCALE)
        assert out.shape == grey.shape
        assert np.array_equal(out, grey)


def test_a_page_narrower_than_a_strip_has_no_line_profiles():
    ink = np.zeros((300, 5), bool)
    ink[::7] = True
    assert ink_profiles(ink, 100).shape == (300, 0)
    assert line_slopes(ink, SCALE).slope.size == 0


def test_unmeasurable_pages():
    assert unmeasurable(np.zeros((0, 0), np.uint8))
    assert unmeasurable(np.full((1, 300), 7, np.uint8))
    assert unmeasurable(np.full((40, 40), 255, np.uint8))
    page = np.full((40, 40), 255, np.uint8)
    page[20, 5:30] = 0
    assert not unmeasurable(page)
    assert not unmeasurable(_rgb(page))


def test_a_desk_band_of_no_pixels_leaves_the_page_alone():
    """At a scale under 1/12 px per pt (a huge page drawn at OCR's pixel cap) the desk band rounds to 0 px, and
    page[-0:] is the whole page: the sheet's ink was wiped with the desk."""
    page = np.full((80, 80), 255, np.uint8)
    page[40, 10:70] = 0
    quad = ((0.0, 0.0), (80.0, 0.0), (80.0, 80.0), (0.0, 80.0))
    cleared = _desk_cleared(page.copy(), 0.05, quad)
    assert (cleared[40, 20:60] == 0).all()


def test_a_sheet_edge_is_not_fitted_through_one_point():
    """A one-row page at a small scale is one light cell across: its side had one point, and np.polyfit warned
    "poorly conditioned" on the reader's stderr (and fitted a line anyway)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert _side(np.array([[False], [True]])) is None
        paper_quad(np.random.default_rng(0).integers(0, 256, (1, 40), dtype=np.uint8), 0.05)


def test_a_page_huge_in_pixels_for_its_scale_gets_a_bounded_light_grid():
    """A poster page (14 400 pt) held to OCR's pixel cap is drawn at 0.31 px/pt: 2 pt cells were one pixel, and the
    sheet's flood fill (page_photo._grown) stepped over 20 M cells for minutes, past the import's deadline."""
    grey = np.full((3000, 3000), 255, np.uint8)
    grey[:, :200] = 40  # a desk beside the sheet: the fill has a region to grow
    light, cell = _light(grey, 0.31, closed=True)
    assert light.size <= MAX_GRID_CELLS
    assert cell * light.shape[1] <= grey.shape[1]


def test_a_page_drawn_at_ocr_resolution_keeps_its_cells():
    a4 = (round(842 * SCALE), round(595 * SCALE))
    assert grid_cell(a4, SCALE, 2.0) == round(2.0 * SCALE)
    at_the_cap = (5000, 4000)  # ocr.MAX_PIXELS
    assert grid_cell(at_the_cap, SCALE, 2.0) == round(2.0 * SCALE)


def _grown_cell_by_cell(seeds, allowed):
    region = seeds & allowed
    while True:
        grown = region.copy()
        grown[1:] |= region[:-1]
        grown[:-1] |= region[1:]
        grown[:, 1:] |= region[:, :-1]
        grown[:, :-1] |= region[:, 1:]
        grown &= allowed
        if (grown == region).all():
            return region
        region = grown


@pytest.mark.parametrize("seed", range(6))
def test_the_run_flood_fill_finds_what_a_cell_by_cell_one_finds(seed):
    rng = np.random.default_rng(seed)
    height, width = rng.integers(1, 60, 2)
    allowed = rng.random((height, width)) < rng.uniform(0.3, 0.8)
    seeds = rng.random((height, width)) < 0.02
    seeds[0, :] |= seed % 2 == 0  # the frame, as _paper_mask and the desk finders seed it
    assert np.array_equal(_grown(seeds, allowed), _grown_cell_by_cell(seeds, allowed))


def test_a_winding_path_is_filled_to_its_end():
    allowed = np.zeros((41, 41), bool)
    allowed[::4, :] = True  # rows joined at alternate ends: one path 800 cells long
    for row in range(0, 37, 4):
        allowed[row : row + 5, 40 if row % 8 == 0 else 0] = True
    seeds = np.zeros_like(allowed)
    seeds[0, 0] = True
    assert np.array_equal(_grown(seeds, allowed), allowed)
