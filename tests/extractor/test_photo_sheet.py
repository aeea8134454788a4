"""A sheet photographed turned on a patterned ground (issue #12, extractor/photo_sheet.py): small synthetic grids
and images."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from bilagor.extractor.page_photo import paper_quad, photographed
from bilagor.extractor.photo_sheet import sheet_cells, sheet_corners, smooth_cells


def turned_rectangle(shape, centre, size, degrees):
    """Corners (TL, TR, BR, BL; x, y) of a `size` (w, h) rectangle turned by `degrees` round `centre`."""
    angle = np.radians(degrees)
    corners = []
    for x, y in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        x, y = x * size[0] / 2, y * size[1] / 2
        corners.append(
            (centre[0] + x * np.cos(angle) - y * np.sin(angle), centre[1] + x * np.sin(angle) + y * np.cos(angle))
        )
    return corners


def checked(shape, period, dark=60, light=245):
    """A gingham cloth (uint8 grey): bands of `period` pixels both ways, darkest where two cross."""
    ys, xs = np.mgrid[0 : shape[0], 0 : shape[1]]
    bands = ((xs % period) < period // 2).astype(float) + ((ys % period) < period // 2)
    return (light - bands / 2 * (light - dark)).astype(np.uint8)


def striped(shape, period, dark=150, light=245):
    xs = np.mgrid[0 : shape[0], 0 : shape[1]][1]
    return np.where((xs + np.arange(shape[0])[:, None]) % period < period // 2, dark, light).astype(np.uint8)


def sheet_on(ground, corners, paper=240, text=True):
    """`ground` with a sheet of grey `paper` at `corners`, a few lines of ink inside it when `text`."""
    image = Image.fromarray(ground)
    draw = ImageDraw.Draw(image)
    draw.polygon([tuple(c) for c in corners], fill=paper)
    if text:  # ink in the sheet's middle (its margins clear, as a form's)
        cx = sum(c[0] for c in corners) / 4
        cy = sum(c[1] for c in corners) / 4
        for n in range(-4, 5):
            draw.rectangle((cx - 120, cy + n * 30, cx + 120, cy + n * 30 + 8), fill=30)
    return np.asarray(image)


SCALE = 1.0  # px per pt: a cell of page_photo's grid is two pixels


def test_a_cloths_checks_are_not_smooth_and_paper_is():
    cloth = checked((60, 60), 8)
    bright = np.ones_like(cloth, bool)
    assert not smooth_cells(cloth, bright)[10:50, 10:50].any()
    paper = np.full((60, 60), 240, np.uint8)
    assert smooth_cells(paper, bright).all()


def test_the_sheet_region_leaves_out_white_checks_joined_to_it():
    cells = checked((300, 220), 14)
    cells[60:240, 50:170] = 240  # the sheet
    sheet = sheet_cells(smooth_cells(cells, cells > 100))
    assert sheet is not None
    truth = np.zeros_like(sheet)
    truth[60:240, 50:170] = True
    assert (sheet & ~truth).sum() < 0.03 * truth.sum()  # no checks beside it
    assert (truth & ~sheet).sum() < 0.03 * truth.sum()


def test_a_white_page_filling_the_frame_has_no_sheet_on_a_ground():
    cells = np.full((300, 220), 240, np.uint8)
    cells[100:110, 20:200] = 40  # a line of print
    assert sheet_cells(smooth_cells(cells, cells > 100)) is None


@pytest.mark.parametrize("degrees", [-22, -8, 6, 25])
def test_a_turned_sheets_corners_are_found(degrees):
    truth = turned_rectangle(None, (110, 150), (120, 170), degrees)
    image = Image.new("1", (220, 300), 0)
    ImageDraw.Draw(image).polygon([tuple(c) for c in truth], fill=1)
    corners = sheet_corners(np.asarray(image))
    assert corners is not None
    for (x, y), (tx, ty) in zip(corners, truth, strict=True):
        assert abs(x - tx) < 2.0 and abs(y - ty) < 2.0


@pytest.mark.parametrize("ground", ["checked", "striped"])
def test_a_page_photographed_turned_on_a_cloth_is_a_photo_and_its_corners_are_found(ground):
    shape = (840, 600)
    cloth = checked(shape, 30) if ground == "checked" else striped(shape, 40)
    truth = turned_rectangle(shape, (300, 420), (380, 540), 15)
    photo = sheet_on(cloth, truth)
    assert photographed(photo, SCALE)
    quad = paper_quad(photo, SCALE)
    assert quad is not None
    for (x, y), (tx, ty) in zip(quad, truth, strict=True):
        assert abs(x - tx) < 8 and abs(y - ty) < 8


def test_a_white_scan_is_no_photo():
    page = np.full((840, 600), 250, np.uint8)
    for n in range(20):
        page[100 + n * 30 : 108 + n * 30, 60:540] = 20
    assert not photographed(page, SCALE)
    assert paper_quad(page, SCALE) is None


def test_corners_cut_off_are_put_back_where_the_sides_meet():
    truth = turned_rectangle(None, (110, 150), (120, 170), 12)
    image = Image.new("1", (220, 300), 0)
    ImageDraw.Draw(image).polygon([tuple(c) for c in truth], fill=1)
    for x, y in truth:  # each corner rounded off, as the opening and the blur leave it
        ImageDraw.Draw(image).ellipse((x - 9, y - 9, x + 9, y + 9), fill=0)
    corners = sheet_corners(np.asarray(image))
    assert corners is not None
    for (x, y), (tx, ty) in zip(corners, truth, strict=True):
        assert abs(x - tx) < 2.5 and abs(y - ty) < 2.5


def test_a_sheet_running_off_the_frame_on_three_sides_is_left_to_the_desk_test():
    cells = checked((300, 220), 14)
    cells[:225, :] = 240  # the sheet, cut by the top and both sides of the frame
    assert sheet_cells(smooth_cells(cells, cells > 100)) is None
