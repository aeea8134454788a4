"""Memory of the OCR image steps and of the text-layer reader (issue #10: a worker ≤ 600 MB).

A page rendered for OCR is up to 20 M pixels; the speck and rule steps used to
build int32 tables of the whole page (≈ 20 times its bytes). They now work in
row bands. The numbers here are allocations counted by tracemalloc (numpy
reports its buffers to it), not timings, so they do not depend on the machine.
"""

from __future__ import annotations

import numpy as np
import pytest

from bilagor.extractor import bands, ocr
from allocations import allocation_peak
from bilagor.extractor.specks import remove_specks
from factories import ROOT


def page_image(height: int = 8000, width: int = 1600, seed: int = 7) -> np.ndarray:
    """A white page with lines of letter-like ink, dust specks, table rules and a photo block."""
    rng = np.random.default_rng(seed)
    grey = np.full((height, width), 255, np.uint8)
    for top in range(40, height - 40, 36):
        for left in range(40, width - 60, 14):
            if rng.random() < 0.8:
                grey[top : top + 12, left : left + 9] = rng.integers(0, 120)
    ys, xs = rng.integers(0, height, 400), rng.integers(0, width, 400)
    grey[ys, xs] = 30  # dust
    grey[height // 6 : height // 6 + 3, 30 : width - 30] = 0  # a table's rules
    grey[height // 6 : height // 2, width // 2 : width // 2 + 2] = 0
    grey[height * 5 // 8 : height * 6 // 8, width // 8 : width // 3] = 90  # a photo
    return grey


@pytest.mark.parametrize("rows", [1, 5, 64])
def test_specks_in_bands_are_the_specks_of_the_whole_page(monkeypatch, rows):
    grey = page_image(600, 500)
    monkeypatch.setattr(bands, "BAND_ROWS", 10_000)  # one band: the whole page at once
    whole = remove_specks(grey, 4.17)
    assert (whole != grey).any()
    monkeypatch.setattr(bands, "BAND_ROWS", rows)
    assert np.array_equal(remove_specks(grey, 4.17), whole)


@pytest.mark.parametrize("rows", [1, 5, 64])
def test_rules_in_bands_are_the_rules_of_the_whole_page(monkeypatch, rows):
    grey = page_image(600, 500)
    monkeypatch.setattr(bands, "BAND_ROWS", 10_000)
    whole_image, whole_rules = ocr.remove_rules(grey, 100)
    assert whole_rules
    monkeypatch.setattr(bands, "BAND_ROWS", rows)
    image, rules = ocr.remove_rules(grey, 100)
    assert rules == whole_rules
    assert np.array_equal(np.asarray(image), np.asarray(whole_image))


def test_removing_specks_allocates_a_few_times_the_page_not_twenty():
    grey = page_image()
    assert (remove_specks(grey, 4.17) != grey).any()  # it has specks to wipe, so it copies the page
    assert allocation_peak(remove_specks, grey, 4.17) <= 3 * grey.nbytes


def test_removing_rules_allocates_a_few_times_the_page_not_twenty():
    grey = page_image()
    # The page's bool masks (ink, runs across and down, what to wipe) and the cleaned copy.
    assert allocation_peak(ocr.remove_rules, grey, 150) <= 6 * grey.nbytes


def test_widening_a_rule_at_the_top_edge_leaves_the_bottom_edge_alone():
    mask = np.zeros((10, 4), bool)
    mask[0] = True
    grown = ocr.widened(mask, axis=0)
    assert grown[:3].all() and not grown[3:].any()
    into = np.zeros((4, 10), bool)
    into[3] = True  # what `into` held is kept
    ocr.widened(mask.T, axis=1, out=into)  # the same across columns, added to `into`
    assert into[:, :3].all() and into[3].all() and not into[:3, 3:].any()


def test_row_bands_cover_every_row_once_and_read_the_margin():
    got = list(bands.row_bands(10, margin=2, rows=4))
    assert got == [(0, 6, 0, 4), (2, 10, 4, 8), (6, 10, 8, 10)]
    assert list(bands.row_bands(0, margin=3)) == []


def test_the_reader_drops_each_pages_layout_tree_once_read(monkeypatch):
    """pdfplumber keeps a page's pdfminer layout (an object per character) until the file is closed."""
    from bilagor.extractor import pdf_reader

    seen = []
    original = pdf_reader.layout_objects

    def spy(page, layout):
        seen.append(page)
        return original(page, layout)

    monkeypatch.setattr(pdf_reader, "layout_objects", spy)
    path = sorted((ROOT / "examples").glob("*.pdf"))[0]
    content = pdf_reader.read_pdf(path)
    assert len(seen) == len(content.pages) >= 1 and any(p.words for p in content.pages)
    assert not any(hasattr(page, "_layout") for page in seen)
