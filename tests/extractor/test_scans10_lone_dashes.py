"""A lone "-" answer on a scan (issue #12): Tesseract returns nothing for a dash alone in its cell, so the
answer came back empty. Synthetic 300 dpi images: the ink test alone, then one OCR'd page."""

from __future__ import annotations

import os
import shutil

import numpy as np
import pytest

from bilagor.extractor import ocr
from bilagor.extractor.ocr_lone_dashes import dash_line, ink_blobs, lone_dash_boxes
from fixturegen import scans

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None and not os.environ.get("CI"),
    reason="tesseract is not installed (CI installs it and fails instead of skipping)",
)

SCALE = 300 / 72
LABEL = (100, 200, 330, 240)  # a read label's pixel box ("Bilder före")


def blank():
    return np.zeros((400, 1200), bool)


def test_a_short_flat_bar_alone_in_the_answer_column_is_a_dash():
    dark = blank()
    dark[215:220, 700:718] = True  # 18 x 5 px: a hyphen of 11 pt type
    assert lone_dash_boxes(dark, [LABEL], SCALE) == [(700, 215, 718, 220)]


def test_a_phone_photo_s_blurred_hyphen_is_a_dash():
    """A hyphen photographed at 150 dpi and blurred measured 12 x 6 px at 300 dpi (tuning seed 10201)."""
    dark = blank()
    dark[214:220, 700:712] = True
    assert lone_dash_boxes(dark, [LABEL], SCALE) == [(700, 214, 712, 220)]


def test_a_dot_a_rule_piece_a_thick_block_and_a_curve_are_no_dash():
    dark = blank()
    dark[215:221, 700:706] = True  # a full stop: square
    dark[215:219, 800:900] = True  # 100 px (24 pt): an underline or a rule's piece
    dark[210:230, 1000:1040] = True  # a block as thick as a letter
    for x in range(1100, 1130):  # a thin slanted stroke (a tick's): its box is mostly paper
        dark[300 - (x - 1100) // 3 : 303 - (x - 1100) // 3, x] = True
    assert lone_dash_boxes(dark, [LABEL], SCALE) == []


def test_a_bar_beside_other_ink_or_near_a_word_of_its_line_is_no_lone_dash():
    dark = blank()
    dark[215:220, 340:358] = True  # a word space after the label: a dash of the text Tesseract dropped
    dark[315:320, 700:718] = True  # a bar with a mark just above it: a piece of something unread
    dark[300:310, 705:712] = True
    assert lone_dash_boxes(dark, [LABEL], SCALE) == []


def test_pieces_of_a_ruling_line_noise_broke_are_no_dash():
    """On bench_scans' JPEG scans a table rule broke into pieces: those under the rule length stayed as ink
    and one, beside a phone number, was read "-" ("08-508 61 618 -")."""
    dark = blank()
    rule = (0, 300, 600, 303)  # the part of the rule long enough to be taken out
    dark[300:303, 640:660] = True  # a piece of it, 20 x 3 px, in line with it
    dark[150:153, 1000:1040] = True  # a thin bar 13 times as wide as thick, far from any rule
    assert lone_dash_boxes(dark, [LABEL], SCALE, [rule]) == []


def test_a_bar_inside_a_read_word_is_the_word_s():
    dark = blank()
    dark[215:220, 200:218] = True  # "e-tjänst": inside the word's box
    assert lone_dash_boxes(dark, [LABEL], SCALE) == []


def test_ink_blobs_join_pixels_touching_at_a_corner_and_count_their_ink():
    mask = np.zeros((10, 10), bool)
    mask[1, 1:3] = True
    mask[2, 3] = True  # touches (1, 2) at a corner
    mask[6:8, 6:9] = True
    assert sorted(ink_blobs(mask)) == [(1, 1, 4, 3, 3), (6, 6, 9, 8, 6)]


def test_a_dash_takes_the_line_of_the_label_beside_it_or_a_line_round_it():
    assert dash_line((170, 52, 174, 53), [(40.0, 60.0), (70.0, 85.0)], 15.0) == (40.0, 60.0)
    top, bottom = dash_line((170, 100, 174, 102), [(40.0, 60.0)], 15.0)
    assert top < 101 < bottom and bottom - top == 15.0


@needs_tesseract
def test_a_lone_dash_answer_is_read_as_a_word_on_its_label_s_line(tmp_path):
    pixels, baselines = scans.form_page(SCALE)
    page = ocr.read_page_image(pixels, SCALE, 1, 595, 842, tmp_path)
    dashes = sorted((w for w in page.words if w.text == "-"), key=lambda w: w.top)
    assert len(dashes) == len(baselines) == 3
    for dash, baseline in zip(dashes, baselines):
        assert scans.ANSWERS_AT - 1 < dash.x0 < scans.ANSWERS_AT + 4
        labels = [w for w in page.words if w.x0 < scans.ANSWERS_AT and w.top < baseline - 2 < w.bottom]
        assert labels and all((w.top, w.bottom) == (dash.top, dash.bottom) for w in labels)  # its label's line


def test_a_bar_at_the_page_s_edge_is_no_dash():
    """f-copies: toner at a copy's top edge (h15-069's second page, tuning data) was read as a "-" above the
    running header and joined to the answer the page goes on with: no paper is seen round it on the edge's side."""
    dark = blank()
    dark[2:7, 700:718] = True  # at the top edge
    dark[215:220, 1190:1200] = True  # at the right edge, 10 px: 2.4 pt
    assert lone_dash_boxes(dark, [LABEL], SCALE) == []
    dark[20:25, 700:718] = True  # 20 px (4.8 pt) below the edge: paper all round it
    assert lone_dash_boxes(dark, [LABEL], SCALE) == [(700, 20, 718, 25)]
