"""A torn, taped scan on a dark-lidded scanner is no photo of a sheet on a ground (issue #12, the thirtieth forms'
torn_taped family; extractor/photo_sheet.py): the lower piece, cut off from the upper by the tear's band and
beside the dark lid its shift bared, was taken for a sheet on a desk and the photo path kept it alone."""

from __future__ import annotations

import numpy as np

from bilagor.extractor.page_photo import photographed
from bilagor.extractor.photo_sheet import sheet_cells, smooth_cells

SCALE = 1.0  # px per pt: a cell of page_photo's grid is two pixels


def torn_on_dark_lid(shape=(840, 600), paper=245, lid=40):
    """A scanned page (grey uint8) torn across its middle and taped: print above, a band of tear, fibres and
    tinted print across the width, a little print under it, the lower piece shifted so the dark lid shows down
    its right side and along the foot."""
    page = np.full(shape, paper, np.uint8)
    for n in range(8):  # the form's lines above the tear
        page[70 + n * 30 : 78 + n * 30, 60:540] = 30
    rng = np.random.default_rng(3)
    band = slice(380, 440)  # the tear and the tape over it: print, a dark gap, light fibres
    page[band] = np.where(rng.random((60, shape[1])) < 0.35, 60, 215).astype(np.uint8)
    for n in range(4):  # the lower piece's lines
        page[470 + n * 30 : 478 + n * 30, 64:544] = 30
    page[410:, shape[1] - 24 :] = lid  # the lid bared beside the shifted lower piece
    page[shape[0] - 20 :, :] = lid
    return page


def test_a_torn_pages_lower_piece_beside_a_dark_lid_is_no_sheet_on_a_ground():
    assert not photographed(torn_on_dark_lid(), SCALE)


def test_paper_as_light_as_the_region_outside_it_rules_out_a_sheet_given_the_cells():
    cells = np.full((300, 220), 240, np.uint8)
    cells[:, 200:] = 40  # a dark strip down one side and along the foot
    cells[280:, :] = 40
    cells[120:140, :] = np.where(np.arange(220) % 4 < 2, 60, 230)  # a patterned band across
    smooth = smooth_cells(cells, cells > 100)
    assert sheet_cells(smooth) is not None  # the lower region alone, as before
    assert sheet_cells(smooth, cells) is None  # paper as light lies above the band: a piece of a page


def test_a_sheet_on_a_dark_desk_is_still_a_sheet_given_the_cells():
    cells = np.full((300, 220), 50, np.uint8)
    cells[40:260, 30:190] = 240
    cells[100:110, 50:170] = 40  # a line of print
    assert sheet_cells(smooth_cells(cells, cells > 100), cells) is not None
