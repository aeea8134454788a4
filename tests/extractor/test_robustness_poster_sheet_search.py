"""The sheet search's ink grid on a poster page is held to a bounded number of cells (bench/robustness.py h28:
a 14 400 pt square page of one 50 x 50 noise image, drawn at 0.31 px per pt by OCR's pixel cap, took a reader to
625 MB in ocr_sheet's running sums over its 20 M one-pixel cells; the earlier rounds' `poster.pdf`, 698 MB). A
page drawn at 300 dpi keeps its 1 pt cells."""

from __future__ import annotations

import tracemalloc

import numpy as np

from bilagor.extractor.ocr_sheet import sheet_pages
from bilagor.extractor.ocr_twoup import MAX_INK_CELLS, text_ink


def _poster(side: int = 3000):
    noise = np.random.default_rng(3).integers(0, 256, size=(50, 50), dtype=np.uint8)
    return np.kron(noise, np.ones((side // 50, side // 50), np.uint8))  # one noise image over the whole page


def test_a_poster_pages_sheet_search_is_bounded():
    grey = _poster()
    scale = grey.shape[0] / 14400  # 0.21 px per pt
    assert text_ink(grey, scale).size <= MAX_INK_CELLS / 2  # 1 M cells here, not 9 M of one pixel
    tracemalloc.start()
    try:
        sheet_pages(grey, scale)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak / grey.size < 6  # bytes a pixel of the page (24 with one-pixel cells)


def test_a_page_drawn_at_300_dpi_keeps_its_one_point_cells():
    grey = np.full((3508, 2480), 255, np.uint8)  # A4 at 300 dpi
    assert text_ink(grey, 300 / 72).shape == (3508 // 4, 2480 // 4)
