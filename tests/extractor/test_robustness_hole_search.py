"""Punched holes are looked for without flooding every scattered dark cell (issue #12, /work/corpora-h22-odd
`poster.pdf`: a 14 400 pt page of grey noise, its grid of 1 px cells a third dark, took components' Python loop a
step per dark cell, 38 s of its read at the machine's load, twice over: the photo judging and the faded-print step).

A hole's middle half is all dark and at least 2 cells across, so only areas holding a 2 x 2 block of dark cells
are flooded."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from bilagor.extractor import photos
from bilagor.extractor.holes import hole_boxes
from bilagor.extractor.photos import components

SCALE = 300 / 72


def _noisy_page_with_a_hole(seed: int = 5):
    """A page of scattered dark 1 pt cells (a third of them, as a grey noise poster's at its scale) and one punched
    hole, 16 pt across, in its left margin."""
    rng = np.random.default_rng(seed)
    cells = np.where(rng.random((250, 175)) < 0.3, 20, 250).astype(np.uint8)
    grey = np.repeat(np.repeat(cells, 4, axis=0), 4, axis=1)  # 4 px cells: 1 pt at 300 dpi
    side = round(16 * SCALE)
    grey[380 : 420 + side, 20 : 60 + side] = 250  # the margin round the hole is paper
    page = Image.fromarray(grey)
    ImageDraw.Draw(page).ellipse((40, 400, 40 + side, 400 + side), fill=10)
    return np.asarray(page), (40, 400, 40 + side, 400 + side)


def test_a_hole_among_scattered_dark_cells_is_found_alone():
    grey, (x0, top, x1, bottom) = _noisy_page_with_a_hole()
    boxes = hole_boxes(grey, SCALE)
    assert len(boxes) == 1, boxes
    bx0, btop, bx1, bbottom = boxes[0]
    assert bx0 <= x0 + 5 and btop <= top + 5 and bx1 >= x1 - 5 and bbottom >= bottom - 5


def test_only_areas_holding_a_solid_block_are_flooded(monkeypatch):
    grey, _ = _noisy_page_with_a_hole()
    asked = []

    def counted(mask, seeds=None):
        asked.append((int(mask.sum()), None if seeds is None else int((mask & seeds).sum())))
        return components(mask, seeds)

    monkeypatch.setattr(photos, "components", counted)
    hole_boxes(grey, SCALE)
    ((dark, starts),) = asked
    assert starts is not None and starts < dark // 10, asked  # every dark cell was a start of the flood before


def test_components_from_seeds_are_the_areas_holding_one():
    mask = np.zeros((6, 9), bool)
    mask[0:2, 0:2] = True  # a block
    mask[4, 4] = True  # a lone cell
    mask[1:4, 7] = True  # a thin line
    seeds = np.zeros_like(mask)
    seeds[0, 0] = seeds[3, 7] = True
    assert sorted(components(mask, seeds)) == [(0, 0, 2, 2, 4), (1, 7, 4, 8, 3)]
    assert len(components(mask)) == 3
