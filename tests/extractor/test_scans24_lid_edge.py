"""Issue #12, twenty-fourth round: a sheet laid off the scanner's glass shows the lid's grey down one side of the
page image, behind the paper's edge line; taken for the desk round a photographed sheet, it sent the page through
the photo steps and the whole form was lost. The lid's strip along the left or right edge (one grey, the whole
height) is made paper before the photo test (edge_strip.side_strips); a photo's unevenly lit desk, a dark picture
inside the margins and a clean page are left. Small synthetic images, no OCR."""

from __future__ import annotations

import numpy as np

from bilagor.extractor.edge_strip import side_strips, without_side_strips
from bilagor.extractor.page_photo import photographed

SCALE = 240 / 72  # px per pt: a 240 dpi scan
PAPER = 245


def _page(height: int = 1400, width: int = 1000):
    """Paper with lines of "print" (short dark blocks, paper between) inside margins."""
    y, x = np.arange(height)[:, None], np.arange(width)[None, :]
    print_ = ((y - 60) % 40 < 14) & ((x - 20) % 60 < 36) & (y >= 60) & (y < height - 120) & (x >= 20) & (x < 820)
    return np.where(print_, 20, PAPER).astype(np.uint8)


def _with_lid(page, columns: int, *, lid: int = 120, turned: int = 0, right: bool = True):
    """`page` with the lid's grey `columns` wide down its right (or left) side and the paper's edge a dark line
    beside it; `turned` px: the edge drifts that far over the page's height (a sheet turned a little)."""
    page = page.copy()
    height, width = page.shape
    for row in range(height):
        edge = columns + round(turned * row / height)
        if right:
            page[row, width - edge :] = lid
            page[row, width - edge - 3 : width - edge] = lid - 60
        else:
            page[row, :edge] = lid
            page[row, edge : edge + 3] = lid - 60
    return page


def test_the_lids_grey_down_the_right_side_is_made_paper_and_the_page_is_no_photo():
    clean = _page()
    lidded = _with_lid(clean, 150, turned=20)
    assert photographed(lidded, SCALE)  # why it mattered: the lid was a desk round a photographed sheet
    strips = side_strips(lidded, SCALE)
    assert len(strips) == 1 and strips[0][1] == 1000 and 1000 - 176 <= strips[0][0] <= 1000 - 150
    cleaned, had = without_side_strips(lidded, SCALE)
    assert had
    assert (cleaned[:, -173:] == 255).all()  # the lid, the paper's edge and the turned sheet's wedge
    assert (cleaned[:, :820] == clean[:, :820]).all()  # the print left of it untouched
    assert not photographed(cleaned, SCALE)


def test_a_turned_scans_paper_corners_beside_the_lid():
    lidded = _with_lid(_page(), 150, turned=20)
    lidded[:120, -40:] = PAPER  # the turned sheet's scan: its corners paper, the outermost columns not all dark
    lidded[-90:, -25:] = PAPER
    strips = side_strips(lidded, SCALE)
    assert len(strips) == 1 and strips[0][1] == 1000


def test_the_lid_on_the_left_side_too():
    lidded = _with_lid(_page()[:, ::-1], 100, right=False)
    assert side_strips(lidded, SCALE) == [(0, 103)]


def test_a_clean_page_a_dark_picture_and_an_unevenly_lit_desk_are_left():
    clean = _page()
    assert side_strips(clean, SCALE) == []
    pictured = clean.copy()
    pictured[100:1300, 850:990] = 60  # a dark picture inside the margins: not from edge to edge
    assert side_strips(pictured, SCALE) == []
    desk = clean.copy()
    desk[:, 850:] = np.linspace(30, 190, 1400, dtype=np.float32)[:, None].astype(np.uint8)  # a desk, lit unevenly
    assert side_strips(desk, SCALE) == []
