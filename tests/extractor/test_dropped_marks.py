"""Bullets OCR leaves out on a page read with OCR because its font has no Unicode map (issue #12 class 7)."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from bilagor.extractor.dropped_marks import BULLET, bullets, glyph_box, is_bullet, uncovered
from bilagor.extractor.words import Word

SCALE = 4.0
SIZE = 10.0


def _line(top: float, texts: list[tuple[str, float, float]]) -> list[Word]:
    return [Word(t, x0, x1, top, top + 10, "", SIZE) for t, x0, x1 in texts]


def _page(dots: list[tuple[float, float, float]] = (), rings: list[tuple[float, float, float]] = ()) -> np.ndarray:
    """A grey page image at SCALE with filled dots and rings (centre x, centre y, radius in points)."""
    image = Image.new("L", (round(300 * SCALE), round(200 * SCALE)), 255)
    draw = ImageDraw.Draw(image)
    for x, y, r in dots:
        draw.ellipse([(x - r) * SCALE, (y - r) * SCALE, (x + r) * SCALE, (y + r) * SCALE], fill=0)
    for x, y, r in rings:
        draw.ellipse([(x - r) * SCALE, (y - r) * SCALE, (x + r) * SCALE, (y + r) * SCALE], outline=0, width=4)
    return np.asarray(image)


def test_a_glyph_no_ocr_word_covers_on_a_line_ocr_read_is_uncovered():
    words = _line(100, [("Arbetet", 60, 95), ("har", 98, 112)])
    bullet, letter, space = (50, 100, 56, 112), (62, 100, 68, 112), (56, 100, 59, 112)
    elsewhere = (50, 150, 56, 162)  # a line OCR read nothing on
    assert uncovered([bullet, letter, space, elsewhere], words) == [bullet, space]


def test_a_small_solid_round_dot_is_a_bullet_and_a_letter_o_or_a_full_stop_is_not():
    size = SIZE * SCALE
    disc = np.zeros((40, 40), bool)
    yy, xx = np.mgrid[0:40, 0:40]
    disc[(yy - 20) ** 2 + (xx - 20) ** 2 <= 8**2] = True
    ring = disc & ((yy - 20) ** 2 + (xx - 20) ** 2 >= 5**2)
    dot = (yy - 20) ** 2 + (xx - 20) ** 2 <= 2**2
    bar = np.zeros((40, 40), bool)
    bar[19:22, 8:32] = True
    assert is_bullet(disc, size)
    assert not is_bullet(ring, size)
    assert not is_bullet(dot, size)
    assert not is_bullet(bar, size)
    assert not is_bullet(np.zeros((40, 40), bool), size)


def test_bullets_are_put_back_on_their_line_and_letters_are_not():
    words = _line(100, [("Arbetet", 62, 95), ("har", 98, 112)]) + _line(120, [("Projektet", 62, 100)])
    glyphs = [((50, 100, 58, 110), SIZE), ((50, 120, 58, 130), SIZE), ((62, 100, 70, 110), SIZE)]
    grey = _page(dots=[(54, 105, 2.0)], rings=[(54, 125, 3.5)])
    found = bullets(glyphs, words, grey, SCALE)
    assert [(w.text, w.x0, w.top, w.bottom) for w in found] == [(BULLET, 50, 100, 110)]


def test_a_glyph_read_without_width_is_looked_for_over_half_an_em():
    box, size = glyph_box({"x0": 200.0, "x1": 200.0, "top": 90.0, "bottom": 100.0, "size": 10.0})
    assert (box, size) == ((200.0, 90.0, 205.0, 100.0), 10.0)
    assert glyph_box({"x0": 200.0, "x1": 206.0, "top": 90.0, "bottom": 100.0, "size": 10.0})[0][2] == 206.0


def test_ink_running_out_of_the_glyph_box_is_no_bullet():
    cut = np.zeros((20, 20), bool)
    yy, xx = np.mgrid[0:20, 0:20]
    cut[(yy - 10) ** 2 + (xx - 2) ** 2 <= 5**2] = True  # a dot cut by the box's left edge
    assert not is_bullet(cut, SIZE * SCALE)
