"""A fax scanner's dark streaks (dark_streaks): upright runs of ink through the text, told from a table's borders."""

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_dead_columns import SCALE, _page  # noqa: E402  (text lines of strokes, a stroke into each letter gap)

from bilagor.extractor.dark_streaks import dark_streaks, longest_runs, without_dark_streaks  # noqa: E402


def _table(page: np.ndarray, x: int) -> np.ndarray:
    """`page` with its text kept in cells either side of a border at `x`: a cell's padding of paper beside it,
    the border 4 px wide, joined by a row rule every 5 text lines."""
    page = page.copy()
    page[:, x - 20 : x + 24] = 255
    page[100:-100, x : x + 4] = 0  # inside the page's margins, as a form's table is
    for top in range(100, page.shape[0] - 100, 350):
        page[top : top + 4, 60:1140] = 0
    return page


def test_a_full_height_streak_is_found_and_taken_out():
    page = _page()
    page[:, 600:610] = 0
    assert dark_streaks(page, SCALE) == [(600, 610)]
    mended, found = without_dark_streaks(page, SCALE)
    assert found == [(600, 610)]
    # the paper between the lines is paper again; a stroke running through on both sides is bridged
    assert (mended[:45, 600:610] == 255).all()
    crossed = (page[:, 599] < 128) & (page[:, 610] < 128)
    assert crossed.any() and (mended[crossed, 600:610] < 128).all()


def test_a_partial_streak_through_text_lines_is_found():
    page = _page()
    page[700:1600, 500:508] = 0  # a third of the page or so, crossing a dozen lines
    assert dark_streaks(page, SCALE) == [(500, 508)]


def test_a_table_border_beside_padded_cells_is_no_streak():
    page = _table(_page(), 600)
    assert dark_streaks(page, SCALE) == []
    mended, found = without_dark_streaks(page, SCALE)
    assert not found and mended is page


def test_a_clean_page_is_returned_as_it_came():
    page = _page()
    mended, found = without_dark_streaks(page, SCALE)
    assert not found and mended is page


def test_a_streak_wider_than_a_scanner_line_is_no_streak():
    page = _page()
    page[:, 600:640] = 0  # a black bar 10 pt wide: a picture's edge, not a dirty scanning bar
    assert dark_streaks(page, SCALE) == []


def test_a_short_streak_ending_in_the_print_is_found_a_border_ending_at_rules_is_not():
    page = _page()
    for top, bottom, x in ((300, 800, 500), (1300, 1800, 800)):
        page[top - 20 : bottom + 20, x - 30 : x + 40] = 255  # paper round each run ...
        for line in (1, 3):  # ... but for two lines' letters across it
            page[top + line * 70 : top + line * 70 + 30, x - 30 : x + 40] = 0
        page[top:bottom, x : x + 8] = 0
    page[1296:1300, 700:900] = 0  # the second run is a border: a row's border at either end
    page[1800:1804, 700:900] = 0
    assert dark_streaks(page, SCALE) == [(500, 508)]


def test_a_border_a_pixel_wide_is_no_streak():
    page = _page()
    page[100:-100, 600:601] = 0  # inside the page's margins, as a form's border is
    assert dark_streaks(page, SCALE) == []


def test_longest_runs_counts_each_columns_longest_unbroken_run():
    ink = np.array([[1, 0, 1], [1, 0, 0], [0, 0, 1], [1, 0, 1], [1, 0, 1], [1, 1, 0]], dtype=bool)
    assert longest_runs(ink).tolist() == [3, 1, 3]


def test_tall_runs_side_by_side_that_never_share_a_row_are_no_streak():
    # a crumpled sheet's crease: two neighbouring columns each with a run of ink taller than a letter, one above
    # the other, so no row is inked across both (this once raised on an empty argmax)
    page = np.full((2000, 1200), 255, dtype=np.uint8)
    page[100:900, 600] = 0
    page[1000:1900, 601] = 0
    assert dark_streaks(page, SCALE) == []


def test_a_streak_one_fax_dot_wide_down_the_whole_page_is_found():
    page = _page()
    page[:, 600] = 0  # narrower than NARROWEST: only a run the page's whole height is taken so thin
    assert dark_streaks(page, SCALE) == [(600, 601)]
    page[:100, 600] = 255  # the same line stopping short of the top margin: a thin border's, left as it is
    assert dark_streaks(page, SCALE) == []


def test_a_streaks_grey_render_edges_lose_its_grey_and_keep_the_letters():
    page = _page()
    inked = {x: page[:, x] < 128 for x in (599, 604)}
    page[:, 600:604] = 0
    page[:, 599] = np.where(inked[599], page[:, 599], 140)  # the render's grey edges, darker where a letter is
    page[:, 604] = np.where(inked[604], page[:, 604], 200)
    mended, found = without_dark_streaks(page, SCALE)
    assert found == [(600, 604)]
    for x in (599, 604):
        assert (mended[~inked[x], x] == 255).all()  # no faint line left through the text
        assert inked[x].any() and (mended[inked[x], x] < 128).all()  # the letters' strokes kept
