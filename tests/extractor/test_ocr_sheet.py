"""Sheets of several pages (n-up scans) cut into their pages in reading order: ocr_sheet's geometry on text ink
masks (1 pt cells) drawn here, and the layout splitting the pages the OCR read apart."""

from __future__ import annotations

import numpy as np

from bilagor.extractor.layout.twoup import split_two_up
from bilagor.extractor.dashed_lines import dashed_lines
from bilagor.extractor.ocr import joined_sheet
from bilagor.extractor.ocr_sheet import cells, reading_order
from bilagor.extractor.ocr_twoup import text_ink
from bilagor.extractor.words import Page, Word

A4 = (842, 595)  # rows, columns of a portrait A4 sheet's mask


def text_block(mask, top: int, left: int, width: int, lines: int, *, line: int = 12, gap_every: int = 0) -> None:
    """Lines of words (5 pt tall, 3 pt word spaces) drawn into `mask` from (top, left); `gap_every` > 0 leaves
    a blank band of three lines after every that many lines (a form's space between sections)."""
    y = top
    for n in range(lines):
        x = left
        while x < left + width - 4:
            word = 4 + (7 * n + x) % 23
            mask[y : y + 5, x : min(x + word, left + width)] = True
            x += word + 3
        y += line + (3 * line if gap_every and (n + 1) % gap_every == 0 else 0)


def page(mask, top: int, left: int, height: int, width: int, lines: int | None = None) -> None:
    """A page's text in the box (top, left, height, width): 10% margins, lines filling it."""
    margin_y, margin_x = height // 10, width // 10
    fit = (height - 2 * margin_y) // 12
    text_block(mask, top + margin_y, left + margin_x, width - 2 * margin_x, fit if lines is None else lines)


def turned(mask):
    """The mask of a page turned 90° on the sheet: its lines run down."""
    return np.ascontiguousarray(np.rot90(mask))


def test_four_pages_on_a_sheet_are_read_left_to_right_then_top_to_bottom():
    sheet = np.zeros(A4, bool)
    for row in range(2):
        for col in range(2):
            page(sheet, row * 421, col * 297, 421, 297)
    found = cells(sheet)
    assert len(found) == 4
    centres = [((x0 + x1) / 2, (top + bottom) / 2) for x0, top, x1, bottom in found]
    assert [(x < 297, y < 421) for x, y in centres] == [(True, True), (False, True), (True, False), (False, False)]


def test_a_sheet_whose_last_cell_is_blank_keeps_its_pages_apart():
    sheet = np.zeros(A4, bool)
    page(sheet, 0, 0, 421, 297)
    page(sheet, 0, 297, 421, 297)
    page(sheet, 421, 0, 421, 297)
    found = cells(sheet)
    assert len(found) == 4 and not sheet[found[3][1] : found[3][3], found[3][0] : found[3][2]].any()


def test_uneven_cells_are_cut_at_their_own_gutters():
    sheet = np.zeros(A4, bool)
    page(sheet, 10, 0, 380, 250)  # a smaller page high up, the next one wider
    page(sheet, 0, 262, 420, 333)
    page(sheet, 440, 0, 400, 300)
    page(sheet, 430, 300, 410, 295)
    found = cells(sheet)
    assert len(found) == 4
    assert 225 < found[0][2] < 295  # between the first page's text and the second's, wherever the middle lies


def test_two_pages_turned_on_a_portrait_sheet_are_two_pages():
    # two portrait pages printed turned, one above the other: their lines run down the sheet
    landscape = np.zeros((595, 842), bool)
    page(landscape, 0, 0, 595, 421)
    page(landscape, 0, 421, 595, 421)
    sheet = turned(landscape)
    found = cells(sheet)
    assert len(found) == 2 and found[0][3] <= found[1][1]


