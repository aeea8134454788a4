"""Issue #12 (robustness): the coloured-pen step on a colour form worked out every pixel's hue and vividness,
paper included, and cost more than the OCR it prepared (qpdf's shared-form-images: 101 s of 362 under cProfile).
They are worked out for the coloured ink's pixels only now, with the same mask out. Synthetic pages drawn here."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_scans12_pen import BLUE, RED, SCALE, form, jpeg  # noqa: E402
from test_scans19_colour_forms import stamped  # noqa: E402

from bilagor.extractor import ocr_pen  # noqa: E402
from bilagor.extractor.page_photo import colour_marks  # noqa: E402


def _stamped_colour_form(labels, marks):
    clean, boxes = form(label_colour=labels)
    page = jpeg(stamped(clean, boxes, marks, marks))
    return np.asarray(page), np.asarray(page.convert("L"))


@pytest.fixture
def hue_pixels(monkeypatch):
    """The number of pixels each call of ocr_pen.hues was handed."""
    counted: list[int] = []
    original = ocr_pen.hues

    def counting(rgb):
        counted.append(int(np.asarray(rgb).size // 3))
        return original(rgb)

    monkeypatch.setattr(ocr_pen, "hues", counting)
    return counted


@pytest.mark.parametrize(("labels", "marks"), [(BLUE, RED), (RED, BLUE)], ids=["blue form", "red form"])
def test_a_colour_forms_hues_are_worked_out_for_its_coloured_ink_only(hue_pixels, labels, marks):
    rgb, grey = _stamped_colour_form(labels, marks)
    assert ocr_pen.pen_marks(rgb, grey, SCALE) is not None
    coloured_ink = int((colour_marks(rgb, SCALE, 0.0) & (grey < 160)).sum())
    assert hue_pixels  # the page is coloured print: the hue path ran
    # once, over the coloured ink (before: once over it for the print's hue, then over the whole page)
    assert sum(hue_pixels) <= coloured_ink < grey.size // 10


@pytest.mark.parametrize(("labels", "marks"), [(BLUE, RED), (RED, BLUE)], ids=["blue form", "red form"])
def test_other_hue_ink_is_the_whole_page_rule_on_fewer_pixels(labels, marks):
    rgb, grey = _stamped_colour_form(labels, marks)
    coloured_ink = colour_marks(rgb, SCALE, 0.0) & (grey < 160)
    print_hue = ocr_pen.main_hue(rgb, coloured_ink)
    whole_page = (
        coloured_ink & ocr_pen.vivid(rgb) & ~ocr_pen.near_hue(ocr_pen.hues(rgb), print_hue, ocr_pen.PRINT_HUE_DEGREES)
    )
    found = ocr_pen._other_hue_ink(rgb, coloured_ink)
    assert found.any()
    assert np.array_equal(found, whole_page)


def test_a_grey_page_never_reaches_the_hue_table(hue_pixels):
    clean, _ = form()
    page = jpeg(clean)
    assert ocr_pen.pen_marks(np.asarray(page), np.asarray(page.convert("L")), SCALE) is None
    assert hue_pixels == []
