"""Issue #12, thirty-second round (f-pencil): a pencil stroke drawn through a line of print, at half its words'
x-height, was read with the print as hyphens joining the words ("Under-byggtiden-hänvisades"). The grey-marks step
only looked for grey more than 1.5 pt from black print, and such a stroke is nowhere that far from a letter. On
plain arrays at 300 dpi: words of black upright strokes, a grey stroke 3 px wide through them."""

from __future__ import annotations

import numpy as np
import pytest

from bilagor.extractor.grey_marks import grey_marks, strikes, without_grey_marks

SCALE = 300 / 72
PAPER = 240
TOP, XHEIGHT = 100, 21  # a line's x-height band: rows 100-120 (5 pt)


def _words(grey, top: int = TOP, left: int = 60, right: int = 900, level: int = 15) -> np.ndarray:
    """Black words of upright strokes (3 px wide, an x-height tall, a bar at the top: n-like letters, 13 px
    apart, grey edges a pixel wide) on the band from `top`, a word gap every sixth letter; the words' mask."""
    mask = np.zeros(grey.shape, dtype=bool)
    for x in range(left, right, 13):
        if (x - left) // 13 % 6 == 5:  # a space between words
            continue
        mask[top : top + XHEIGHT, x : x + 3] = True
        mask[top : top + XHEIGHT, x + 8 : x + 11] = True
        mask[top : top + 3, x : x + 11] = True
    edges = np.zeros_like(mask)
    edges[:, 1:] |= mask[:, :-1]
    edges[:, :-1] |= mask[:, 1:]
    grey[edges & ~mask] = 150  # a scan's grey edges
    grey[mask] = level
    return mask


def _stroke(grey, row: int, left: int, right: int, level: int = 150, seed: int = 1) -> np.ndarray:
    """A grainy grey pencil stroke 3 px wide on rows `row`.. from `left` to `right`, under the print's black (a
    stroke over print darkens nothing black); its mask."""
    rng = np.random.default_rng(seed)
    mask = np.zeros(grey.shape, dtype=bool)
    mask[row : row + 3, left:right] = True
    tone = np.where(rng.random(grey.shape) < 0.7, level, level + 25).astype(np.uint8)
    grey[mask] = np.minimum(grey, tone)[mask]
    return mask


def _clear_of(words, stroke) -> np.ndarray:
    """`stroke`'s pixels two or more from any of `words`' (a cell of the step's grid may hold both)."""
    near = words.copy()
    for shift in (1, 2):
        near[:, shift:] |= words[:, :-shift]
        near[:, :-shift] |= words[:, shift:]
    return stroke & ~near


def _page():
    grey = np.full((600, 1000), PAPER, dtype=np.uint8)
    words = _words(grey)
    _words(grey, top=200)
    return grey, words


def test_a_grey_stroke_through_a_line_of_words_is_made_paper_and_the_letters_stay():
    grey, words = _page()
    stroke = _stroke(grey, TOP + 9, 70, 700)
    marks = grey_marks(grey, SCALE)
    assert marks is not None
    gaps = _clear_of(words, stroke)
    assert marks[gaps].mean() > 0.98  # the stroke between the letters and the words
    assert not marks[words & (grey < 60)].any()  # no letter's black
    cleaned, marked = without_grey_marks(grey, SCALE)
    assert marked
    assert (cleaned[gaps] > 200).mean() > 0.98
    assert (cleaned[words] < 60).mean() > 0.99


def test_a_light_stroke_a_scan_keeps_at_150_to_180_is_found_too():
    grey, words = _page()
    stroke = _stroke(grey, TOP + 9, 70, 700, level=170)
    marks = grey_marks(grey, SCALE)
    assert marks is not None and marks[_clear_of(words, stroke)].mean() > 0.98


def test_print_alone_is_no_stroke():
    grey, _ = _page()
    assert grey_marks(grey, SCALE) is None


def test_a_black_line_through_the_words_is_print():
    grey, words = _page()
    grey[TOP + 9 : TOP + 12, 70:700] = 15  # a printed strikethrough: black, no pencil
    assert grey_marks(grey, SCALE) is None


@pytest.mark.parametrize("tint", [190, 206])  # a tint, and one a hair under the stroke's threshold (noisy)
def test_words_on_a_grey_band_are_no_stroke(tint):
    rng = np.random.default_rng(3)
    grey = np.full((600, 1000), PAPER, dtype=np.uint8)
    band = (slice(TOP - 12, TOP + XHEIGHT + 12), slice(40, 960))
    grey[band] = np.clip(tint + rng.normal(0, 3, grey[band].shape), 0, 255).astype(np.uint8)
    _words(grey)
    from bilagor.extractor.ink_cells import paper_and_cells
    from bilagor.extractor.grey_marks import CELL_POINTS, CORE_SHARE

    paper, _, darkest = paper_and_cells(grey, SCALE, CELL_POINTS)
    assert not strikes(darkest, paper, darkest < CORE_SHARE * paper).any()
