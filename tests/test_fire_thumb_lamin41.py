"""The thirty-sixth round's scan fixtures (tests/fixturegen/fire_thumb_lamin41.py) draw what they say, on pages the
test makes: an edge burnt dark beside browned paper, a thumb's skin grey reaching in from a side, a pouch's sealed
edge and bubbles' rims on a laminated page."""

from __future__ import annotations

import random

import numpy as np

from fixturegen.fire_thumb_lamin41 import laminated, scorched, thumbed


def _blank():
    return np.full((1100, 850), 255, np.uint8)


def test_a_scorched_page_has_a_dark_edge_and_paper_in_the_middle():
    for seed in range(3):
        page = scorched(_blank(), random.Random(seed))
        edges = [page[:4].mean(), page[-4:].mean(), page[:, :4].mean(), page[:, -4:].mean()]
        assert min(edges) < 120  # an edge burnt dark
        assert np.median(page[400:700, 300:550]) > 180  # paper in the middle


def test_thumbs_lie_over_a_side_margin():
    for seed in range(3):
        page = thumbed(_blank(), random.Random(seed))
        sides = np.concatenate([page[:, :200].ravel(), page[:, -200:].ravel()])
        assert ((sides > 130) & (sides < 200)).sum() > 10000  # a thumb's skin grey


def test_a_laminated_page_has_a_sealed_edge_and_bubble_rims():
    page = laminated(_blank(), random.Random(4))
    assert (page[:40] < 200).any() and (page[:, :40] < 200).any()  # the pouch's sealed edge near the scan's edges
    assert (page[60:-60, 60:-60] < 200).sum() > 200  # the bubbles' dark refraction lines
