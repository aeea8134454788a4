"""Issue #12, eighteenth round: a phone scanner app's output carries the app's name in light letters on a dark strip
across the page's foot; its letters were read and appended to the page's last section. A solid strip along the top or
bottom edge, dark out to both sides, is made paper before OCR (edge_strip); a printed banner inside the paper's
margins, a dark picture and a clean page are left. Small synthetic images, no OCR."""

from __future__ import annotations

import numpy as np

from bilagor.extractor.edge_strip import edge_strips, without_edge_strips

SCALE = 2.0  # px per pt
PAPER = 250


def _page(height: int = 800, width: int = 600):
    """Paper with lines of "print" (short dark blocks, paper between) inside margins, none near the foot."""
    y, x = np.arange(height)[:, None], np.arange(width)[None, :]
    print_ = ((y - 40) % 30 < 12) & ((x - 40) % 50 < 30) & (y >= 40) & (y < height - 80) & (x >= 40) & (x < width - 60)
    return np.where(print_, 25, PAPER).astype(np.uint8)


def _with_strip(page, rows: int, *, top: bool = False, fill: int = 80):
    """`page` with a strip `rows` tall across its foot (or head), its light letters across a third of the width."""
    page = page.copy()
    band = slice(0, rows) if top else slice(page.shape[0] - rows, page.shape[0])
    page[band] = fill
    middle = page[band][rows // 4 : rows - rows // 4]
    width = page.shape[1]
    for left in range(width // 3, 2 * width // 3, 12):  # letters: light blocks with the strip between
        middle[:, left : left + 6] = 255
    return page


def test_an_apps_strip_across_the_foot_is_made_paper_and_the_print_kept():
    clean = _page()
    stamped = _with_strip(clean, 48)
    assert edge_strips(stamped, SCALE) == [(752, 800)]
    cleaned, had = without_edge_strips(stamped, SCALE)
    assert had
    assert (cleaned[752:] == 255).all()  # the strip and its letters
    assert (cleaned[:748] == clean[:748]).all()  # the print above it untouched


def test_a_strip_across_the_head_is_made_paper_too():
    stamped = _with_strip(_page(), 40, top=True)
    cleaned, had = without_edge_strips(stamped, SCALE)
    assert had and (cleaned[:40] == 255).all()


def test_a_banner_inside_the_margins_is_left():
    page = _page()
    page[760:800, 30:570] = 80  # a dark band at the foot that keeps the paper's margins at its sides
    cleaned, had = without_edge_strips(page, SCALE)
    assert not had and cleaned is page


def test_a_dark_picture_taller_than_a_strip_is_left():
    page = _with_strip(_page(), 200)  # 100 pt of dark rows: a picture or a dark page, no app's stamp
    cleaned, had = without_edge_strips(page, SCALE)
    assert not had and cleaned is page


def test_a_strip_away_from_the_edge_is_left():
    page = _page()
    page[700:740] = 80  # a dark band across the page, but paper below it: print, not an edge strip
    assert edge_strips(page, SCALE) == []


def test_a_clean_page_is_unchanged():
    page = _page()
    cleaned, had = without_edge_strips(page, SCALE)
    assert not had and cleaned is page