def test_a_page_turned_among_upright_ones_is_its_own_cell():
    sheet = np.zeros(A4, bool)
    page(sheet, 0, 0, 421, 297)
    cell = np.zeros((297, 421), bool)
    page(cell, 0, 0, 297, 421)
    sheet[0:421, 297:594] = turned(cell)
    page(sheet, 421, 0, 421, 297)
    page(sheet, 421, 297, 421, 297)
    assert len(cells(sheet)) == 4


def test_one_page_with_blank_bands_and_two_columns_is_not_cut():
    # a form: a title across the page, then labels and short answers in two columns, a wide blank band
    # between its sections at the middle; and a landscape page whose lines run across its middle
    form = np.zeros(A4, bool)
    text_block(form, 60, 60, 470, 1)
    for top in (100, 470):
        for n in range(12):
            text_block(form, top + 24 * n, 60, 120, 1)
            text_block(form, top + 24 * n, 330, 140, 1)
    assert len(cells(form)) == 1
    wide = np.zeros((595, 842), bool)
    text_block(wide, 60, 50, 740, 30, gap_every=5)
    assert len(cells(wide)) == 1


def test_a_short_page_beside_a_full_one_is_not_cut_again():
    # two-up: the right page holds a few label and answer lines at its top; its blank foot and the gap
    # between its columns are no gutters (the left page beside it is one page)
    sheet = np.zeros((595, 842), bool)
    page(sheet, 0, 0, 595, 421)
    for n in range(6):
        text_block(sheet, 70 + 18 * n, 470, 90, 1)
        text_block(sheet, 70 + 18 * n, 660, 120, 1)
    found = cells(sheet)
    assert len(found) == 2 and found[0][2] == found[1][0]


def test_reading_order_takes_rows_top_to_bottom_and_each_row_left_to_right():
    boxes = [(0, 0, 50, 40), (0, 42, 50, 80), (50, 2, 100, 41), (50, 40, 100, 80)]
    assert reading_order(boxes) == [(0, 0, 50, 40), (50, 2, 100, 41), (0, 42, 50, 80), (50, 40, 100, 80)]


def _word(text: str, x0: float, top: float) -> Word:
    return Word(text, x0, x0 + 6 * len(text), top, top + 10)


def test_pages_read_apart_become_pages_again_in_the_layout():
    parts = [
        Page(1, 200.0, 300.0, [_word("Ett", 20, 20)], [(10.0, 50.0, 150.0, 51.0)]),
        Page(1, 200.0, 300.0, [_word("Två", 20, 20)]),
        Page(1, 300.0, 200.0, [_word("Tre", 30, 20)]),  # turned upright by the OCR: wider than tall
    ]
    sheet = joined_sheet(parts)
    assert (sheet.width, sheet.height, sheet.sheet_cuts) == (700.0, 300.0, (200.0, 400.0))
    pages = split_two_up([sheet, Page(2, 595.0, 842.0, [_word("Fyra", 20, 20)])])
    assert [(p.number, p.width, [(w.text, w.x0) for w in p.words]) for p in pages] == [
        (1, 200.0, [("Ett", 20.0)]),
        (2, 200.0, [("Två", 20.0)]),
        (3, 300.0, [("Tre", 30.0)]),
        (4, 595.0, [("Fyra", 20.0)]),
    ]
    assert pages[0].rules == [(10.0, 50.0, 150.0, 51.0)] and pages[1].rules == []


def test_a_turned_page_s_few_lines_are_not_taken_for_a_gutter():
    # one above the other, turned: the second page holds a heading and a footer of two lines. The heading
    # puts only a letter's height of ink in a row of the sheet, less than a share of the row: still no gutter.
    full, sparse = np.zeros((595, 842), bool), np.zeros((595, 842), bool)
    page(full, 0, 0, 595, 421)
    text_block(sparse, 70, 470, 150, 1)
    text_block(sparse, 530, 720, 60, 2)
    first, second = turned(full), turned(sparse)
    found = cells(first | second)
    assert len(found) == 2
    for x0, top, x1, bottom in found:
        assert not (first[top:bottom, x0:x1].any() and second[top:bottom, x0:x1].any())


