"""A sheet torn across and mended (thirtieth round, issue #12), on plain arrays: a thin dark gap wandering across the
whole page, margins included, is found as a tear and wiped, and the piece under it, turned against the piece above,
is turned back level with it; a form's straight rule, a page with no tear, and a rule across the text column only
are left as they are."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from PIL import Image

from bilagor.extractor.deskew import estimate_skew
from bilagor.extractor.torn_sheet import tear_path, without_tear

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_pale_layer import PAPER, SCALE, _printed, _scan  # noqa: E402  (a 200 dpi scan of lines of upright strokes)

LINE = 452  # the tear's line, between two text lines (36 px apart from row 40)


def _tear_rows(width: int = 640):
    """The tear's row at each column: wandering 10 px about LINE."""
    xs = np.arange(width)
    return LINE + 10 * np.sin(xs / 70.0) + 3 * np.sin(xs / 9.0)


def _torn(turn: float = 0.7):
    """A page of text torn across at `_tear_rows`, its lower piece turned `turn` degrees, the gap dark."""
    grey = _scan(_printed(height=900, width=640, top=40, bottom=860))
    rows = np.arange(grey.shape[0])[:, None]
    tear = _tear_rows()[None, :]
    turned = np.asarray(
        Image.fromarray(grey).rotate(turn, resample=Image.Resampling.BICUBIC, center=(320, LINE), fillcolor=PAPER)
    )
    out = np.where(rows > tear, turned, grey)
    return np.where(np.abs(rows - tear) <= 2, 40, out).astype(np.uint8)


def test_a_wandering_gap_across_the_margins_is_a_tear():
    path = tear_path(_torn(), SCALE)
    assert path is not None
    off = np.abs(path - _tear_rows())
    # on the gap in the margins; across the print it may run along a line's strokes the gap merged with
    assert off[:40].max() < 3 and off[-40:].max() < 3 and np.median(off) < 3


def test_the_tear_is_wiped_and_the_lower_piece_turned_level():
    torn = _torn()
    mended, _, found = without_tear(torn, SCALE)
    assert found
    # the gap's dark gone in the margins, where nothing is printed
    rows = np.round(_tear_rows()).astype(int)
    assert (mended[rows[:30], np.arange(30)] > 150).all() and (mended[rows[-30:], np.arange(610, 640)] > 150).all()
    # the lower piece lies level with the upper (upright, as the upper is) within the skew's own step
    lower = mended[LINE + 30 :]
    assert abs(estimate_skew(torn[LINE + 30 :])) >= 0.5
    assert abs(estimate_skew(lower)) <= 0.15


def test_a_page_without_a_tear_or_with_straight_rules_is_left_alone():
    plain = _scan(_printed(height=900, width=640, top=40, bottom=860))
    ruled = plain.copy()
    ruled[450:453, :] = 30  # a straight rule edge to edge (a scanner's edge, a crease): no wander
    column = plain.copy()
    column[450 + (np.arange(40, 560) % 20 > 10), np.arange(40, 560)] = 30  # a wavy line inside the text column only
    for page in (plain, ruled, column):
        assert tear_path(page, SCALE) is None
        out, _, found = without_tear(page, SCALE)
        assert not found and out is page


def test_the_colour_render_is_mended_alike():
    # the pen step reads colours from the colour render: its pieces must lie where the grey page's lie
    torn = _torn()
    colour = np.stack([torn, torn, torn], axis=2)
    mended, mended_colour, found = without_tear(torn, SCALE, colour)
    assert found and mended_colour.shape == colour.shape
    below = slice(LINE + 160, 880)
    # away from the tape's lifted rows, the grey page and each colour channel are the same pixels
    assert np.abs(mended_colour[below, :, 1].astype(int) - mended[below].astype(int)).max() <= 1
