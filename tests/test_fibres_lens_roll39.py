"""The thirty-fourth round's tuning degradations (tests/fixturegen/fibres_lens_roll39.py) do what they say, on pages
the test draws: grey paper with fibres on a blank page, a lens that magnifies round its centre, a rolled edge darker
than the flat one."""

from __future__ import annotations

import random

import numpy as np
import pytest

from fixturegen.fibres_lens_roll39 import fibres, lens, rolled


def _ruled(height: int = 1100, width: int = 850, gap: int = 20):
    """A white page with a dark row every `gap` px."""
    page = np.full((height, width), 255, np.uint8)
    page[::gap, :] = 0
    return page


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_recycled_paper_is_grey_with_dark_fibres(seed):
    page = fibres(np.full((1100, 850), 255, np.uint8), random.Random(seed))
    assert 180 <= float(np.median(page)) <= 225
    assert (page < np.median(page) - 40).sum() > 500  # fibres on a page with no print


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_lens_pushes_rows_apart_at_its_centre(seed):
    page = lens(_ruled(), random.Random(seed))
    widest = 0
    for column in range(0, page.shape[1], 25):
        rows = np.flatnonzero(page[100:-100, column] < 120)
        tops = rows[np.diff(rows, prepend=-10) > 1]  # the first pixel of each dark row
        if len(tops) > 1:
            widest = max(widest, int(np.diff(tops).max()))
    assert widest >= 26  # rows 20 px apart magnified at least 1.3 times under the lens


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_rolled_edge_is_darker(seed):
    page = rolled(np.full((1100, 850), 255, np.uint8), random.Random(seed)).astype(float)
    top, bottom = np.median(page[:50]), np.median(page[-50:])
    assert abs(top - bottom) > 30
