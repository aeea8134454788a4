"""The tuning generator of faxes whose row feed slips (tests/fixturegen/fax_slip.py)."""

from __future__ import annotations

import json
import random

import numpy as np
import pypdfium2 as pdfium

from bilagor.extractor.ocr_render import page_images
from fixturegen.fax_slip import build_fax_slip_corpus, slipped


def _rows(height: int = 400, width: int = 300):
    """Rows no two alike: each row a stroke pattern of its own."""
    rng = np.random.default_rng(5)
    return rng.random((height, width)) < 0.2


def test_a_true_feed_prints_every_row_once():
    bits = _rows()
    assert (slipped(bits, random.Random(1), 0.0) == bits).all()


def test_a_slipping_feed_repeats_and_drops_rows_and_keeps_the_height():
    bits = _rows()
    fed = slipped(bits, random.Random(1), 0.15)
    assert fed.shape == bits.shape
    repeats = sum(1 for y in range(1, len(fed)) if fed[y].any() and (fed[y] == fed[y - 1]).all())
    printed = {bits[y].tobytes() for y in range(len(bits))} & {row.tobytes() for row in fed}
    assert repeats > 5
    assert len(printed) < len(bits) - 5  # rows dropped: no longer printed anywhere


def test_the_corpus_is_standard_and_fine_bilevel_faxes_with_the_forms_truth(tmp_path):
    paths = build_fax_slip_corpus(tmp_path, 2, 2601)
    resolutions = []
    for path in paths:
        truth = json.loads(path.with_name(path.stem + ".truth.json").read_text(encoding="utf-8"))
        assert truth["variant"].startswith("fax_slip-") and truth["sections"]
        document = pdfium.PdfDocument(str(path))
        found = page_images(document[0])
        assert found.bilevel and found.resolution is not None
        resolutions.append(tuple(round(v * 72) for v in found.resolution))
        document.close()
    assert resolutions == [(204, 98), (204, 196)]
