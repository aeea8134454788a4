"""A cockled page's waved lines straightened before OCR (extractor/cockle.py): plain pixel arrays."""

from __future__ import annotations

import math

import numpy as np

from bilagor.extractor.cockle import straightened, without_cockle

SCALE = 300 / 72


def _page(shift=None, seed: int = 3) -> np.ndarray:
    """A grey page of ruled writing lines with 'words' (dark blocks of letters' height) typed on them, every
    column moved down by shift(x) px."""
    rng = np.random.default_rng(seed)
    height, width = 1400, 1600
    page = np.full((height, width), 235, np.uint8)
    for top in range(100, height - 100, 90):
        x = 120
        while x < width - 200:  # words of a line of type, 40 px tall, on the rule
            w = int(rng.integers(60, 220))
            for letter in range(x, x + w, 14):
                page[top : top + 40, letter : letter + 8] = 40
            x += w + 25
        page[top + 44 : top + 47, 100 : width - 100] = 30  # its writing line
    if shift is None:
        return page
    out = np.empty_like(page)
    rows = np.arange(height)
    for x in range(width):
        out[:, x] = page[np.clip(rows - int(round(shift(x))), 0, height - 1), x]
    return out


def _rule_rows(page: np.ndarray, near: int) -> np.ndarray:
    """Per column (every 10th, inside the rules' ends), the row of the darkest pixel near row `near`."""
    cols = np.arange(150, page.shape[1] - 150, 10)
    band = page[near - 15 : near + 15, cols]
    return near - 15 + band.argmin(axis=0)


def test_a_waved_page_is_straightened():
    wave = lambda x: 7 * math.sin(2 * math.pi * x / 260)  # noqa: E731
    page = _page(wave)
    rows = _rule_rows(page, 100 + 5 * 90 + 45)
    assert np.ptp(rows) >= 12  # the rule runs up and down by 14 px
    out, done = without_cockle(page, SCALE)
    assert done
    rows = _rule_rows(out, 100 + 5 * 90 + 45)
    assert np.ptp(rows) <= 4  # straight within a stroke's width


def test_a_flat_page_comes_back_as_it_was():
    page = _page()
    out, done = without_cockle(page, SCALE)
    assert not done and out is page


def test_a_turned_page_is_no_cockle():
    page = _page(lambda x: 0.01 * x)  # a straight slope: a turn (deskew's), no wave
    out, done = without_cockle(page, SCALE)
    assert not done and out is page


def test_straightened_moves_each_column_back_by_its_offset():
    page = np.zeros((40, 6), np.uint8)
    page[10, :] = 200
    moved = page.copy()
    moved[:, 3] = np.roll(page[:, 3], 4)  # column 3's line stands 4 px lower
    found = np.array([[0, 0, 0, 4, 0, 0]], np.float32)
    out = straightened(moved, np.arange(6) + 0.0, np.array([20.0]), found)
    assert (out[10] == 200).all() and out[14, 3] == 0


def test_a_straightened_rules_steps_are_no_break_with_a_waver():
    """A rule left with steps of a pixel or two up and down (a cockle straightened) is one rule given the waver, and
    broken into pieces shorter than a rule without it (the rule finder as on any other page)."""
    from bilagor.extractor.ocr import MIN_RULE_POINTS, remove_rules

    grey = np.full((300, 1600), 240, np.uint8)
    for x in range(100, 1500, 40):  # a rule 2 px thick stepping 2 px up and down every 20 px
        grey[150:152, x : x + 20] = 30
        grey[152:154, x + 20 : x + 40] = 30
    length = round(MIN_RULE_POINTS * SCALE)
    _, plain = remove_rules(grey, length, scale=SCALE)
    image, wavered = remove_rules(grey, length, scale=SCALE, waver=2)
    assert not plain
    assert len(wavered) == 1 and wavered[0][2] - wavered[0][0] >= 1390
    assert (np.asarray(image)[140:160] > 200).all()
