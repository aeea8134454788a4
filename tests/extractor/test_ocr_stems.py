"""Stems a thermal fax's dead column wiped out whole (ocr_stems): drawn in, and the surer reading of each word kept."""

import numpy as np

from bilagor.extractor import ocr
from bilagor.extractor.ocr_stems import barred, surer_words

SCALE = 300 / 72
COLUMN = (100, 104)  # a dead column 4 px wide


def _line(shape: str) -> np.ndarray:
    """A page (200 x 300 px) with one text line at rows 60-100 whose letter at the dead column is `shape`: "bowl"
    (a "b" whose stem the column took: its bowl's top and bottom arcs end at the column's right edge), "round"
    (an "o" the column cuts in the middle: both arcs cut on both edges), "gap" (between two letters)."""
    page = np.full((200, 300), 255, np.uint8)
    page[70:100, 40:44] = 0  # a letter left of it, so the line has ink within reach
    if shape == "gap":  # letters either side, neither touching the column
        page[70:100, 110:114] = 0
    elif shape == "bowl":
        page[80:83, 104:120] = 0  # top arc from the right edge
        page[97:100, 104:120] = 0  # bottom arc
        page[80:100, 117:120] = 0  # the bowl's right side
    else:  # its arcs a row lower right of the column than left of it: a joint or two at their rounding
        page[80:84, 90:100] = page[81:84, 100:114] = 0
        page[96:100, 90:100] = page[96:99, 100:114] = 0
        page[80:100, 90:93] = page[80:100, 111:114] = 0
        page[:, COLUMN[0] : COLUMN[1]] = 255
    return page


def test_a_wiped_stem_is_drawn_through_the_whole_line():
    page = _line("bowl")
    marked = barred(page, [COLUMN], SCALE, whole_line=True)
    assert (marked[70:100, COLUMN[0] : COLUMN[1]] == 0).all()  # the line's rows, the other letter's ascender's too
    assert (marked[:60, COLUMN[0] : COLUMN[1]] == 255).all() and (marked[110:, COLUMN[0] : COLUMN[1]] == 255).all()


def test_a_side_is_drawn_between_the_first_and_last_joint_only():
    marked = barred(_line("bowl"), [COLUMN], SCALE, whole_line=False)
    assert (marked[80:100, COLUMN[0] : COLUMN[1]] == 0).all()
    assert (marked[70:80, COLUMN[0] : COLUMN[1]] == 255).all()


def test_a_round_letter_cut_on_both_edges_or_a_gap_between_letters_gets_no_stem():
    for page in (_line("round"), _line("gap")):
        for whole in (True, False):
            assert (barred(page, [COLUMN], SCALE, whole_line=whole) == page).all()


def _hocr(*words: tuple[str, tuple[int, int, int, int], int]) -> bytes:
    spans = "".join(
        f"<span class='ocrx_word' title='bbox {' '.join(map(str, box))}; x_wconf {confidence}'>{text}</span>"
        for text, box, confidence in words
    )
    return (
        "<?xml version='1.0' encoding='UTF-8'?><html xmlns='http://www.w3.org/1999/xhtml'><body>"
        "<div class='ocr_page' title='bbox 0 0 1000 1000'><span class='ocr_line' "
        f"title='bbox 0 0 1000 60; baseline 0 -9; x_size 40'>{spans}</span></div></body></html>"
    ).encode()


def _texts(hocr: bytes) -> list[str]:
    return [w.text for w in ocr.words_from_hocr(hocr, SCALE)]


FIRST = _hocr(("Vid", (0, 10, 80, 50), 96), ("oktoaer", (90, 10, 260, 50), 78), ("beskrev", (270, 10, 420, 50), 60))


def test_a_word_across_a_column_is_taken_where_tesseract_is_surer():
    stems = _hocr(("Vid", (0, 10, 80, 50), 96), ("oktober", (90, 10, 262, 50), 96), ("beskrew", (270, 10, 420, 50), 91))
    sides = _hocr(("Vid", (0, 10, 80, 50), 96), ("oktooer", (90, 10, 262, 50), 80), ("beskrev", (270, 10, 420, 50), 60))
    # "beskrev" crosses no column: kept as first read, however sure the other reading is
    assert _texts(surer_words(FIRST, [sides, stems], [(200, 204)])) == ["Vid", "oktober", "beskrev"]


def test_a_less_sure_or_differently_split_reading_is_not_taken():
    less_sure = _hocr(("oktober", (90, 10, 262, 50), 70))
    split = _hocr(("okto", (90, 10, 170, 50), 97), ("ber", (180, 10, 262, 50), 97))
    assert surer_words(FIRST, [less_sure, split], [(200, 204)]) == FIRST


def test_a_word_split_at_the_column_is_taken_whole_where_tesseract_is_surer():
    split = _hocr(("Vi", (0, 10, 60, 50), 96), ("vi", (80, 10, 120, 50), 90), ("i", (140, 10, 160, 50), 40))
    whole = _hocr(("Vi", (0, 10, 60, 50), 96), ("vill", (80, 10, 162, 50), 93))
    assert _texts(surer_words(split, [whole], [(125, 130)])) == ["Vi", "vill"]
