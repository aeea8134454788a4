"""Issue #12, twenty-seventh round: coloured marks taken out on yellowed paper (ocr_pen). On foxed archive paper the
rust-brown spots are coloured marks over the print, and the pen step made them white: bright holes in paper whose
own grey is 200-230. The faded-print step took those holes for the paper's light round them, so the paper there went
grey in blocks, and the photo finder then blanked the words under the blocks ("göra det möjligt" lost). A dark
mark is made the paper's own light round it."""

from __future__ import annotations

import numpy as np

from bilagor.extractor.ocr_pen import paper_round, without_pen

SCALE = 200 / 72
PAPER = (236, 226, 190)  # yellowed
RUST = (150, 88, 48)


def _grey(rgb):
    return (rgb.astype(np.float32) @ np.array([0.299, 0.587, 0.114])).astype(np.uint8)


def _foxed_page():
    """An RGB page of yellowed paper with lines of dark print and rust spots between them; (page, spots mask)."""
    rgb = np.empty((900, 640, 3), np.uint8)
    rgb[:] = PAPER
    for top in range(100, 700, 40):
        for x in range(60, 560, 9):
            rgb[top : top + 24, x : x + 3] = (60, 50, 45)
    ys, xs = np.mgrid[0:900, 0:640]
    spots = np.zeros((900, 640), bool)
    for cx, cy, r in ((100, 130, 8), (300, 210, 6), (450, 370, 9), (200, 530, 7), (520, 610, 5), (380, 780, 10)):
        spots |= np.hypot(xs - cx, ys - cy) <= r
    rgb[spots] = RUST
    return rgb, spots


def test_rust_spots_on_yellowed_paper_are_made_its_paper_not_white():
    rgb, spots = _foxed_page()
    grey = _grey(rgb)
    paper = float(np.median(grey))
    cleaned, marks = without_pen(grey, rgb, SCALE)
    assert marks is not None and marks[spots].mean() > 0.9
    assert np.abs(cleaned[spots].astype(float) - paper).max() <= 8  # the paper's grey, no bright hole


def test_the_paper_round_a_mark_leaves_the_mark_and_the_print_out():
    grey = np.full((60, 80), 220, np.uint8)
    grey[10:20, 5:75] = 40  # print beside the mark: darker than paper, fewer pixels
    marks = np.zeros_like(grey, dtype=bool)
    marks[30:40, 30:40] = True
    grey[marks] = 90
    assert paper_round(grey, marks, (30, 30, 40, 40), SCALE) == 220
    assert paper_round(grey, np.ones_like(marks), (0, 0, 80, 60), SCALE) == 255
