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


def ring(mask, top: int, left: int, height: int, width: int, rim: int = 3) -> None:
    """A coffee cup's ring drawn on `mask`: an ellipse's rim `rim` pt wide (a figure, no text)."""
    ys, xs = np.mgrid[:height, :width]
    dist = np.hypot((ys - (height - 1) / 2) / (height / 2), (xs - (width - 1) / 2) / (width / 2))
    mask[top : top + height, left : left + width] |= (dist <= 1) & (dist >= 1 - 2 * rim / (height + width))


def test_a_ring_beside_one_turned_page_is_no_second_page():
    sheet = np.zeros((595, 842), bool)
    sheet[150:445, 431:831] = turned_page(400, 295, 30)
    ring(sheet, 180, 140, 160, 100, rim=5)  # taller than wide: its ink's runs are longer down, as a turned page's
    assert turned_pages(sheet, (0, 0, 842, 595)) == [(0, 0, 842, 595)]
    # beside a second page it changes nothing: two pages still
    sheet[150:445, 10:410] |= turned_page(400, 295, 30)
    assert len(turned_pages(sheet, (0, 0, 842, 595))) == 2


def test_a_rings_grey_rim_is_made_paper_on_a_page_cut_from_a_sheet_and_the_print_kept():
    mask = np.zeros((842, 595), bool)  # portrait A4, two A5 pages turned a quarter, one above the other
    for top in (10, 431):
        mask[top : top + 400, 10:585] = turned_page(575, 400, 30)
    rim = np.zeros_like(mask)
    ring(rim, 100, 460, 120, 120)  # over the foot of the upper page, crossing its last lines
    grey = np.where(mask, 30, 245).astype(np.uint8)
    grey[rim & ~mask] = 150  # the rim's grey over paper, the print dark where it crosses
    big = np.kron(grey, np.ones((2, 2), np.uint8))  # 144 dpi: 2 px a point
    pages = sheet_pages(big, 2.0)
    assert pages is not None and len(pages) == 2
    (x0, top, _, _), image = pages[0]
    rim_px = np.kron(rim & ~mask, np.ones((2, 2), bool))[top : top + image.shape[0], x0 : x0 + image.shape[1]]
    print_px = np.kron(mask, np.ones((2, 2), bool))[top : top + image.shape[0], x0 : x0 + image.shape[1]]
    assert rim_px.any() and (image[rim_px] > 200).all()
    assert (image[print_px] < 100).all()
