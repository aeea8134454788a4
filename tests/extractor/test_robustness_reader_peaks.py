"""Reader peaks on single files of the PDF libraries' test suites (issue #12: ≤ 600 MB a worker).

The robustness bench (docs/benchmarks.md, "Robustness on real-world PDFs") logged readers at 613-673 MB on
one file each: a page of many small images drawn at the OCR pixel cap (qpdf small-images), whose faded-print step divided
the page by its light in float copies of the whole page (page_photo.flattened) and whose grey-mark step ran
ocr.long_runs over a cell grid as large as the page (cells of 1 px), and a letter page taken for a phone
photo (pdfminer issue-1057), whose broken-rule step (photo_rules) built float tables of the whole page and
which is flattened too; and a poster page taken for a bent photo, whose small marks (photo_marks) were found in
int32 window sums of the whole page. These now work in row bands (extractor.bands); the faded-print step's stretch of
the ink to black (faded), a float copy of the page and three temporaries, is a table of 256 grey levels. Memory is counted by tracemalloc
(numpy reports its buffers to it; Pillow's own image memory is not counted), not timed.
"""

from __future__ import annotations

import numpy as np
import pytest

from allocations import allocation_peak
from bilagor.extractor import bands
from bilagor.extractor.faded import mended
from bilagor.extractor.ocr import long_runs
from bilagor.extractor.page_photo import binarised, flattened
from bilagor.extractor.photo_marks import small_marks
from bilagor.extractor.photo_rules import rules_joined

SCALE = 300 / 72  # px per pt: a page drawn for OCR at 300 dpi


