"""Lone dashes that are no answer (issue #12, the twenty-ninth forms' toner pages): a page number "- 1 -" that
Tesseract did not read, and the serifs of a pencilled bracket whose upright the rule finder took out, were given
back as "- -" ending the answer above them. Plain 300 dpi ink masks."""

from __future__ import annotations

import numpy as np

from bilagor.extractor.ocr_lone_dashes import lone_dash_boxes

SCALE = 300 / 72
LABEL = (100, 200, 330, 240)  # a read label's pixel box


def blank():
    return np.zeros((600, 1400), bool)


def test_the_dashes_of_an_unread_page_number_are_no_dashes():
    dark = blank()
    dark[400:404, 700:712] = True  # "-"
    dark[385:415, 726:736] = True  # "1", not read
    dark[400:404, 750:762] = True  # "-"
    assert lone_dash_boxes(dark, [LABEL], SCALE) == []


def test_a_lone_dash_with_paper_beside_it_on_its_line_is_still_one():
    dark = blank()
    dark[400:404, 700:712] = True
    dark[470:500, 726:736] = True  # ink on another line, well below
    assert lone_dash_boxes(dark, [LABEL], SCALE) == [(700, 400, 712, 404)]


def test_a_bar_at_the_end_of_an_upright_rule_taken_out_is_no_dash():
    dark = blank()
    dark[300:304, 52:66] = True  # a bracket's top serif; its upright (x 48-52, y 300-500) taken out as a rule
    dark[497:501, 52:66] = True  # its bottom serif
    upright = (48, 300, 52, 501)
    assert lone_dash_boxes(dark, [LABEL], SCALE, [], [upright]) == []
    assert len(lone_dash_boxes(dark, [LABEL], SCALE)) == 2  # without the upright: two dashes
