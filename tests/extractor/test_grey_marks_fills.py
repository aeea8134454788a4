"""Issue #12, twenty-fourth round: the grey-marks step (extractor/grey_marks.py) took a form's own grey print for
pencil. A label printed light on a grey bar, and the short sides of a framed one-line box drawn grey (a thin rule
scanned is grey at its darkest), are grey all through and longer than a glyph: the bars were made paper (their light
labels with them) and the boxes lost their sides (left as bits read "I"). On plain arrays: a bar is filled, a
pencil's stroke a point or two wide; a box's side meets the box's ruling line."""

from __future__ import annotations

import numpy as np

from bilagor.extractor.grey_marks import grey_marks, without_grey_marks

SCALE = 200 / 72  # a 200 dpi scan
PAPER = 240


def _text(grey, top: int, left: int = 60, right: int = 560, level: int = 15) -> None:
    """Black words of upright strokes (2 px wide, 12 px tall, a cross stroke) on row `top`."""
    for x in range(left, right, 9):
        if (x // 9) % 7 == 6:  # a space between words
            continue
        grey[top : top + 12, x : x + 2] = level
        grey[top + 5 : top + 7, x : x + 6] = level


def _page(height: int = 700, width: int = 640):
    grey = np.full((height, width), PAPER, dtype=np.uint8)
    for top in range(40, 200, 30):
        _text(grey, top)
    return grey


def _tick(grey, top: int = 400, left: int = 30, level: int = 95) -> np.ndarray:
    """A pencil tick (grey all through, 2 px wide) in the margin; its mask."""
    mask = np.zeros(grey.shape, dtype=bool)
    for step in range(60):
        y, x = top + step // 2 if step < 20 else top + 10 - (step - 20) // 2, left + step // 2
        mask[y : y + 2, x : x + 2] = True
    grey[mask] = level
    return mask


def test_a_light_label_on_a_grey_bar_is_kept():
    grey = _page()
    bar = np.zeros(grey.shape, dtype=bool)
    bar[240:296, 50:600] = True  # a bar 20 pt tall across the column
    grey[bar] = 100  # mid grey: darker than a pencil's stroke is at its core, far from print's black
    _text(grey, 262, 70, 300, level=PAPER)  # its label, light on it
    for left in range(320, 600, 60):  # a copier's watermark crossing it, multiplied in: black there, which
        for row in range(240, 296):  # breaks the bar's rows (else kept whole as ruling lines)
            grey[row, left + (row - 240) // 2 : left + (row - 240) // 2 + 14] = 40
    tick = _tick(grey)
    found = grey_marks(grey, SCALE)
    assert found is not None and found[tick].mean() > 0.8  # the pencil tick is still a mark
    assert found[bar].mean() < 0.01  # the bar is not
    cleaned, _ = without_grey_marks(grey, SCALE)
    assert (cleaned[bar] <= 100).mean() > 0.75  # the bar stays dark round its label's light letters


def test_the_short_sides_of_a_framed_box_drawn_grey_are_kept():
    grey = _page()
    rule = 60  # a thin rule's darkest pixel on a scan: grey, not the print's black
    box = np.zeros(grey.shape, dtype=bool)
    top, bottom, left, right = 300, 334, 50, 330  # a one-line box, 12 pt tall: its sides shorter than a rule
    box[top : top + 2, left:right] = box[bottom - 2 : bottom, left:right] = True
    box[top:bottom, left : left + 2] = box[top:bottom, right - 2 : right] = True
    grey[box] = rule
    _text(grey, 311, 70, 250)
    tick = _tick(grey)
    found = grey_marks(grey, SCALE)
    assert found is not None and found[tick].mean() > 0.8
    sides = np.zeros(grey.shape, dtype=bool)
    sides[top + 4 : bottom - 4, left : left + 2] = sides[top + 4 : bottom - 4, right - 2 : right] = True
    assert found[sides].mean() < 0.01


def test_a_pencil_stroke_beside_a_box_is_still_a_mark():
    grey = _page()
    grey[300:302, 50:330] = grey[345:347, 50:330] = 60  # a box's rules, no sides
    stroke = np.zeros(grey.shape, dtype=bool)
    stroke[360:392, 200:202] = True  # a straight pencil stroke down (shorter than a rule), clear of the rule
    grey[stroke] = 95
    found = grey_marks(grey, SCALE)
    assert found is not None and found[stroke].mean() > 0.8
