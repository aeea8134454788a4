"""Pages huge in points held to OCR's pixel cap (issue #12): a grid of cells sized in points is one that size in
pixels at most, so on such a page (a poster, an endless box: well under 1 px per pt) it has millions of cells.
Each step gives such a page a bounded grid; a page drawn at 300 dpi keeps its cells."""

from __future__ import annotations

import numpy as np

import pytest

from bilagor.extractor import holes, photo_bend, photos
from bilagor.extractor.holes import hole_boxes
from bilagor.extractor.photo_bend import MAX_MESH_CELLS, MESH_CELL_POINTS, bend_of
from bilagor.extractor.photos import photo_boxes
from bilagor.extractor.pixel_guard import MAX_GRID_CELLS

SCALE = 300 / 72
POSTER_SCALE = 4472 / 200_000  # a 200 000 pt square page drawn at the 20 M pixel cap


def _lined(height: int, width: int):
    ink = np.zeros((height, width), bool)
    ink[::6] = True  # lines of text, so the page is measured
    return ink


def _mesh_of(monkeypatch, ink, scale: float) -> tuple[int, int]:
    """The (rows, columns) of the grid bend_of lays over `ink` to fit and undo a bend on."""
    seen = {}

    def no_bend(slopes, shape, scale, columns, rows):
        seen["grid"] = (len(rows), len(columns))
        return None

    monkeypatch.setattr(photo_bend, "bend_field", no_bend)
    assert bend_of(ink, scale) is None
    return seen["grid"]


def test_a_poster_page_gets_a_bounded_bend_mesh(monkeypatch):
    """At 0.022 px per pt the 8 pt mesh cells were the 4 px floor: 1.25 M cells, each a tuple in the mesh handed to
    PIL (750 MB in the reader, past the import's memory limit)."""
    rows, columns = _mesh_of(monkeypatch, _lined(4472, 4472), POSTER_SCALE)
    assert (rows - 1) * (columns - 1) <= MAX_MESH_CELLS


def test_a_page_drawn_at_300_dpi_keeps_its_bend_mesh(monkeypatch):
    cell = round(MESH_CELL_POINTS * SCALE)
    for height, width in ((3508, 2480), (5164, 3873)):  # A4, and a page at the pixel cap
        rows, columns = _mesh_of(monkeypatch, _lined(height, width), SCALE)
        assert (rows, columns) == (len(range(0, height, cell)) + 1, len(range(0, width, cell)) + 1)


def _grid_of(monkeypatch, step, grey, scale: float) -> tuple[int, int]:
    """The shape of the cell grid `step` hands photos.components (its loop takes a Python step per cell)."""
    seen = []
    monkeypatch.setattr(photos, "components", lambda mask, seeds=None: seen.append(mask.shape) or [])
    step(grey, scale)
    return seen[0]


POSTER = 4472 / 14_400  # a 14 400 pt square poster drawn at the pixel cap: 0.31 px per pt
GRID_STEPS = {
    "photo_boxes": (photo_boxes, photos.CELL_POINTS, MAX_GRID_CELLS, 2),
    "hole_boxes": (hole_boxes, holes.CELL_POINTS, holes.MAX_CELLS, 1),
}


@pytest.mark.parametrize("step", list(GRID_STEPS))
def test_a_poster_page_gets_a_bounded_grid_of_components(monkeypatch, step):
    """photo_boxes' 2 px and hole_boxes' 1 px cells made 5 M and 20 M cells of a dark poster page: its photo and
    faded-print checks took minutes, past the import's deadline (odd page poster.pdf)."""
    function, _, most, _ = GRID_STEPS[step]
    rows, columns = _grid_of(monkeypatch, function, np.zeros((4472, 4472), np.uint8), POSTER)
    assert rows * columns <= most


@pytest.mark.parametrize("step", list(GRID_STEPS))
def test_a_page_drawn_at_300_dpi_keeps_its_grid_of_components(monkeypatch, step):
    function, points, _, least = GRID_STEPS[step]
    cell = max(least, round(points * SCALE))
    for height, width in ((3508, 2480), (5164, 3873)):  # A4, and a page at the pixel cap
        grey = np.zeros((height, width), np.uint8)
        assert _grid_of(monkeypatch, function, grey, SCALE) == (height // cell, width // cell)
