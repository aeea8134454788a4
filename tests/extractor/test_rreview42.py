"""The thirty-seventh round's review (h42/r-review): shared helpers give what the copies they replace gave."""

from __future__ import annotations

import numpy as np

from bilagor.extractor.burnt_edges import _paper_light
from bilagor.extractor.page_photo import lightest_within


def test_lightest_within_takes_each_cells_lightest_neighbour_with_the_edges_repeated():
    cells = np.zeros((4, 5), np.float32)
    cells[0, 0] = 7.5
    cells[3, 4] = 200.0
    near = lightest_within(cells, 1)
    assert near.dtype == np.float32 and near.shape == (4, 5)
    assert near[:2, :2].tolist() == [[7.5, 7.5], [7.5, 7.5]]
    assert near[2:, 3:].tolist() == [[200.0, 200.0], [200.0, 200.0]]
    assert near[0, 2] == 0.0 and near[3, 0] == 0.0
    wide = lightest_within(cells.astype(np.uint8), 2)
    assert wide.dtype == np.uint8
    assert wide[1, 2] == 200 and wide[0, 0] == 7 and wide[3, 0] == 0


def test_burnt_paper_light_fills_a_burnt_cell_from_its_lit_neighbours():
    grey = np.full((40, 40), 180, np.float32)
    grey[:, :12] = 0  # burnt: no paper in these cells
    light = _paper_light(grey, 1.0)  # 4 px cells: three burnt columns of cells
    assert light.shape == (10, 10)
    assert np.all(light == 180.0)  # the burnt cells lit by the browned paper beside them, cell by cell