def test_a_page_written_only_at_its_top_in_two_columns_stays_one_page():
    # A form's last page: a label column and an answer column in its upper third, the rest blank. Its blank
    # lower half is no gutter between two rows of pages, so its columns must not be cut apart.
    sheet = np.zeros(A4, bool)
    text_block(sheet, 60, 60, 200, 22)
    text_block(sheet, 60, 320, 220, 22)
    assert cells(sheet) == [(0, 0, A4[1], A4[0])]


def test_a_one_page_form_in_the_first_cell_of_four_is_cut_out():
    # four A6 pages on one A4 sheet, the form ran out after its first page: three cells blank
    sheet = np.zeros(A4, bool)
    page(sheet, 0, 0, 421, 297)
    found = cells(sheet)
    assert len(found) == 3 and sheet[found[0][1] : found[0][3], found[0][0] : found[0][2]].sum() == sheet.sum()


def test_two_pages_above_a_blank_row_are_cut_apart():
    # a two-page form on a 2 x 2 sheet, the lower row blank: between the two text blocks lie both pages'
    # margins, twice the paper outside them (the lead's label and answer columns stand a margin apart)
    sheet = np.zeros(A4, bool)
    page(sheet, 0, 0, 421, 297)
    page(sheet, 6, 297, 415, 297)
    found = cells(sheet)
    assert len(found) == 3 and found[0][2] == found[1][0] and found[0][3] <= found[2][1]


