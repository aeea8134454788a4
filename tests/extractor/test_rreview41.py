"""The thirty-sixth round's review: shared helpers that replaced repeated code, behaviour unchanged."""

from __future__ import annotations

import numpy as np

from bilagor.extractor.photos import components, labelled_runs


def test_labelled_runs_give_each_run_its_area_and_each_area_its_box():
    grid = np.zeros((6, 8), bool)
    grid[1, 1:4] = True  # an L: two runs of one area
    grid[2, 1] = True
    grid[3, 6] = True  # a lone cell, touching the next row's run only at a corner
    grid[4, 7] = True
    grid[5, 0:2] = True  # an area of its own
    runs = labelled_runs(grid)
    assert runs.starts.tolist() == [1, 1, 6, 7, 0]
    assert runs.ends.tolist() == [4, 2, 7, 8, 2]
    assert runs.rows.tolist() == [1, 2, 3, 4, 5]
    assert runs.area.tolist() == [0, 0, 1, 1, 2]
    boxes = list(zip(runs.top, runs.left, runs.bottom, runs.right, runs.size, strict=True))
    assert [tuple(int(v) for v in box) for box in boxes] == [(1, 1, 3, 4, 4), (3, 6, 5, 8, 2), (5, 0, 6, 2, 2)]
    assert components(grid) == [tuple(int(v) for v in box) for box in boxes]
    seeds = np.zeros_like(grid)
    seeds[5, 1] = seeds[4, 7] = True
    assert components(grid, seeds) == [(3, 6, 5, 8, 2), (5, 0, 6, 2, 2)]
