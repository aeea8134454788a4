"""A red pen's line through black print (ocr_pen): the line made paper, the print under and beside it kept."""

from __future__ import annotations

import numpy as np

from bilagor.extractor.ocr_pen import without_pen

SCALE = 200 / 72
RED = np.array((200, 30, 40), np.float32)


def _struck_word():
    """An RGB page: a 'word' of black stems struck through by a red line that darkens what it covers; its grey."""
    rgb = np.full((440, 300, 3), 250, np.float32)
    for top in range(40, 400, 70):  # lines of 'words': the pen's ink a few per cent of the page's
        for x in range(60, 200, 9):
            rgb[top : top + 40, x : x + 3] = 20  # a stem of a letter
    line = np.ones(rgb.shape, np.float32)
    for x in range(40, 230):  # the pen's wavy stroke, longer than a glyph
        y = 58 + round(3 * np.sin(x / 8))
        line[y : y + 3, x] = RED / 255
    rgb = np.clip(rgb * line, 0, 255).astype(np.uint8)
    grey = (rgb @ np.array([0.299, 0.587, 0.114])).astype(np.uint8)
    return rgb, grey


def test_the_struck_words_letters_stay_black_round_the_line():
    rgb, grey = _struck_word()
    cleaned, marks = without_pen(grey, rgb, SCALE)
    assert marks is not None
    assert (cleaned[54:65, 40:58] > 200).all()  # the line beside the word made paper
    assert (cleaned[54:65, 204:230] > 200).all()
    stems = cleaned[52:68, 60:63]  # a stem across the line and its fringe
    assert (stems < 80).all()


def test_a_line_on_paper_alone_is_wiped_with_its_fringe():
    rgb, grey = _struck_word()
    rgb[40:80, 55:205] = 250  # no print under the line
    for x in range(40, 230):
        y = 58 + round(3 * np.sin(x / 8))
        rgb[y : y + 3, x] = RED
    grey = (rgb.astype(np.float32) @ np.array([0.299, 0.587, 0.114])).astype(np.uint8)
    cleaned, _ = without_pen(grey, rgb, SCALE)
    assert (cleaned[50:68, 40:230] > 200).all()
