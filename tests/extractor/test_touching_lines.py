"""Touching text lines parted before OCR (extractor.touching_lines), on plain pixel arrays."""

from __future__ import annotations

import numpy as np

from bilagor.extractor.photos import components
from bilagor.extractor.touching_lines import lines_parted

PITCH, X_HEIGHT = 40, 20  # px: a line every 40 rows, its x-height band 20 rows (a 6 lpi printout at 240 dpi)
SCALE = 240 / 72


def _page(lines: int, *, hook: bool, ascender: bool) -> np.ndarray:
    """White paper with `lines` rows of letter blocks (each 10 px wide, 4 apart); the first line's third letter a
    "g" whose descender reaches 12 rows below its band (to the next line's ascender zone when `hook`), the next
    line's third letter a capital with a ring 8 rows above its band (when `ascender`)."""
    page = np.full((PITCH * (lines + 1), 400), 250, np.uint8)
    for line in range(lines):
        top = PITCH // 2 + line * PITCH
        for letter in range(25):
            x = 20 + letter * 14
            page[top : top + X_HEIGHT, x : x + 10] = 30
    x = 20 + 2 * 14
    first_bottom = PITCH // 2 + X_HEIGHT
    page[first_bottom : first_bottom + (12 if hook else 5), x + 6 : x + 10] = 30  # the descender's stem
    if ascender:
        second_top = PITCH // 2 + PITCH
        page[second_top - 8 : second_top, x + 3 : x + 8] = 30  # a ring over a capital
    return page


def _joined_lines(page: np.ndarray) -> bool:
    """Whether some ink area reaches from the first line's band into the second's."""
    first = PITCH // 2 + X_HEIGHT // 2
    second = first + PITCH
    for top, _, bottom, _, _ in components(page < 160):
        if top <= first and bottom > second:
            return True
    return False


def test_a_descender_touching_the_next_lines_ascender_is_cut_between_them():
    page = _page(3, hook=True, ascender=True)
    assert _joined_lines(page)
    parted, cuts = lines_parted(page, SCALE)
    assert cuts and not _joined_lines(parted)
    # only the bridge's own columns: the x-height bands and the rest of the gap row are as they were
    changed = np.argwhere(parted != page)
    assert set(changed[:, 1]) <= set(range(20 + 2 * 14, 20 + 2 * 14 + 10))
    assert len(set(changed[:, 0])) == 1


def test_a_descender_touching_nothing_and_lines_apart_are_left_whole():
    for page in (_page(3, hook=False, ascender=True), _page(3, hook=True, ascender=False)):
        parted, cuts = lines_parted(page, SCALE)
        assert cuts == [] and parted is page


def test_one_line_with_a_ring_over_a_capital_is_one_band_not_two():
    page = _page(1, hook=False, ascender=False)
    page[PITCH // 2 - 6 : PITCH // 2 - 2, 50:56] = 30  # a ring above the line, apart from its letter
    page[PITCH // 2 - 2 : PITCH // 2, 52:54] = 30  # ... and touching it
    parted, cuts = lines_parted(page, SCALE)
    assert cuts == [] and parted is page


def test_a_blank_page_is_left_as_it_is():
    page = np.full((200, 200), 255, np.uint8)
    assert lines_parted(page, SCALE) == (page, [])


def test_a_disk_in_the_margin_between_two_lines_is_left_whole():
    page = _page(3, hook=False, ascender=False)
    page = np.pad(page, ((0, 0), (60, 0)), constant_values=250)
    ys, xs = np.mgrid[0 : page.shape[0], 0 : page.shape[1]]
    page[np.hypot(ys - (PITCH // 2 + X_HEIGHT + 10), xs - 30) <= 18] = 110  # a sprocket hole, 11 pt, the lid's grey
    parted, cuts = lines_parted(page, SCALE)
    assert cuts == [] and parted is page


def test_a_short_frame_side_between_a_label_and_its_answer_is_left_whole():
    page = _page(3, hook=False, ascender=False)
    page[PITCH // 2 - 4 : PITCH // 2 + PITCH + X_HEIGHT + 4, 10:13] = 30  # a box's side, 3 px, down two lines
    parted, cuts = lines_parted(page, SCALE)
    assert cuts == [] and parted is page
