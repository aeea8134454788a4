"""A fax fed at a slant (deskew.estimate_shear, unsheared): its rows shifted a little more down the page."""

import numpy as np

from bilagor.extractor.deskew import estimate_shear, unsheared

SCALE = 300 / 72


def _form() -> np.ndarray:
    """A page with a table's borders and left-aligned text lines of upright strokes in two columns."""
    rng = np.random.default_rng(5)
    page = np.full((3000, 2000), 255, dtype=np.uint8)
    for x in (200, 800, 1800):
        page[200:2800, x : x + 4] = 0
    for top in range(220, 2780, 70):
        for left, right in ((230, 760), (830, 1760)):
            x = left
            while x < right - 40:
                width = int(rng.integers(3, 6))
                page[top : top + 30, x : x + width] = 0
                x += width + int(rng.integers(10, 22))
    return page


def _sheared(page: np.ndarray, slope: float, bend: float = 0.0) -> np.ndarray:
    """`page` with row y moved right by slope * y + bend * y^2 / height: the inverse of unsheared."""
    return unsheared(page, -slope, -bend)


def test_a_page_fed_true_has_no_shear():
    assert estimate_shear(_form(), SCALE) == (0.0, 0.0)


def test_an_even_slant_is_measured():
    slope, bend = estimate_shear(_sheared(_form(), 0.012), SCALE)
    assert abs(slope + bend - 0.012) < 0.002  # the drift at the page's foot


def test_a_slant_growing_down_the_page_is_measured_and_undone():
    form = _form()
    shear = estimate_shear(_sheared(form, 0.008, 0.01), SCALE)
    assert shear != (0.0, 0.0)
    straight = unsheared(_sheared(form, 0.008, 0.01), *shear)
    # the borders stand upright again: a border's column is ink from its top to its foot
    for x in (200, 800, 1800):
        assert (straight[200:2800, x - 2 : x + 6] < 128).any(axis=1).mean() > 0.98
        assert (straight[2790, x - 2 : x + 6] < 128).sum() >= 3  # at the foot, where the slant moved it most


def test_unsheared_moves_rows_and_whitens_what_it_uncovers():
    page = np.full((10, 20), 255, dtype=np.uint8)
    page[:, 10] = 0
    moved = unsheared(page, 0.5, 0.0)  # row y moved left by y / 2
    assert [int(np.argmin(row)) for row in moved] == [10 - round(0.5 * y) for y in range(10)]
    assert (moved[9, -5:] == 255).all()


def test_a_slight_slant_is_left_alone():
    page = _form()
    assert estimate_shear(_sheared(page, 0.0005), SCALE) == (0.0, 0.0)


def test_an_upright_streak_does_not_hold_the_measure_at_none():
    page = _sheared(_form(), 0.012)
    for x in (500, 1200, 1500):  # a scanner's streaks, upright through the sheared page
        page[:, x : x + 10] = 0
    slope, bend = estimate_shear(page, SCALE)
    assert abs(slope + bend - 0.012) < 0.002