def cut_marks(mask, *, dash: int = 3) -> None:
    """A copier's dashed cut marks, one cell thick, across and down the middle of `mask`."""
    rows, cols = mask.shape
    for x in range(0, cols, 2 * dash):
        mask[rows // 2, x : x + dash] = True
    for y in range(0, rows, 2 * dash):
        mask[y : y + dash, cols // 2] = True


def ink_of(mask):
    """The text ink mask (ocr_twoup.text_ink) of a grey sheet drawn from `mask` at one pixel a point."""
    return text_ink(np.where(mask, 30, 240).astype(np.uint8), 1.0)


def test_dashed_cut_marks_are_told_from_lines_of_text():
    sheet = np.zeros(A4, bool)
    page(sheet, 0, 0, 421, 297)
    text = sheet.copy()
    cut_marks(sheet)
    marks = sheet & ~text
    found = dashed_lines(sheet)
    assert (found & marks).sum() >= 0.95 * marks.sum()
    assert not (found & text).any()
    ink = ink_of(sheet)  # where the lines cross, a cell may stay
    assert (ink & marks).sum() <= 0.01 * marks.sum() and (ink & text).sum() >= 0.95 * text.sum()


def test_four_pages_with_cut_marks_in_narrow_gutters_are_cut_apart():
    # four A6 pages, each page's text from 20 pt below its quarter's top to 12 pt above its foot: the gutter
    # across the text lines is 32 pt, but the dashed line in it leaves two bands of 12 and 20
    sheet = np.zeros(A4, bool)
    for row in range(2):
        for col in range(2):
            text_block(sheet, row * 421 + 20, col * 297 + 30, 237, 33)
    cut_marks(sheet)
    found = cells(ink_of(sheet))
    assert len(found) == 4 and found[0][3] == found[2][1] and found[0][2] == found[1][0]


def test_a_short_page_beside_a_full_one_above_a_blank_row_with_cut_marks_is_cut_out():
    # a two-page form on a four-up sheet: the second page holds two lines at its top, the lower row is blank
    sheet = np.zeros(A4, bool)
    text_block(sheet, 30, 25, 245, 30)
    text_block(sheet, 30, 297 + 25, 60, 2)
    cut_marks(sheet)
    found = cells(ink_of(sheet))
    assert len(found) == 3 and 270 <= found[0][2] <= 322 and found[0][3] <= found[2][1]


A3_WIDE = (842, 1191)  # rows, columns of a landscape A3 sheet's mask
THIRD = 397  # a column of three pages across it


def own_page(mask, top: int, left: int, height: int, width: int, section: int) -> None:
    """A page's text in the box (10% margins) with lines of its own: a running header, then sections of `section`
    lines 12 pt apart, 17 pt between sections (a page's lines start where its own sections put them)."""
    margin_y, margin_x = height // 10, width // 10
    text_block(mask, top + margin_y // 2, left + width - margin_x - 60, 60, 1)
    y, n = top + margin_y, 0
    while y < top + height - margin_y - 5:
        x = left + margin_x
        while x < left + width - margin_x - 4:  # words as text_block's n-th line has them
            word = 4 + (7 * n + x) % 23
            mask[y : y + 5, x : min(x + word, left + width - margin_x)] = True
            x += word + 3
        n += 1
        y += 12 + (5 if n % section == 0 else 0)


def across(count: int, written: int, shape=A3_WIDE):
    """A wide sheet of `count` pages side by side (A4 pages reduced to a column's width, 10% margins, each page's
    sections of its own length), the first `written` of them holding text."""
    sheet = np.zeros(shape, bool)
    width = shape[1] // count
    height = round(width * 842 / 595)
    for n in range(written):
        own_page(sheet, (shape[0] - height) // 2, n * width, height, width, section=3 + n)
    return sheet


def holding(sheet, box) -> int:
    x0, top, x1, bottom = box
    return int(sheet[top:bottom, x0:x1].sum())


def each_page_whole(sheet, found, width: int) -> bool:
    """Whether the n-th box holds all the ink of the sheet's n-th column `width` wide."""
    column_ink = [int(sheet[:, n * width : (n + 1) * width].sum()) for n in range(len(found))]
    return [holding(sheet, box) for box in found] == column_ink


def test_three_pages_across_a_wide_sheet_are_three_pages_left_to_right():
    # the sheet's middle lies inside the second page: halving it cuts that page in two
    sheet = across(3, 3)
    found = cells(sheet)
    assert len(found) == 3 and each_page_whole(sheet, found, THIRD)


def test_four_pages_across_a_wide_sheet_are_four_pages():
    # the halves of the sheet hold two pages side by side, though each half is taller than wide
    sheet = across(4, 4)
    found = cells(sheet)
    assert len(found) == 4 and each_page_whole(sheet, found, A3_WIDE[1] // 4)


def test_a_form_that_ran_out_leaves_the_last_page_across_blank():
    sheet = across(3, 2)
    found = cells(sheet)
    assert len(found) == 3 and holding(sheet, found[2]) == 0 and each_page_whole(sheet, found, THIRD)


def test_a_one_page_form_on_a_sheet_of_three_across_is_cut_at_the_thirds():
    # its paper runs on from its right margin to the sheet's edge: cut where the next pages would stand
    sheet = across(3, 1)
    found = cells(sheet)
    assert len(found) == 3 and found[0][2] == THIRD and holding(sheet, found[0]) == sheet.sum()


def test_a_blank_cells_frame_corners_give_no_page_text():
    # the corners a framed cell keeps when its frame's long runs are taken out: specks, not a page of text
    sheet = across(3, 1)
    for top, left in ((30, 420), (30, 780), (800, 420), (800, 780)):
        sheet[top : top + 2, left : left + 2] = True
    found = cells(sheet)
    assert len(found) == 3 and found[0][2] == THIRD


def test_a_rule_down_the_gutters_between_pages_across_is_no_text():
    # a print shop's hairline down each gutter, slanted by the scan: bits of ink a few cells wide, halving the
    # paper between the pages into bands narrower than two margins
    sheet = across(3, 3)
    for gutter in (THIRD, 2 * THIRD):
        for step in range(8):
            sheet[step * 106 : (step + 1) * 106, gutter - 4 + step] = True
    found = cells(sheet)
    assert len(found) == 3 and each_page_whole(sheet, found, THIRD)


def test_a_two_up_sheet_whose_pages_columns_meet_at_its_quarters_is_two_pages():
    # two pages on a landscape A4 sheet, narrow margins, each page's label and answer columns 31 pt apart at the
    # sheet's quarters, 80 pt between the pages: its gutters are not alike, so it is no sheet of four pages across
    sheet = np.zeros((595, 842), bool)
    for left in (0, 441):
        text_block(sheet, 40, left + 20, 170, 40)
        text_block(sheet, 40, left + 221, 160, 40)
    found = cells(sheet)
    assert len(found) == 2 and 390 <= found[0][2] <= 461


def test_one_landscape_page_with_three_columns_of_text_is_not_cut():
    # a wide table: its columns stand no further apart than the page's margin is wide
    sheet = np.zeros((595, 842), bool)
    for left in (60, 320, 580):
        text_block(sheet, 60, left, 200, 38)
    assert cells(sheet) == [(0, 0, 842, 595)]


def test_a_page_alone_on_a_wide_sheet_is_cut_a_margin_clear_of_its_text():
    # its text ends 7 pt before the sheet's first quarter: cut there, the OCR would get no paper beside it
    sheet = np.zeros(A3_WIDE, bool)
    text_block(sheet, 150, 40, 250, 40)
    right = int(sheet.any(axis=0).nonzero()[0][-1]) + 1
    found = cells(sheet)
    assert len(found) > 1 and holding(sheet, found[0]) == sheet.sum() and found[0][2] - right >= 12


def test_a_landscape_page_of_a_few_lines_is_not_cut_at_its_thirds():
    # a last page: its header, a line of small letters across it (no more ink in a column than a gutter's dust), a
    # few short lines and its page number: the first third holds no page's height of text
    sheet = np.zeros((595, 842), bool)
    text_block(sheet, 34, 50, 60, 1)
    text_block(sheet, 30, 700, 100, 1)
    for x in range(50, 800, 9):
        sheet[80:83, x : x + 6] = True
    text_block(sheet, 95, 50, 60, 1)
    text_block(sheet, 125, 50, 100, 1)
    text_block(sheet, 560, 400, 60, 1)
    assert len(cells(sheet)) < 3


def test_a_landscape_form_of_labels_beside_their_answers_is_not_cut_at_its_quarters():
    # each label starts on its answer's first line: one text block's columns, though its gutter lies at the sheet's
    # first quarter and its paper runs on from the answers to the sheet's edge
    sheet = np.zeros((595, 842), bool)
    y = 60
    for rows in (1, 3, 2, 5, 1, 4, 2, 3, 6, 2, 3):
        text_block(sheet, y, 40, 120, 1 + rows % 2)
        text_block(sheet, y, 250, 150, rows)
        y += 12 * rows + 8
    assert len(cells(sheet)) < 3


def test_a_short_page_whose_frame_corners_reach_down_the_sheet_is_no_full_page():
    # a few lines at the top of a framed cell: the corners its frame keeps are specks, not text running down it
    sheet = np.zeros(A3_WIDE, bool)
    text_block(sheet, 100, 60, 260, 8)
    for top, left in ((20, 20), (20, 380), (820, 20), (820, 380)):
        sheet[top : top + 2, left : left + 2] = True
    assert len(cells(sheet)) != 3


def test_one_narrow_column_down_a_landscape_page_is_not_cut_at_its_thirds():
    # a list down the left of a page, the rest blank: a page's height of text, not a page's width in its third
    sheet = np.zeros((595, 842), bool)
    text_block(sheet, 60, 50, 120, 35)
    assert len(cells(sheet)) < 3
