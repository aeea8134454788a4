"""A film's scratches (thin light lines) are no paper's light when a faded print is flattened (light_lines, issue #12).

Synthetic pages at 300 dpi: dim paper, grey "text" bars in lines, and a scratch (a light column 3 px wide)."""

from __future__ import annotations

import numpy as np

from bilagor.extractor.light_lines import has_light_lines, without_light_lines
from bilagor.extractor.page_photo import flattened

SCALE = 300 / 72
PAPER, INK, SCRATCH = 200, 90, 255


def text_page(width=1200, height=1400):
    """Dim paper with lines of grey word bars 28 px tall, 14 px (3.4 pt) of paper between the lines."""
    page = np.full((height, width), PAPER, np.uint8)
    for top in range(100, height - 100, 42):
        for left in range(100, width - 100, 130):
            page[top : top + 28, left : left + 100] = INK
    return page


def scratched(page, x=613):
    page = page.copy()
    page[:, x : x + 3] = SCRATCH
    return page


def test_a_scratch_down_the_page_is_a_light_line_along_it_only():
    page = scratched(text_page())
    assert has_light_lines(page, SCALE, 0)
    assert not has_light_lines(page, SCALE, 1)


def test_gaps_between_lines_of_text_are_no_light_lines():
    page = text_page()
    assert not has_light_lines(page, SCALE, 0)
    assert not has_light_lines(page, SCALE, 1)


def test_a_scratch_across_the_page_is_a_light_line_across():
    page = scratched(text_page()).T.copy()
    assert has_light_lines(page, SCALE, 1)
    assert not has_light_lines(page, SCALE, 0)


def test_a_thin_light_column_of_the_grid_is_taken_down_a_wide_one_kept():
    grid = np.full((20, 30), 150, np.uint8)
    grid[:, 5] = 220  # one cell wide: a scratch
    grid[:, 15:22] = 220  # seven cells: paper
    out = without_light_lines(grid, (0,))
    assert (out[:, 5] == 150).all()
    assert (out[:, 15:22] == 220).all()
    assert (without_light_lines(grid, ()) == grid).all()


def test_flattening_leaves_no_grey_band_beside_a_scratch():
    page = scratched(text_page())
    flat = flattened(page, SCALE)
    # paper between two lines of text, 30 px (7 pt) right of the scratch: within reach of the scratch's light
    beside = flat[100 + 28 + 4 : 100 + 28 + 10, 650:660]
    far = flat[100 + 28 + 4 : 100 + 28 + 10, 1000:1010]
    assert beside.min() >= far.min() - 5
    assert beside.min() > 240
