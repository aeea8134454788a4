"""Phone photos of printed pages (issue #12): tinted paper lit unevenly, a desk round the sheet, perspective,
a turn and coloured marks. Synthetic images, each step alone, then one OCR'd page."""

from __future__ import annotations

import os
import shutil

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from bilagor.extractor import ocr
from bilagor.extractor.deskew import estimate_skew
from bilagor.extractor.page_photo import (
    as_scan,
    colour_marks,
    flattened,
    paper_quad,
    paper_light_grid,
    photographed,
    rectified,
    without_edge_ink,
)
from bilagor.extractor.photos import photo_boxes
from fixturegen import scans
from fixturegen.photos import SHEET, hot_lamp, lamp, on_desk, photo_of, shaded

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None and not os.environ.get("CI"),
    reason="tesseract is not installed (CI installs it and fails instead of skipping)",
)

SCALE = 200 / 72


def text_page(lines=14):
    return scans.text_image(lines=lines)


def page_with_photograph():
    page = text_page(lines=4)
    rng = np.random.default_rng(5)
    page[500:1000, 300:1200] = rng.integers(20, 200, (500, 900))
    return page


# -- telling a photo from a scan ----------------------------------------------


def test_a_photographed_page_is_told_from_scans():
    assert photographed(photo_of(text_page()), SCALE)
    assert photographed(shaded(text_page(), paper=250, darkest=0.7), SCALE)
    assert not photographed(text_page(), SCALE)
    assert not photographed(page_with_photograph(), SCALE)


def test_a_white_sheet_under_a_hot_lamp_is_a_photo_and_a_white_page_in_a_dark_frame_is_not():
    """Most of a sheet right under a lamp is burnt out to white, as a scan's paper is; the lamp's fall-off
    across it (and the desk round it) tell it from a scan. A scan in a viewer's dark frame is lit evenly."""
    sheet = on_desk(text_page())
    lamp_lit = np.clip(sheet * hot_lamp(sheet.shape), 0, 255).astype(np.uint8)
    assert float(np.median(paper_light_grid(lamp_lit, SCALE))) >= 232  # white paper by its median
    assert photographed(lamp_lit, SCALE)
    assert not photographed(sheet, SCALE)  # the same sheet lit evenly: its paper is white everywhere
    framed = text_page()
    framed[:40], framed[-40:], framed[:, :40], framed[:, -40:] = 60, 60, 60, 60
    assert not photographed(framed, SCALE)


def test_as_it_was_the_whole_photographed_page_is_one_photograph():
    """Why a phone photo gave nothing: its dim paper is dense grey to the photo finder, so all was blanked."""
    photo = photo_of(text_page())
    assert photo_boxes(photo, SCALE) != []
    assert photo_boxes(as_scan(photo, SCALE), SCALE) == []


# -- the sheet ------------------------------------------------------------------


# The second sheet has two corners out of the photo: the visible parts of their edges are carried on to meet.
CUT_SHEET = ((60.0, 40.0), (1650.0, -30.0), (1560.0, 1240.0), (30.0, 1150.0))


@pytest.mark.parametrize("sheet", [SHEET, CUT_SHEET])
def test_the_sheets_corners_are_found_where_its_edges_meet(sheet):
    quad = paper_quad(photo_of(text_page(), sheet), SCALE)
    assert quad is not None
    for (x, y), (tx, ty) in zip(quad, sheet):
        assert abs(x - tx) <= 15 and abs(y - ty) <= 15


def test_a_sliver_of_desk_along_the_frame_is_made_white():
    page = as_scan(photo_of(text_page(), CUT_SHEET), SCALE)
    band = round(5 * SCALE)
    assert page[:band].min() == page[-band:].min() == page[:, :band].min() == page[:, -band:].min() == 255
    assert page[:, 100:1400].min() < 100  # the text stays


def test_a_strip_of_desk_joined_to_the_frame_is_made_white_and_text_stays():
    page = np.full((1200, 1600), 255, np.uint8)
    page[:, :15] = 0  # a strip of desk along the left edge
    page[200:900, 20:50] = 0  # a bar of the sheet's dark rim, a little in from the frame
    page[300:324, 200:900] = 0  # a line of ink
    page[300:324, 200:900:7] = 255
    clean = without_edge_ink(page, SCALE)
    assert clean[:, :15].min() == 255 and clean[200:900, 20:50].min() == 255
    assert (clean[300:324, 200:900] == page[300:324, 200:900]).all()
    assert (
        without_edge_ink(text_page(), SCALE) is not None and (without_edge_ink(text_page(), SCALE) == text_page()).all()
    )


def test_no_desk_no_quad():
    assert paper_quad(shaded(text_page()), SCALE) is None
    assert paper_quad(text_page(), SCALE) is None


def test_the_rectified_sheet_has_level_lines_where_the_page_had_them():
    page = text_page()
    photo = photo_of(page)
    assert abs(estimate_skew(photo)) >= 0.5  # the perspective turns the lines
    straight = flattened(rectified(photo, paper_quad(photo, SCALE)), SCALE)
    assert abs(estimate_skew(straight)) <= 0.2
    ink, source = straight < 100, page < 100
    rows, expected = ink[:, 100:1400].mean(axis=1), source[:, 100:1400].mean(axis=1)
    assert np.corrcoef(rows, expected)[0, 1] > 0.8  # the lines are back at their heights (unrectified: < 0)


