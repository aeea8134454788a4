"""Pages huge in points held to OCR's pixel cap (issue #12): a grid of cells sized in points is one that size in
pixels at most, so on such a page (a poster, an endless box: well under 1 px per pt) it has millions of cells.
Each step gives such a page a bounded grid; a page drawn at 300 dpi keeps its cells."""

from __future__ import annotations

import numpy as np

from bilagor.extractor import photo_bend
from bilagor.extractor.photo_bend import MAX_MESH_CELLS, MESH_CELL_POINTS, bend_of

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

