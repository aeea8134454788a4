"""Issue #12, twenty-seventh round: the rule finder (ocr.remove_rules) took a row through a long word whose letters
touch for a ruling line. On a spirit copy every stroke spreads into a halo, so "Sommarjobbande" was one run of ink
along its middle row, 60 pt long: wiped with its fringe, the word was cut in two and read "Sommaijurkvande". A rule
has paper beside it on at least one side; a row through a line of type has its letters just above and below it.
On plain arrays."""

from __future__ import annotations

import numpy as np

from bilagor.extractor.joined_type import joined_type
from bilagor.extractor.ocr import MIN_RULE_POINTS, remove_rules

SCALE = 300 / 72


def _word(grey, top: int, left: int, letters: int) -> None:
    """A word of touching letters: "o"-like rings 12 px wide every 14 px, 20 px tall (an x-height), joined along
    the middle rows (the halo between the letters)."""
    for n in range(letters):
        x = left + 14 * n
        grey[top : top + 20, x : x + 12] = 40
        grey[top + 5 : top + 15, x + 4 : x + 8] = 245  # the bowl's counter
    grey[top + 9 : top + 12, left : left + 14 * letters - 2] = 60


def _page():
    grey = np.full((400, 1200), 245, np.uint8)
    _word(grey, 60, 100, 16)  # 215 px: longer than a rule's 150
    grey[250:253, 80:1100] = 20  # a ruling line ...
    _word(grey, 226, 300, 8)  # ... with a word standing on it (touching it from above)
    for n in range(8):
        grey[226:252, 300 + 14 * n : 305 + 14 * n] = 40
    return grey


def test_a_row_through_touching_letters_is_no_rule_and_a_rule_under_a_word_is():
    grey = _page()
    image, rules = remove_rules(grey, round(MIN_RULE_POINTS * SCALE), scale=SCALE)
    cleaned = np.asarray(image)
    assert (cleaned[60:80, 100:322] == grey[60:80, 100:322]).all()  # the word is left whole
    assert not any(top < 80 and bottom > 60 for _, top, _, bottom in rules)
    assert any(top <= 250 and bottom >= 253 and x1 - x0 > 900 for x0, top, x1, bottom in rules)
    assert (cleaned[250:253, 80:1100] == 255).all()  # the rule is taken out


def test_joined_type_wants_letters_on_both_sides():
    dark = _page() < 160
    runs = np.zeros_like(dark)
    boxes = [(100, 69, 322, 72), (80, 250, 1100, 253)]
    for x0, top, x1, bottom in boxes:
        runs[top:bottom, x0:x1] = True
    assert joined_type(dark, runs, boxes, SCALE) == [(100, 69, 322, 72)]
