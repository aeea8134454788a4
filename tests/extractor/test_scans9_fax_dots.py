"""Fax line noise (issue #12): ink dots far smaller than a full stop, beside words, read as punctuation
("till. omkring") or as the marks of an "ä" ("nättvandrare"). Synthetic 300 dpi images."""

from __future__ import annotations

import numpy as np

from bilagor.extractor.specks import remove_specks, without_dots

SCALE = 300 / 72


def line_with_noise():
    """A word-like block of ink with a full stop after it, and dots of noise beside and above it."""
    page = np.full((120, 400), 255, np.uint8)
    page[40:80, 40:200] = 20  # a word
    page[40:80, 40:200:9] = 255  # gaps between its letters
    page[74:79, 204:209] = 20  # a full stop: 5 x 5 px (1.2 pt)
    page[60:62, 214:216] = 30  # a noise dot 2 x 2 px beside the word, after the stop
    page[30:32, 100:102] = 40  # a noise dot above the word (an "a" read "ä"), beyond an i's dot's gap
    page[90:92, 300:302] = 25  # one far from any ink
    page[50:80, 260:264] = 20  # the stem of an "i" in small type
    page[46:48, 260:262] = 60  # its dot, shrunk by a bilevel scan to 2 x 2 px, two pixels above the stem
    return page


def test_noise_dots_beside_words_are_wiped_and_a_full_stop_stays():
    page = line_with_noise()
    clean = without_dots(page, SCALE)
    assert clean[60:62, 214:216].min() == 255 and clean[30:32, 100:102].min() == 255
    assert clean[90:92, 300:302].min() == 255
    assert (clean[74:79, 204:209] == 20).all()  # the full stop
    assert (clean[46:48, 260:262] == 60).all()  # the i's dot
    assert (clean[40:80, 40:200] == page[40:80, 40:200]).all()  # the word


def test_the_dust_wiper_leaves_dots_that_stand_near_a_word():
    """Why a second step: remove_specks keeps ink with other ink near it (a full stop must stay)."""
    kept = remove_specks(line_with_noise(), SCALE)
    assert kept[60:62, 214:216].max() < 255


def test_a_page_without_dots_is_the_same_page():
    page = np.full((200, 200), 255, np.uint8)
    page[50:90, 20:180] = 0
    assert without_dots(page, SCALE) is page
