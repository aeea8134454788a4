"""The twenty-seventh round's scan classes on plain arrays: an inkjet's clogged nozzle rows (nozzle_rows), a folded
corner (folded_corner)."""

import numpy as np

from bilagor.extractor.folded_corner import corner_triangle, without_folded_corner
from bilagor.extractor.nozzle_rows import clogged_rows, without_clogged_rows

SCALE = 300 / 72


def _typed(stem: int = 4, seed: int = 3) -> np.ndarray:
    """A white page of text lines: upright stems `stem` px wide with a bar across, lines at uneven spacing."""
    rng = np.random.default_rng(seed)
    page = np.full((2400, 1500), 250, dtype=np.uint8)
    top = 80
    while top < 2250:
        x = 120 + int(rng.integers(0, 20))
        while x < 1350:
            page[top : top + 40, x : x + stem] = 20
            if rng.random() < 0.5:
                page[top + 18 : top + 18 + stem, x : x + 22] = 20
            x += int(rng.integers(stem + 8, stem + 26))
        top += int(rng.integers(60, 110))
    return page


def _clogged(page: np.ndarray, period: int, offsets: tuple[int, ...]) -> np.ndarray:
    out = page.copy()
    rows = np.arange(page.shape[0]) % period
    out[np.isin(rows, offsets)] = 246
    return out


def test_clogged_nozzle_rows_are_found_by_their_period_and_bridged():
    page = _typed()
    banded = _clogged(page, 140, (31, 32, 90))
    period, clogged = clogged_rows(banded, SCALE)
    assert period == 140 and clogged == [(31, 33), (90, 91)]
    mended, found = without_clogged_rows(banded, SCALE)
    assert found
    for top in range(31, page.shape[0] - 3, 140):
        cut = (page[top - 1] < 128) & (page[top + 2] < 128)
        assert (mended[top : top + 2, cut] < 128).all()


def test_a_page_without_clogged_rows_is_returned_as_it_came():
    page = _typed()
    mended, found = without_clogged_rows(page, SCALE)
    assert not found and mended is page


def test_every_other_swath_shifted_sideways_is_moved_back():
    page = _typed()
    shifted = page.copy()
    for top in range(50, page.shape[0], 280):
        shifted[top : top + 140] = np.roll(page[top : top + 140], 2, axis=1)
    banded = _clogged(shifted, 140, (100, 101))
    mended, found = without_clogged_rows(banded, SCALE)
    assert found
    for rows in (slice(55, 98), slice(104, 185)):  # a shifted swath's rows, clear of the clogged ones
        assert (banded[rows, 200:1300] == page[rows, 200:1300]).mean() < 0.95
        assert (mended[rows, 200:1300] == page[rows, 200:1300]).all()


def _folded(page: np.ndarray, across: int, down: int) -> tuple[np.ndarray, np.ndarray]:
    """`page` with its top right corner folded over (a dark lid triangle, the flap's faint mirrored print), and
    where the lid and the flap are."""
    height, width = page.shape
    ys, xs = np.mgrid[0:height, 0:width]
    lid = (width - 1 - xs) / across + ys / down < 1
    out = page.copy()
    norm = np.hypot(across, down)
    side = ((xs - (width - across)) * down - ys * across) / norm
    mx, my = np.rint(xs - 2 * side * down / norm).astype(int), np.rint(ys + 2 * side * across / norm).astype(int)
    inside = (mx >= 0) & (mx < width) & (my >= 0) & (my < height)
    mx, my = np.clip(mx, 0, width - 1), np.clip(my, 0, height - 1)
    flap = inside & lid[my, mx] & ~lid
    out[flap] = 245 - (255 - page[my, mx][flap]) // 6
    out[lid] = 40
    return out, lid | flap


def test_a_folded_corner_is_made_paper_and_the_mirror_not_read():
    page = _typed()
    folded, corner = _folded(page, 360, 300)
    assert (folded[corner] < 200).any()
    assert corner_triangle(folded) is not None
    mended, found = without_folded_corner(folded, SCALE)
    assert found
    assert (mended[corner] > 200).all()  # the lid and the flap: paper, no mirrored print left
    assert (mended[600:] == page[600:]).all()  # the page away from the corner untouched


def test_a_dark_block_at_a_corner_is_no_folded_corner():
    page = _typed()
    page[:300, -360:] = 40  # a photo or a dark box at the corner: a rectangle, not a triangle
    mended, found = without_folded_corner(page, SCALE)
    assert not found and mended is page