# -- the light -------------------------------------------------------------------


def test_flattened_paper_is_white_and_ink_stays_dark():
    page = text_page()
    flat = flattened(shaded(page), SCALE)
    paper, ink = page == 255, page == 30
    assert np.percentile(flat[paper], 2) >= 235
    assert np.percentile(flat[ink], 98) <= 80


def test_the_desk_is_made_white():
    photo = photo_of(text_page())
    flat = flattened(photo, SCALE)
    assert (flat[5:30, 1560:1595] >= 250).all()  # a corner of desk (top right)
    assert (flat < 100).mean() > 0.05  # the text stays


def test_a_photographed_page_comes_out_black_on_white_with_its_strokes():
    grey, rgb = stamped_page()
    soft = np.asarray(Image.fromarray(grey).filter(ImageFilter.GaussianBlur(1.5)))
    page = as_scan(soft, SCALE, rgb)
    assert set(np.unique(page)) == {0, 255}
    assert (page[100:140, 60:800] == 0).mean() > 0.9  # the ink's block stays whole
    assert (page[90:150, 60:800] == 0).sum() <= 1.15 * (40 * 740)  # and not much wider


def test_a_white_scan_is_left_as_it_is():
    page = text_page()
    assert np.abs(flattened(page, SCALE).astype(int) - page).max() <= 1


# -- coloured marks ----------------------------------------------------------------


def stamped_page():
    """(grey, rgb) of yellowish paper, lit unevenly, with black ink, a red stamp and a blue pen stroke."""
    rgb = np.zeros((600, 900, 3), np.uint8)
    rgb[:] = (240, 232, 200)
    rgb[100:140, 60:800] = (25, 25, 35)  # black ink
    rgb[300:340, 60:800] = (200, 40, 40)  # red stamp
    rgb[420:450, 60:400] = (30, 50, 160)  # blue pen
    rgb = (rgb * lamp(rgb.shape[:2], 0.7)[..., None]).astype(np.uint8)
    grey = np.asarray(Image.fromarray(rgb).convert("L"))
    return grey, rgb


def test_a_paper_with_a_strong_tint_is_no_mark():
    rgb = np.zeros((300, 400, 3), np.uint8)
    rgb[:] = (255, 238, 150)  # a yellow note
    rgb[100:140, 60:300] = (25, 25, 35)
    rgb[200:230, 60:300] = (200, 40, 40)
    marks = colour_marks(rgb, SCALE)
    assert not marks[10:90, :].any() and not marks[105:135, 70:290].any()
    assert marks[205:225, 70:290].all()


def test_a_red_stamp_and_a_blue_tick_are_coloured_marks_black_ink_is_not():
    grey, rgb = stamped_page()
    marks = colour_marks(rgb, SCALE)
    assert marks[305:335, 70:790].all() and marks[425:445, 70:390].all()
    assert not marks[100:140, 60:800].any() and not marks[10:90, 10:890].any()


def test_coloured_marks_become_paper_and_ink_stays():
    grey, rgb = stamped_page()
    assert grey[300:340, 60:800].max() < 120  # a stamp's grey is as dark as ink
    flat = as_scan(grey, SCALE, rgb)
    assert flat[295:345, 55:805].min() >= 230 and flat[415:455, 55:405].min() >= 230
    assert flat[105:135, 70:790].max() <= 60
    assert np.percentile(flat[160:280, 60:800], 2) >= 235  # the paper between them is white


# -- a whole photographed page through OCR --------------------------------------------


def form_page(width=1400, height=900):
    """A white page with a few label/answer lines in DejaVu at about 11 pt (200 dpi)."""
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 32)
    rows = [
        ("Projektnamn", "Trygghetsvandring i Skarpnäck"),
        ("Plats", "Skarpnäcks centrum"),
        ("Kontaktperson", "Anna Lind, samordnare"),
    ]
    for n, (label, answer) in enumerate(rows):
        draw.text((120, 150 + n * 110), label, font=font, fill=0)
        draw.text((560, 150 + n * 110), answer, font=font, fill=0)
    return np.asarray(image)


@needs_tesseract
def test_a_photographed_form_is_read_and_the_record_is_told(tmp_path):
    photo = photo_of(form_page(), sheet=((60.0, 30.0), (1360.0, 70.0), (1385.0, 880.0), (25.0, 850.0)))
    notes: list[str] = []
    page = ocr.read_page_image(photo, SCALE, 1, 1400 / SCALE, 900 / SCALE, tmp_path, notes=notes)
    text = " ".join(w.text for w in page.words)
    assert "Trygghetsvandring" in text and "Kontaktperson" in text
    assert page.images == []
    assert any("fotograferad" in note for note in notes)


@needs_tesseract
def test_a_page_the_caller_judged_is_not_judged_again(tmp_path, monkeypatch):
    """The import renders a page and asks once whether it is a photo (to render it in colour); reading the
    page must take that answer, not measure the paper a second time."""
    import bilagor.extractor.page_photo as page_photo

    def judged_twice(grey, scale):
        raise AssertionError("photographed() asked again")

    monkeypatch.setattr(page_photo, "photographed", judged_twice)
    page = ocr.read_page_image(form_page(), SCALE, 1, 1400 / SCALE, 900 / SCALE, tmp_path, photographed_page=False)
    assert "Trygghetsvandring" in " ".join(w.text for w in page.words)
