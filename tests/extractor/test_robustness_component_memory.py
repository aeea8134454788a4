"""Areas of a cell grid are labelled in memory bounded by the grid, not by a Python object per cell
(bench/robustness.py h30: a 2 717 x 3 701 pt page of one JPEG 2000 photo, drawn at 1.4 px per pt by OCR's pixel
cap, gave the pencil-mark search a grid of 20 M one-pixel cells; the flood fill's stack of cell tuples took the
reader to 723 MB and 96 s). The areas found are the flood fill's, in its order, with and without seeds."""

from __future__ import annotations

import tracemalloc

import numpy as np

from bilagor.extractor.ocr_lone_dashes import ink_blobs
from bilagor.extractor.photos import components


def _flood_fill(mask, seeds=None):
    """The definition: 8-connected areas by a flood fill from each (seed) cell in row-major order."""
    rows, cols = mask.shape
    seen = mask.copy()
    found = []
    for start in zip(*(seen if seeds is None else seen & seeds).nonzero(), strict=True):
        if not seen[start]:
            continue
        seen[start] = False
        stack, r0, c0, r1, c1, count = [start], start[0], start[1], start[0], start[1], 0
        while stack:
            r, c = stack.pop()
            count += 1
            r0, c0, r1, c1 = min(r0, r), min(c0, c), max(r1, r), max(c1, c)
            for nr in (r - 1, r, r + 1):
                for nc in (c - 1, c, c + 1):
                    if 0 <= nr < rows and 0 <= nc < cols and seen[nr, nc]:
                        seen[nr, nc] = False
                        stack.append((nr, nc))
        found.append((int(r0), int(c0), int(r1) + 1, int(c1) + 1, count))
    return found


def test_areas_are_the_flood_fills_in_its_order():
    rng = np.random.default_rng(5)
    for trial in range(600):
        rows, cols = (int(n) for n in rng.integers(1, 24, 2))
        mask = rng.random((rows, cols)) < rng.random()
        seeds = rng.random((rows, cols)) < 0.2 * rng.random() if trial % 2 else None
        assert components(mask, seeds) == _flood_fill(mask, seeds)


def test_diagonal_corners_join_and_empty_grids_have_no_areas():
    stairs = np.eye(5, dtype=bool) | np.eye(5, k=1, dtype=bool)[::-1]
    assert components(stairs) == _flood_fill(stairs)
    assert components(np.zeros((4, 4), bool)) == []
    assert components(np.ones((3, 3), bool), np.zeros((3, 3), bool)) == []


def _peak(call) -> int:
    tracemalloc.start()
    try:
        call()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_one_large_area_takes_a_few_bytes_a_cell():
    mask = np.ones((500, 500), bool)
    mask[::5, 1::4] = False  # holes: many runs, one area
    assert len(components(mask)) == 1
    assert _peak(lambda: components(mask)) / mask.size < 25  # 9.5 here; the flood fill's stack of tuples: 52


def test_ink_blobs_are_the_same_areas_as_x_and_y_boxes():
    rng = np.random.default_rng(6)
    for _ in range(300):
        rows, cols = (int(n) for n in rng.integers(1, 24, 2))
        mask = rng.random((rows, cols)) < rng.random()
        assert ink_blobs(mask) == [(c0, r0, c1, r1, n) for r0, c0, r1, c1, n in _flood_fill(mask)]


def test_a_noise_page_of_blobs_takes_a_few_bytes_a_pixel():
    mask = np.random.default_rng(7).random((600, 500)) < 0.5  # a photo's dark pixels: some 3 000 blobs
    assert _peak(lambda: ink_blobs(mask)) / mask.size < 26  # 20 here; a Python tuple a run before: 32
