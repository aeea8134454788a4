"""A page cut from a sheet of pages is read at the size of its text (ocr_cell_scale): lines of text drawn here as
bars of ink with letter gaps on a grey page, and a four-up sheet read by the OCR."""

from __future__ import annotations

import os
import shutil

import numpy as np
import pytest
from PIL import Image, ImageFilter

from bilagor.extractor.ocr_cell_scale import (
    enlarged,
    enlargement,
    holds_print,
    sheet_enlargement,
    text_line_points,
)

SCALE = 300 / 72


def page_of_lines(line_points: float, lines: int = 12, *, width_points: float = 297, tilt: float = 0.0):
    """A grey page (paper 240, ink 30) of `lines` lines of words `line_points` tall, their gaps one and a half line
    apart, each line drawn `tilt` pixels lower per 100 pixels across (a page turned a little)."""
    height = round((40 + lines * line_points * 2.5) * SCALE)
    width = round(width_points * SCALE)
    grey = np.full((height, width), 240, np.uint8)
    tall = max(1, round(line_points * SCALE))
    for n in range(lines):
        top = round((20 + n * line_points * 2.5) * SCALE)
        for x in range(round(20 * SCALE), width - round(20 * SCALE), 7):  # letters 5 px wide, 2 px apart
            drop = round(tilt * x / 100)
            grey[top + drop : top + drop + tall, x : x + 5] = 30
    return grey


def test_the_height_of_a_page_s_lines_is_measured_in_points():
    for line in (4.5, 7.0, 9.5):
        assert text_line_points(page_of_lines(line), SCALE) == pytest.approx(line, abs=0.3)


def test_a_turned_page_s_lines_are_measured_in_strips():
    # a degree's turn lowers a line by 5 pt across an A6 page: measured whole it would read as 10 pt lines
    assert text_line_points(page_of_lines(4.5, tilt=1.75), SCALE) == pytest.approx(4.5, abs=0.8)


def test_a_quarter_sheet_s_page_is_enlarged_twice_and_a_half_sheet_s_not():
    assert enlargement(page_of_lines(4.8), SCALE) == 2  # A4 on A6: 10 pt type at 5 pt
    assert enlargement(page_of_lines(7.0), SCALE) == 1  # A4 on A5: two pages on a landscape sheet
    assert enlargement(page_of_lines(9.5), SCALE) == 1  # an ordinary page
    assert enlargement(page_of_lines(3.0), SCALE) == 2  # eight to a sheet: no more than a quarter sheet's


def test_faint_print_measures_as_tall_as_black():
    # grey print (ink 150 on paper 240): a fixed share of the paper's light took only its strokes' darker core
    faint = page_of_lines(4.8)
    faint[faint < 240] = 150
    blurred = np.asarray(Image.fromarray(faint).filter(ImageFilter.GaussianBlur(2)))
    assert text_line_points(blurred, SCALE) == pytest.approx(4.8, abs=0.6)
    assert enlargement(page_of_lines(9.5) // 2 + 100, SCALE) == 1


def test_a_page_without_lines_enough_is_left_as_it_is():
    assert enlargement(np.full((400, 300), 240, np.uint8), SCALE) == 1
    assert text_line_points(page_of_lines(4.5, lines=2), SCALE) is None
    assert enlargement(page_of_lines(4.5, lines=2), SCALE) == 1


def test_a_short_last_page_is_enlarged_as_the_pages_beside_it():
    # a sheet's pages were reduced alike: a page of two lines takes the factor of the full page beside it
    full, short = page_of_lines(4.8), page_of_lines(4.8, lines=2)
    assert enlargement(short, SCALE) == 1
    assert sheet_enlargement([full, short], SCALE) == 2
    assert sheet_enlargement([short, np.full_like(short, 240)], SCALE) == 1
    assert holds_print(short) and not holds_print(np.full_like(short, 240))


def test_a_short_last_page_of_a_sheet_holds_print_though_most_of_it_is_paper():
    # a heading's few words at the top of a page the height of its neighbours: under 0.5% of its pixels are ink,
    # and left unenlarged beside them its small words were taken for the form's
    short = np.full((round(400 * SCALE), round(297 * SCALE)), 240, np.uint8)
    short[: page_of_lines(4.8, lines=2).shape[0]] = page_of_lines(4.8, lines=2)
    short[round(30 * SCALE) :] = 240  # the first line alone
    short[:, round(100 * SCALE) :] = 240  # and only its first words
    assert (short < 200).mean() < 0.005
    assert holds_print(short) and not holds_print(np.full_like(short, 240))


def test_an_image_is_enlarged_by_a_whole_factor_grey_or_colour():
    grey = page_of_lines(4.5, lines=5)
    assert enlarged(grey, 1) is grey
    assert enlarged(grey, 2).shape == (2 * grey.shape[0], 2 * grey.shape[1])
    colour = np.stack([grey] * 3, axis=-1)
    assert enlarged(colour, 3).shape == (3 * grey.shape[0], 3 * grey.shape[1], 3)


needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None and not os.environ.get("CI"),
    reason="tesseract is not installed (CI installs it and fails instead of skipping)",
)


@needs_tesseract
def test_a_page_cut_from_a_four_up_sheet_is_read_at_its_own_size(tmp_path):
    """Four A6 pages on an A4 sheet (here one, the rest blank): the page's words come out as an ordinary page's,
    10 pt type on a page of A4's width, not 5 pt type on a quarter of the sheet."""
    from PIL import ImageDraw, ImageFont

    from bilagor.extractor.ocr import recognise_pages
    from bilagor.extractor.words import Page

    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", round(5 * SCALE))
    sheet = Image.new("L", (round(595 * SCALE), round(842 * SCALE)), 245)
    draw = ImageDraw.Draw(sheet)
    for n in range(14):  # an A4 page's 10 pt lines at half size in the top-left quarter
        draw.text((30 * SCALE, (40 + 9 * n) * SCALE), "Belysningen vid torget blev klar i oktober.", font=font, fill=20)
    path = tmp_path / "four-up.pdf"
    sheet.save(path, "PDF", resolution=300)
    [page], ran, _ = recognise_pages(path, [Page(1, 595.0, 842.0, [])])
    assert ran and page.sheet_cuts  # the sheet was cut into its pages
    first = [w for w in page.words if w.x1 <= page.sheet_cuts[0]]
    assert len(first) >= 20
    heights = sorted(w.bottom - w.top for w in first)
    assert 7.0 <= heights[len(heights) // 2] <= 12.0  # 10 pt type, ascenders to descenders
    assert page.sheet_cuts[0] >= 500  # the first page is A4's width, not a quarter sheet's 297 pt
    assert page.sheet_cuts[1] - page.sheet_cuts[0] < 400  # the blank quarter beside it is not enlarged
