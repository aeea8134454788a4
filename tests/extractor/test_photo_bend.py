"""A photographed sheet that was bent (issue #12): its text lines come out curved, and a straight line
through them meets two lines. Synthetic pages of word-like blocks at 200 dpi, bent by known amounts; then
the photo's blurred strokes made black and white without joining them."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageFilter

from bilagor.extractor.page_photo import INK_LEVEL, as_scan, binarised, dilated, flattened, ink_level
from bilagor.extractor.photo_bend import line_slopes, unbent
from bilagor.extractor.photo_marks import small_marks
from fixturegen import scans
from fixturegen.photos import photo_of

SCALE = 200 / 72
LINE_HEIGHT = 24  # scans.text_image's lines: blocks 24 px tall, 70 px apart, from x = 100 to 1400


def bent_page(page, rise):
    """`page` with each column x moved down by rise(x, y) pixels (rounded; paper fills what comes in)."""
    height, width = page.shape
    ys, xs = np.mgrid[0:height, 0:width]
    source = ys - np.rint(rise(xs, ys)).astype(int)
    inside = (source >= 0) & (source < height)
    out = np.full_like(page, 255)
    out[inside] = page[source[inside], xs[inside]]
    return out


def arch(amplitude):
    """A curl bending the lines by `amplitude` px at the middle of the width against its ends."""
    return lambda xs, ys: amplitude * np.sin(np.pi * xs / 1600)


def clear_share(page):
    """Share of the rows through the text (x 100-1400) that meet no ink: between straight lines 24 px tall
    and 70 px apart, two thirds; where a line bends by more than the gap between lines, none."""
    rows = (page[120 : 120 + 14 * 70, 100:1400] < 128).any(axis=1)
    return float(1 - rows.mean())


def test_a_bent_pages_lines_are_made_straight():
    page = bent_page(scans.text_image(), arch(40))
    assert clear_share(page) < 0.2  # a straight line across meets some line everywhere
    assert clear_share(unbent(page, SCALE)) > 0.55


@pytest.mark.parametrize(
    "rise",
    [
        lambda xs, ys: (10 + 40 * ys / 1200) * np.sin(np.pi * xs / 1600),  # bent more towards the bottom
        lambda xs, ys: -35 * np.sin(np.pi * xs / 1600) ** 2 * (xs > 0),  # bent the other way, flatter ends
        lambda xs, ys: 45 * (xs / 1600) ** 2,  # a corner lifted: bending more and more towards one side
    ],
)
def test_other_bends_are_made_straight_too(rise):
    page = bent_page(scans.text_image(), rise)
    assert clear_share(page) < 0.35
    assert clear_share(unbent(page, SCALE)) > 0.5


def test_what_bend_one_fit_leaves_is_measured_again_and_taken_out():
    """A bend growing down the page is more than one fitted surface follows: lines between 24 px blocks
    70 px apart leave two thirds of the rows clear when straight, 0.594 after one fit, 0.622 after two."""
    page = bent_page(scans.text_image(), lambda xs, ys: (10 + 40 * ys / 1200) * np.sin(np.pi * xs / 1600))
    assert clear_share(unbent(page, SCALE)) > 0.61


def test_the_slopes_measured_are_the_lines_own():
    page = bent_page(scans.text_image(), lambda xs, ys: 0.04 * xs)
    slopes = line_slopes(page < 128, SCALE)
    assert len(slopes.slope) > 20
    assert float(np.median(slopes.slope)) == pytest.approx(0.04, abs=0.005)


def test_straight_or_only_turned_lines_are_left_as_they_were():
    page = scans.text_image()
    assert unbent(page, SCALE) is page
    turned = bent_page(page, lambda xs, ys: 0.02 * xs)  # a turn is deskew's to straighten
    assert unbent(turned, SCALE) is turned


def test_a_page_without_text_lines_is_left_as_it_was():
    blank = np.full((1200, 1600), 255, np.uint8)
    assert unbent(blank, SCALE) is blank
    picture = np.asarray(scans.photo(1600, 1200))
    assert unbent(picture, SCALE) is picture


def test_a_bent_sheet_photographed_on_a_desk_comes_out_with_straight_lines():
    photo = photo_of(bent_page(scans.text_image(), arch(40)))
    assert clear_share(as_scan(photo, SCALE)) > 0.5


@pytest.mark.parametrize("reach", [1, 2, 5, 8])
def test_a_mask_grown_by_steps_is_the_max_filters(reach):
    mask = np.random.default_rng(reach).random((211, 157)) < 0.003
    expected = Image.fromarray(mask.astype(np.uint8) * 255).filter(ImageFilter.MaxFilter(2 * reach + 1))
    assert (dilated(mask, reach) == (np.asarray(expected) > 0)).all()


def strokes_two_pixels_apart(blur):
    """Pairs of dark strokes 4 px wide, 2 px apart (an "r" beside an "n"), blurred as a photo blurs them."""
    page = np.full((200, 400), 255, np.uint8)
    for x in range(20, 380, 16):
        page[40:160, x : x + 4], page[40:160, x + 6 : x + 10] = 15, 15
    return np.asarray(Image.fromarray(page).filter(ImageFilter.GaussianBlur(blur)))


def test_blurred_strokes_close_together_stay_apart():
    page = strokes_two_pixels_apart(1.0)
    gap = page[100, 24:26]
    assert (gap < INK_LEVEL).all()  # the old fixed level joined them ("rn" read "m")
    assert (binarised(page)[100, 24:26] == 255).any()


def test_pale_print_keeps_the_fixed_ink_level():
    pale = np.where(strokes_two_pixels_apart(1.0) < 200, 150, 255).astype(np.uint8)  # no dark core at all
    assert ink_level(pale) == INK_LEVEL


def test_a_rule_broken_into_dashes_is_joined_and_text_is_left_alone():
    from bilagor.extractor.photo_rules import rules_joined

    page = scans.text_image(lines=4)
    for x in range(100, 1400, 40):  # a pale rule made black and white: dashes 28 px long, gaps of 12
        page[88:90, x : x + 28] = 0
    joined = rules_joined(page, SCALE)
    assert (joined[88, 100:1388] == 0).all()
    assert (joined[100:] == page[100:]).all()  # the lines of text (and their gaps between words) as they were
    text = scans.text_image(lines=4)
    assert (rules_joined(text, SCALE) == text).all()


def photographed_with_pale_marks(rise=None):
    """A text page photographed flat (paper grey 200, black blocks) with pale thin marks below its lines (a
    thin stroke's grey, 0.6 of the paper's light: under the fixed ink level, over a dark core's lower one),
    bent by `rise` when given."""
    page = scans.text_image()
    for x in range(120, 1380, 30):
        page[1120:1123, x : x + 3] = 153  # 3 px dots: an i's dot, a bullet
    if rise is not None:
        page = bent_page(page, rise)
    return (page.astype(np.float32) * 200 / 255).astype(np.uint8)


def ink_below_the_lines(page):
    return int((page[1105:1190, 100:1400] < 128).sum())


def test_a_flat_photos_thin_marks_keep_the_fixed_ink_level():
    flat = photographed_with_pale_marks()
    assert ink_level(flattened(flat, SCALE)) < 153  # the strokes' dark core alone would lower the level past them
    assert ink_below_the_lines(as_scan(flat, SCALE)) >= 42 * 9 * 0.8


def test_a_bent_photo_keeps_its_pale_dots_at_its_strokes_lower_level():
    """The dots have no dark core: the lower level alone loses them ("ri" read "n" without the i's dot)."""
    bent = photographed_with_pale_marks(arch(40))
    assert ink_level(flattened(bent, SCALE)) < 153
    assert ink_below_the_lines(as_scan(bent, SCALE)) >= 42 * 9 * 0.8


def test_small_marks_are_the_marks_alone_in_a_small_box():
    page = strokes_two_pixels_apart(1.0).copy()
    page[10:13, 50:53] = 150  # an i's dot: pale all through
    page[180:184, 100:104] = 20  # a full stop
    ink = page < INK_LEVEL
    marks = small_marks(ink, SCALE)
    assert marks[10:13, 50:53].all() and marks[180:184, 100:104].all()
    assert not marks[30:170].any()  # strokes and the grey between two of them are no small mark
