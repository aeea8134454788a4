"""A reviewer's red pen on a short page and its written words (ocr_pen): the ring and the struck line taken out
though they pass the share of a page's ink that coloured print has; the pen's "OK" and initials at the foot taken
out with them; a coloured title on the page's upper part, and coloured words on a page without the pen's strokes,
kept."""

from __future__ import annotations

import numpy as np

from bilagor.extractor.ocr_pen import without_pen

SCALE = 200 / 72
RED = (200, 30, 40)


def _grey(rgb):
    return (rgb.astype(np.float32) @ np.array([0.299, 0.587, 0.114])).astype(np.uint8)


def _letters(rgb, top: int, left: int, count: int, colour) -> None:
    """`count` glyph-sized letters (a stem and a bowl-like box, 22 px high, 4 px apart) in `colour`."""
    for n in range(count):
        x = left + n * 18
        rgb[top : top + 22, x : x + 3] = colour
        rgb[top + 8 : top + 11, x : x + 14] = colour
        rgb[top + 19 : top + 22, x : x + 14] = colour
        rgb[top + 8 : top + 22, x + 11 : x + 14] = colour


def _short_page(*, pen: bool = True):
    """An RGB page of two black lines with a red ring round the first word, a red wavy line under the second, and
    red "OK"-like letters at the foot (when `pen`; else only the red letters)."""
    rgb = np.full((900, 640, 3), 250, np.uint8)
    for top in (100, 170):
        for x in range(60, 400, 9):
            rgb[top : top + 30, x : x + 3] = 20
    if pen:
        ys, xs = np.mgrid[0:900, 0:640]
        ring = np.abs(np.hypot((xs - 90) / 45, (ys - 115) / 28) - 1) < 0.06
        rgb[ring] = RED
        for x in range(60, 400):
            y = 205 + round(3 * np.sin(x / 8))
            rgb[y : y + 3, x] = RED
    _letters(rgb, 760, 420, 4, RED)
    return rgb


def test_a_short_pages_ring_and_struck_line_are_a_pen_not_coloured_print():
    rgb = _short_page()
    grey = _grey(rgb)
    assert ((grey < 160) & (rgb[..., 0] > 150)).sum() > 0.1 * (grey < 160).sum()  # past coloured print's share
    cleaned, marks = without_pen(grey, rgb, SCALE)
    assert marks is not None
    assert (cleaned[203:212, 402:] > 200).all() and (cleaned[85:90, 80:100] > 200).all()


def test_the_pens_letters_at_the_foot_go_with_its_strokes():
    rgb = _short_page()
    cleaned, _ = without_pen(_grey(rgb), rgb, SCALE)
    assert (cleaned[755:790, 415:500] > 200).all()


def test_a_coloured_title_on_the_upper_part_stays():
    rgb = _short_page()
    _letters(rgb, 30, 60, 6, RED)  # a red title over the print
    cleaned, _ = without_pen(_grey(rgb), rgb, SCALE)
    assert (cleaned[30:52, 60:63] < 160).all()


def test_coloured_letters_without_the_pens_strokes_stay():
    rgb = _short_page(pen=False)
    cleaned, _ = without_pen(_grey(rgb), rgb, SCALE)
    assert (cleaned[760:782, 420:423] < 160).all()
