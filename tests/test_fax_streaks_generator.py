"""The tuning generator of fine faxes fed skewed, with streaks down the page (tests/fixturegen/fax_streaks.py)."""

from __future__ import annotations

import json
import random

import numpy as np
import pypdfium2 as pdfium

from bilagor.extractor.ocr_render import page_images
from fixturegen.fax_streaks import build_fax_streaks_corpus, sheared, streaked


def test_a_shear_moves_each_row_further_down_the_page():
    bits = np.zeros((200, 100), dtype=bool)
    bits[:, 10] = True
    moved = sheared(bits, random.Random(1), 0.05)
    assert [int(np.argmax(row)) for row in moved[::50]] == [10, 12, 15, 18]  # 10 + round(0.05 * y)


def test_streaks_are_upright_runs_of_ink_and_dropouts_upright_paper():
    bits = np.zeros((300, 200), dtype=bool)
    bits[100:110, :] = True
    drawn = streaked(bits, random.Random(3), dark=1, light=1)
    inked = drawn.sum(axis=0)
    assert (inked >= 100).any()  # a dark streak: a third of the page or more, in a column of its own
    assert (drawn[100:110].sum(axis=0) == 0).any()  # a dropout through the band of ink


def test_the_corpus_is_fine_bilevel_faxes_with_the_forms_truth(tmp_path):
    for path in build_fax_streaks_corpus(tmp_path, 2, 2701):
        truth = json.loads(path.with_name(path.stem + ".truth.json").read_text(encoding="utf-8"))
        assert truth["variant"].startswith("fax_streaks-") and truth["sections"]
        document = pdfium.PdfDocument(str(path))
        found = page_images(document[0])
        assert found.bilevel and found.resolution is not None
        assert tuple(round(v * 72) for v in found.resolution) == (204, 196)
        document.close()
