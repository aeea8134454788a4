"""Two pages turned a quarter on one sheet (issue #12): cut apart where their pages lie side by side (ocr_quarter,
on text ink masks of 1 pt cells drawn here), and each cell's reading whose lines Tesseract read down the page
taken for a turned page (ocr_orientation)."""

from __future__ import annotations

import numpy as np

from bilagor.extractor.ocr_orientation import better_turned, may_be_turned, read_down
from bilagor.extractor.ocr_quarter import turned_pages
from bilagor.extractor.ocr_sheet import cells, sheet_pages


def lines(mask, top: int, left: int, width: int, count: int, *, gap_after: int = 0) -> None:
    """`count` lines of 14 pt words (5 pt tall, 3 pt spaces, 12 pt apart) from (top, left); a blank band of three
    lines after the first `gap_after` lines (a page's space between sections)."""
    spaces = np.arange(width) % 17 >= 14
    for n in range(count):
        y = top + 12 * n + (36 if gap_after and n >= gap_after else 0)
        mask[y : y + 5, left : left + width] = ~spaces


def turned_page(height: int, width: int, margin: int, *, gap_after: int = 0):
    """A portrait page's mask (`height` x `width`, text inside `margin`) turned a quarter: its lines run down."""
    upright = np.zeros((height, width), bool)
    lines(upright, margin, margin, width - 2 * margin, (height - 2 * margin - 40) // 12, gap_after=gap_after)
    return np.ascontiguousarray(np.rot90(upright))


def test_two_turned_pages_side_by_side_on_a_landscape_sheet_are_cut_apart():
    # A4 landscape, two A4 pages turned and reduced to fit half its width: each a landscape block in a tall cell
    sheet = np.zeros((595, 842), bool)
    for left in (10, 431):
        sheet[150:445, left : left + 400] = turned_page(400, 295, 30)
    assert len(cells(sheet)) == 1  # ocr_sheet keeps a cut along the text lines whole
    found = turned_pages(sheet, (0, 0, 842, 595))
    assert len(found) == 2 and found[0][2] <= found[1][0]
    assert found[0][2] in range(400, 442)


def test_one_turned_page_with_a_blank_band_between_sections_stays_whole():
    sheet = np.zeros((595, 842), bool)
    sheet[:, :] = turned_page(842, 595, 60, gap_after=25)
    assert turned_pages(sheet, (0, 0, 842, 595)) == [(0, 0, 842, 595)]


def test_upright_pages_and_portrait_parts_are_left_to_ocr_sheet():
    sheet = np.zeros((595, 842), bool)
    lines(sheet, 40, 40, 330, 40)
    lines(sheet, 40, 470, 330, 40)
    assert turned_pages(sheet, (0, 0, 842, 595)) == [(0, 0, 842, 595)]  # lines across: not turned
    portrait = np.ascontiguousarray(np.rot90(sheet))
    assert turned_pages(portrait, (0, 0, 595, 842)) == [(0, 0, 595, 842)]


def hocr(*boxes, confidence: int = 88) -> bytes:
    words = "".join(
        f"<span class='ocrx_word' title='bbox {x0} {top} {x1} {bottom}; x_wconf {confidence}'>ord</span>"
        for x0, top, x1, bottom in boxes
    )
    return f"<html><body>{words}</body></html>".encode()


STANDING = [(100, 10 + 60 * n, 118, 60 + 60 * n) for n in range(8)]  # words read down a turned line
LYING = [(10 + 60 * n, 100, 60 + 60 * n, 118) for n in range(8)]


def test_a_reading_whose_words_stand_was_read_down_and_may_be_turned_though_read_surely():
    assert read_down(hocr(*STANDING)) and may_be_turned(hocr(*STANDING))
    assert not read_down(hocr(*LYING)) and not may_be_turned(hocr(*LYING))
    # an upright page's few standing words (a digit, an "l") do not make it turned
    assert not may_be_turned(hocr(*LYING, *STANDING[:3]))
    assert not read_down(hocr(*STANDING[:3]))  # too few words say nothing


def test_the_turned_reading_whose_words_lie_is_kept_over_one_read_down():
    assert better_turned(hocr(*STANDING, confidence=90), hocr(*LYING, confidence=85))
    assert not better_turned(hocr(*LYING, confidence=85), hocr(*STANDING, confidence=90))
    assert better_turned(hocr(*LYING, confidence=40), hocr(*LYING, confidence=85))  # else by confidence


def test_a_scanned_landscape_sheet_of_two_turned_pages_gives_two_pages_to_read():
    mask = np.zeros((595, 842), bool)
    for left in (10, 431):
        mask[150:445, left : left + 400] = turned_page(400, 295, 30)
    grey = np.where(np.kron(mask, np.ones((2, 2), bool)), 30, 240).astype(np.uint8)  # 144 dpi: 2 px a point
    pages = sheet_pages(grey, 2.0)
    assert pages is not None and len(pages) == 2
    (first, _), (second, _) = pages
    assert first[2] <= second[0] and 800 <= second[0] <= 884
