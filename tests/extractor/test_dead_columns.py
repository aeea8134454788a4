"""Dead print-head columns of a thermal fax (dead_columns): told from letter gaps by the strokes they cut."""

import numpy as np

from bilagor.extractor.dead_columns import dead_columns, without_dead_columns

SCALE = 300 / 72


def _page(lines: int = 30) -> np.ndarray:
    """A white page with `lines` text lines of bars (strokes) at varying x, one line every 16 pt."""
    rng = np.random.default_rng(7)
    page = np.full((lines * 70 + 100, 1200), 255, dtype=np.uint8)
    for line in range(lines):
        top = 50 + line * 70
        x = 100 + int(rng.integers(0, 12))
        while x < 1100:
            width = int(rng.integers(8, 30))
            page[top : top + 30, x : x + width] = 0
            page[top + 14 : top + 17, x : x + width + 6] = 0  # a horizontal stroke into the letter gap
            x += width + int(rng.integers(4, 10))
    return page


def test_a_dead_column_is_found_and_its_cut_strokes_joined():
    page = _page()
    page[:, 600:604] = 255  # a dead element: paper down the whole page
    assert dead_columns(page, SCALE) == [(600, 604)]
    mended, found = without_dead_columns(page, SCALE)
    assert found
    cut = (page[:, 599] < 128) & (page[:, 604] < 128)
    assert cut.any() and (mended[cut, 600:604] < 128).all()


def test_a_clean_page_is_returned_as_it_came():
    page = _page()
    mended, found = without_dead_columns(page, SCALE)
    assert not found and mended is page


def test_aligned_letter_gaps_of_a_label_column_are_no_dead_column():
    page = _page()
    # labels at one x, a gap between the same letters in every line: the other lines' ink crosses it
    for line in range(0, 30, 2):
        top = 50 + line * 70
        page[top : top + 30, 300:340] = 0
        page[top : top + 30, 340:344] = 255
        page[top : top + 30, 344:380] = 0
    assert dead_columns(page, SCALE) == []


def test_a_gap_between_two_text_columns_is_no_dead_column():
    page = _page()
    page[:, 590:615] = 255  # a gutter wider than four dead dots
    assert dead_columns(page, SCALE) == []


def test_a_row_with_ink_on_one_side_only_stays_paper():
    page = _page()
    page[:, 600:604] = 255
    uncut = ~((page[:, 599] < 128) & (page[:, 604] < 128))
    page[uncut, 599] = page[uncut, 604] = 200  # two letters' grey edges across a gap: no stroke cut
    mended, _ = without_dead_columns(page, SCALE)
    assert (mended[uncut, 600:604] == 255).all()
