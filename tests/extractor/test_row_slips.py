"""A fax whose row feed slipped: the rows it printed twice are taken out before OCR (row_slips, ocr_render)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium

from bilagor.extractor.ocr_render import page_images, page_ink, page_pixels, slip_mended_ink
from bilagor.extractor.row_slips import TEXT_RUNS, ink_runs, repeated_rows, without_repeated_rows

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fixturegen.fax_slip import slipped, write_fax_pdf  # noqa: E402


def _text_rows(height: int = 60, width: int = 400, seed: int = 1):
    """Rows like a line of text's: many short strokes, each row its own (no two alike)."""
    rng = np.random.default_rng(seed)
    bits = np.zeros((height, width), dtype=bool)
    for y in range(height):
        starts = rng.choice(np.arange(0, width - 4, 8), size=TEXT_RUNS + 10, replace=False)
        for x in starts:
            bits[y, x : x + rng.integers(1, 4)] = True
    return bits


def test_ink_runs_counts_strokes_along_a_row():
    row = np.array([[True, True, False, True, False, False, True]])
    assert ink_runs(row).tolist() == [3]


def test_rows_printed_twice_are_taken_out_and_the_page_keeps_its_height():
    bits = _text_rows()
    doubled = np.concatenate(
        [bits[:10], bits[9:10], bits[10:30], bits[29:30], bits[29:30], bits[30:41], bits[40:41], bits[41:55]]
    )
    mended, taken = without_repeated_rows(doubled)
    assert taken == 4
    assert mended.shape == doubled.shape
    assert (mended[:55] == bits[:55]).all()
    assert not mended[55:].any()  # paper added at the bottom


def test_a_clean_page_is_left_alone():
    bits = _text_rows()
    mended, taken = without_repeated_rows(bits)
    assert taken == 0 and mended is bits


def test_rows_of_rules_and_stems_alike_do_not_make_a_page_slipped():
    # a table's vertical borders and a few stems: rows alike all down the page, as print gives them
    bits = np.zeros((80, 400), dtype=bool)
    bits[:, ::40] = True
    assert not repeated_rows(bits).any()


def test_a_slipped_feed_is_found_at_every_rate_of_the_tuning_generator():
    bits = _text_rows(600)
    for rate in (0.03, 0.08, 0.15):
        fed = slipped(bits, random.Random(7), rate)
        mended, taken = without_repeated_rows(fed)
        repeats = sum(1 for y in range(1, len(fed)) if fed[y].any() and (fed[y] == fed[y - 1]).all())
        assert taken == repeats > 0
        inked = mended[mended.any(axis=1)]
        assert not (inked[1:] == inked[:-1]).all(axis=1).any()


def _fax_pdf(tmp_path: Path, bits, down: float = 120.0) -> Path:
    """A page of one 1-bit image, 144 dpi across and 72 dpi down (a fax's pixel twice as tall as wide) by default."""
    path = tmp_path / "fax.pdf"
    write_fax_pdf(path, [(bits.shape[1], bits.shape[0], np.packbits(~bits, axis=1).tobytes())], [(200.0, down)])
    return path


def test_the_fax_image_is_read_by_its_own_pixels_and_drawn_mended(tmp_path):
    bits = np.zeros((120, 400), dtype=bool)
    bits[:60] = _text_rows()
    doubled = bits.copy()
    doubled[20:60] = np.concatenate([bits[20:30], bits[29:30].repeat(5, axis=0), bits[30:55]])
    document = pdfium.PdfDocument(str(_fax_pdf(tmp_path, doubled)))
    page = document[0]
    found = page_images(page)
    assert (page_ink(page, found) == doubled).all()
    mended = slip_mended_ink(page, found)
    assert mended is not None and (mended[:55] == bits[:55]).all()
    drawn = page_pixels(page, 2.0, grayscale=True, ink=mended)
    as_sent = page_pixels(page, 2.0, grayscale=True)
    assert drawn.shape == as_sent.shape
    # the image's rows 30-55 (two drawn rows each) moved up by the five rows taken out
    assert np.abs(drawn[60:110].astype(int) - as_sent[60:110]).mean() > 20
    document.close()


def test_a_clean_fax_is_drawn_by_pdfium_as_before(tmp_path):
    bits = np.zeros((120, 400), dtype=bool)
    bits[:60] = _text_rows()
    document = pdfium.PdfDocument(str(_fax_pdf(tmp_path, bits)))
    page = document[0]
    assert slip_mended_ink(page, page_images(page)) is None
    document.close()


def test_a_fax_of_square_pixels_is_drawn_as_before(tmp_path):
    bits = np.zeros((120, 400), dtype=bool)
    bits[:60] = _text_rows()
    doubled = bits.copy()
    doubled[20:60] = np.concatenate([bits[20:30], bits[29:30].repeat(5, axis=0), bits[30:55]])
    document = pdfium.PdfDocument(str(_fax_pdf(tmp_path, doubled, down=60.0)))  # 144 x 144 dpi
    page = document[0]
    assert slip_mended_ink(page, page_images(page)) is None
    document.close()
