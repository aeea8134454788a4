"""The thirty-fifth round's scan fixtures (tests/fixturegen/misreg_ruler_staple40.py) draw what they say, on pages
the test makes: the colour channels apart beside a black bar, a ruler's edges and ticks across a blank page, a top
sheet's edge with sheets beyond it and a staple in the top-left corner."""

from __future__ import annotations

import random

import numpy as np

from fixturegen.misreg_ruler_staple40 import misregistered, ruler, stapled


def _page():
    page = np.full((1100, 850), 255, np.uint8)
    page[500:520, 100:750] = 0  # a black bar
    return page


def test_the_colour_channels_are_out_of_register():
    rgb = misregistered(_page(), random.Random(3))
    assert rgb.shape == (1100, 850, 3)
    # the red channel's bar lies right of (or below) the green's: columns where red is paper and green ink
    red, green = rgb[..., 0].astype(int), rgb[..., 1].astype(int)
    assert ((green < 80) & (red > 180)).sum() >= 20  # a column of the bar's 20 rows at least


def test_a_ruler_crosses_a_blank_page():
    for seed in range(3):
        page = ruler(np.full((1100, 850), 255, np.uint8), random.Random(seed))
        dark = page < 120
        assert dark.sum() > 1500  # its edges, ticks and numbers
        assert dark[275:825].sum() > 0.2 * dark.sum()  # across the middle half (its ticks start off centre)


def test_a_stapled_top_sheet_with_sheets_below():
    page = stapled(np.full((1100, 850), 255, np.uint8), random.Random(5))
    # the staple in the top-left corner: a dark metallic bar
    assert (page[:250, :250] < 170).sum() > 100
    # beyond the top sheet's right edge the sheets below are darker than the top sheet's paper
    assert page[550, 845] < page[550, 400] - 3