def inked_mask(height: int, width: int, seed: int = 5) -> np.ndarray:
    """Letter-sized blots with long strokes across and down among them."""
    rng = np.random.default_rng(seed)
    mask = np.zeros((height, width), bool)
    for top in range(20, height - 20, 30):
        for left in range(20, width - 20, 16):
            if rng.random() < 0.7:
                mask[top : top + 12, left : left + 10] = True
    mask[height // 3, 10 : width - 10] = True
    mask[10 : height - 10, width // 4] = True
    return mask


def photographed_form(height: int = 3300, width: int = 2550) -> np.ndarray:
    """A binarised letter page at 300 dpi (ink 0, paper 255): lines of text and, between them, ruling
    lines broken into dashes, as a photo's binarisation leaves a pale rule."""
    page = np.where(inked_mask(height, width), 0, 255).astype(np.uint8)
    page[height // 3] = 255
    page[:, width // 4] = 255
    for y in range(45, height - 20, 240):
        page[y - 12 : y + 14, 60 : width - 60] = 255
        for x in range(60, width - 90, 30):
            page[y : y + 2, x : x + 22] = 0  # dashes 22 px long, gaps of 8 px
    return page


@pytest.mark.parametrize("rows", [1, 7, 64])
def test_long_runs_in_bands_are_the_runs_of_the_whole_mask(monkeypatch, rows):
    mask = inked_mask(300, 280)
    monkeypatch.setattr(bands, "BAND_ROWS", 10_000)  # one band: the whole mask at once
    across, down = long_runs(mask, 40), long_runs(mask.T, 40).T
    assert across[300 // 3].sum() == 260 and down[:, 280 // 4].sum() == 280
    monkeypatch.setattr(bands, "BAND_ROWS", rows)
    assert np.array_equal(long_runs(mask, 40), across)
    assert np.array_equal(long_runs(mask.T, 40).T, down)


def test_long_runs_of_a_mask_narrower_than_a_run_are_none():
    assert not long_runs(np.ones((5, 3), bool), 4).any()
    assert long_runs(np.ones((5, 4), bool), 4).all()


def test_long_runs_allocate_a_few_times_the_mask_not_seventeen():
    """grey_marks asks for them across and down a cell grid of 1 px cells on a page drawn at the cap."""
    mask = inked_mask(4000, 4000)
    assert allocation_peak(long_runs, mask, 40) <= 3 * mask.nbytes
    assert allocation_peak(long_runs, mask.T, 40) <= 3 * mask.nbytes


@pytest.mark.parametrize("rows", [1, 9, 64])
def test_broken_rules_joined_in_bands_are_joined_as_on_the_whole_page(monkeypatch, rows):
    page = photographed_form(700, 600)
    monkeypatch.setattr(bands, "BAND_ROWS", 10_000)
    whole = rules_joined(page, SCALE)
    assert (whole[45, 82:90] == 0).all()  # a gap between two dashes filled
    monkeypatch.setattr(bands, "BAND_ROWS", rows)
    assert np.array_equal(rules_joined(page, SCALE), whole)


def test_joining_broken_rules_allocates_a_few_times_the_page_not_forty():
    page = photographed_form()
    assert (rules_joined(page, SCALE) != page).any()  # it has rules to join, so it copies the page
    assert allocation_peak(rules_joined, page, SCALE) <= 8 * page.nbytes


def unevenly_lit_page(height: int = 3300, width: int = 2550, ink_share: float = 0.3) -> np.ndarray:
    """A grey page whose light falls off from one corner (a phone photo's lamp), with lines of text
    `ink_share` as light as the paper beside them (a faded copy's print: 0.5 and more)."""
    rows, cols = np.mgrid[0:height, 0:width]
    light = 250 - 110 * (rows / height + cols / width) / 2
    ink = inked_mask(height, width)
    return np.where(ink, light * ink_share, light).astype(np.uint8)


@pytest.mark.parametrize("rows", [1, 13, 64])
def test_a_page_flattened_in_bands_is_flattened_as_a_whole(monkeypatch, rows):
    grey = unevenly_lit_page(500, 420)
    monkeypatch.setattr(bands, "BAND_ROWS", 10_000)
    whole = flattened(grey, SCALE)
    assert whole[-30:, -30:].mean() > grey[-30:, -30:].mean() + 40  # the dim corner made paper white
    monkeypatch.setattr(bands, "BAND_ROWS", rows)
    assert np.array_equal(flattened(grey, SCALE), whole)


def test_flattening_allocates_a_few_times_the_page_not_fifteen():
    grey = unevenly_lit_page()
    assert allocation_peak(flattened, grey, SCALE) <= 4 * grey.nbytes


def test_a_faded_page_is_mended_in_a_few_times_its_size_not_ten():
    grey = unevenly_lit_page(ink_share=0.6)
    page, restored = mended(grey, SCALE)
    assert restored and page.min() == 0 < grey.min()  # its ink stretched to black
    assert allocation_peak(mended, grey, SCALE) <= 4 * grey.nbytes


def dotted_mask(height: int, width: int) -> np.ndarray:
    """inked_mask with dots alone over its lines (an i's dot, a full stop), as a bent photo's lower ink level
    leaves them: the small marks page_photo keeps."""
    mask = inked_mask(height, width)
    for top in range(20, height - 20, 30):
        for left in range(23, width - 20, 32):
            mask[top - 9 : top - 6, left : left + 3] = True
    return mask


@pytest.mark.parametrize("rows", [1, 7, 64])
def test_small_marks_in_bands_are_those_of_the_whole_page(monkeypatch, rows):
    ink = dotted_mask(600, 500)
    monkeypatch.setattr(bands, "BAND_ROWS", 10_000)
    whole = small_marks(ink, SCALE)
    assert whole.any() and not (whole & ~ink).any() and not whole[ink].all()  # the dots, not the letters
    monkeypatch.setattr(bands, "BAND_ROWS", rows)
    assert np.array_equal(small_marks(ink, SCALE), whole)


def test_small_marks_allocate_a_few_times_the_page_not_thirty():
    """A bent photo's page at the pixel cap (a poster page, 4 468 px square) peaked at 580 MB in its window sums."""
    ink = dotted_mask(4000, 4000)
    assert allocation_peak(small_marks, ink, SCALE) <= 4 * ink.nbytes


def test_a_photo_is_binarised_in_bytes_not_in_an_int64_copy():
    """np.where over Python's 0 and 255 made an int64 page (8 bytes a pixel) before the uint8 one."""
    grey = unevenly_lit_page(ink_share=0.2)
    page = binarised(grey, 170.0)
    assert page.dtype == np.uint8 and np.array_equal(page, np.where(grey < 170, 0, 255))
    assert allocation_peak(binarised, grey, 170.0) <= 3 * grey.nbytes
