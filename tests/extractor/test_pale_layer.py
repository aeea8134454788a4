"""A laser drum's ghost and a copier's watermark (a layer far paler than the print) made paper before OCR
(extractor/pale_layer.py), on plain arrays: the print kept, also where a low-toner stripe lightened it."""

from __future__ import annotations

import numpy as np
import pytest

from bilagor.extractor.pale_layer import pale_layer, without_pale_layer

SCALE = 200 / 72  # px per pt: a 200 dpi scan
PAPER = 240


def _printed(height: int = 900, width: int = 640, top: int = 40, bottom: int = 420, seed: int = 1):
    """Darkness 0-1 of a page of text lines between rows `top` and `bottom`: words of upright strokes 2 px wide,
    9-14 px tall, with cross strokes, as a 10 pt text's letters are at 200 dpi."""
    rng = np.random.default_rng(seed)
    ink = np.zeros((height, width), dtype=np.float32)
    for y in range(top, bottom, 36):
        x = 40
        while x < width - 80:
            for _ in range(int(rng.integers(3, 8))):
                tall = int(rng.integers(9, 15))
                ink[y + 14 - tall : y + 14, x : x + 2] = 1
                ink[y + 6 : y + 8, x : x + 6] = 1
                x += 7
            x += 14
    return ink


def _scan(ink, seed: int = 2):
    """A grey scan of darkness `ink`: print at 20, paper at PAPER, a little grain."""
    rng = np.random.default_rng(seed)
    grey = PAPER - ink * (PAPER - 20) + rng.normal(0, 3, ink.shape)
    return np.clip(grey, 0, 255).astype(np.uint8)


def _ghosted(ink, offset: int = 420, share: float = 0.2):
    """`ink` with its pale repeat `offset` px lower (a drum's turn)."""
    out = ink.copy()
    out[offset:] = np.maximum(out[offset:], share * ink[: ink.shape[0] - offset])
    return out


def test_a_drum_ghost_below_the_print_is_made_paper():
    ink = _printed()
    grey = _scan(_ghosted(ink))
    out, found = without_pale_layer(grey, SCALE)
    assert found
    ghost = np.zeros_like(ink, dtype=bool)
    ghost[420:] = ink[:480] > 0.5
    assert (out[ghost] < 180).mean() < 0.02  # the ghost's strokes are paper
    assert (out[ink > 0.5] < 100).mean() > 0.98  # the print's are kept


def test_the_print_in_a_low_toner_stripe_is_kept_and_its_ghost_taken():
    ink = _ghosted(_printed())
    stripe = np.ones(ink.shape[1], dtype=np.float32)
    stripe[250:400] = 0.45  # the toner ran low: the print 55 % lighter in these columns
    grey = _scan(ink * stripe[None, :])
    out, found = without_pale_layer(grey, SCALE)
    assert found
    printed = _printed() > 0.5
    assert (out[:, 250:400][printed[:, 250:400]] < 200).mean() > 0.95
    assert (out[:, 270:380][printed[:, 270:380]] < 90).mean() > 0.9  # and darkened back (it was at 141)
    ghost = np.zeros_like(printed)
    ghost[420:] = printed[:480]
    assert (out[ghost] < 225).mean() < 0.05


def test_a_big_pale_slanted_word_across_the_page_is_made_paper():
    ink = _printed()
    mark = np.zeros_like(ink)
    rows, columns = np.mgrid[0 : ink.shape[0], 0 : ink.shape[1]]
    for start in range(60, 560, 110):  # five letters' thick strokes, slanted 45 degrees
        mark[(np.abs(rows - (ink.shape[0] - columns) - start + 300) < 14) & (columns > 80) & (columns < 600)] = 0.25
    grey = _scan(np.maximum(ink, mark))
    out, found = without_pale_layer(grey, SCALE)
    assert found
    assert (out[(mark > 0) & (ink == 0)] < 215).mean() < 0.02
    assert (out[ink > 0.5] < 100).mean() > 0.98


def test_a_clean_page_and_a_faded_one_hold_no_pale_layer():
    ink = _printed(bottom=860)
    assert pale_layer(_scan(ink), SCALE) is None
    assert pale_layer(_scan(ink * 0.5), SCALE) is None  # faded print is not paler than itself


def test_a_textured_papers_grain_is_no_pale_layer():
    ink = _printed()
    grey = _scan(ink).astype(np.int16) - np.random.default_rng(5).integers(0, 45, ink.shape) * (
        np.random.default_rng(6).random(ink.shape) < 0.01
    )  # a dip here and there: the paper's fibres
    out, found = without_pale_layer(np.clip(grey, 0, 255).astype(np.uint8), SCALE)
    assert not found


@pytest.mark.filterwarnings("error")
def test_a_page_of_a_few_marks_is_not_judged():
    grey = np.full((600, 400), PAPER, dtype=np.uint8)
    grey[100:104, 100:110] = 20  # a dot of toner, far under a page's share of print: no print to judge by
    assert pale_layer(grey, SCALE) is None
