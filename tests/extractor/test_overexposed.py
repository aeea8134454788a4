"""An overexposed scan's lifted print stretched back region by region (extractor/overexposed.py, issue #12)."""

from __future__ import annotations

import numpy as np

from bilagor.extractor.overexposed import overexposed_print, stretched, without_overexposure

SCALE = 200 / 72


def _page(bold: int, body: int) -> np.ndarray:
    """A white page: a bold label's strokes at grey `bold` and, a few lines below, thin body strokes at `body`."""
    page = np.full((600, 500), 255, np.uint8)
    for x in range(40, 200, 12):
        page[60:90, x : x + 5] = bold  # the label's stems
    for x in range(40, 460, 9):
        page[200:224, x : x + 2] = body  # the body type's thin stems
        page[300:324, x : x + 2] = body
    return page


def test_an_overexposed_page_is_found_by_its_white_paper_and_lifted_print():
    assert overexposed_print(_page(bold=110, body=205))
    assert not overexposed_print(_page(bold=15, body=120))  # a clean scan: its print is black
    faded = _page(bold=110, body=205)
    faded[faded == 255] = 215  # a faded copy's grey paper: no crushed highlights
    assert not overexposed_print(faded)


def test_pale_body_type_is_made_dark_in_its_own_region():
    page = _page(bold=110, body=205)
    out, lifted = without_overexposure(page, SCALE)
    assert lifted
    # the pale body strokes (50 dark) now under the 128 Tesseract's threshold takes as ink, the paper white
    assert out[210, 40] < 100
    assert out[210, 43] > 240
    assert out[75, 42] < 40  # the label black again
    assert out[450, 250] == 255


def test_a_clean_page_is_left_as_it_came():
    page = _page(bold=15, body=120)
    out, lifted = without_overexposure(page, SCALE)
    assert not lifted
    assert out is page


def test_paper_noise_is_not_raised_into_marks():
    page = np.full((300, 300), 255, np.uint8)
    page[100:130, 40:44] = 150
    page[250, 250] = 251  # a grain of noise far from any print
    assert stretched(page, SCALE)[250, 250] >= 251  # left as pale as it was
