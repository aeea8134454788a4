"""A phone photo of a screen (screen_photo): its subpixel stripes found and made grey, its thin strokes kept; paper
of one tint not."""

from __future__ import annotations

import numpy as np
from PIL import Image

from bilagor.extractor.page_photo import as_scan
from bilagor.extractor.screen_photo import screen_grey, subpixel_screen, thin_strokes_kept

SCALE = 300 / 72


def _page(height: int = 300, width: int = 240):
    """A grey 'page' (uint8) of paper with a few dark bars of print, as a screen shows it."""
    page = np.full((height, width), 235, np.uint8)
    for top in range(40, height - 40, 30):
        page[top : top + 8, 30 : width - 30] = 30
    return page


def _photographed(page, shrink: float = 0.73):
    """`page` shown on a screen (each pixel three stripes, a dark row under them) and photographed (scaled)."""
    height, width = page.shape
    sub = np.zeros((height * 3, width * 3, 3), np.uint8)
    for channel in range(3):
        sub[:, channel::3, channel] = np.repeat(page, 3, axis=0)
    sub[2::3] = sub[2::3] // 3
    image = Image.fromarray(sub, "RGB").resize((round(width * 3 * shrink), round(height * 3 * shrink)))
    out = np.asarray(image).astype(np.float32) * 2.2
    return np.clip(out, 0, 255).astype(np.uint8)


def test_a_screen_photo_is_found_and_its_stripes_made_one_grey():
    photo = _photographed(_page())
    assert subpixel_screen(photo)
    grey = screen_grey(photo, SCALE)
    paper = grey[5:25, 40:-40]  # between the page's top and its first bar
    assert paper.std() < 8  # the stripes and the dark rows are one light
    assert grey.mean() > photo.min(axis=-1).mean()


def test_plain_and_tinted_paper_and_a_red_stamp_are_no_screen():
    page = np.repeat(_page()[..., None], 3, axis=-1)
    assert not subpixel_screen(page)
    cream = (page.astype(np.float32) * np.array([1.0, 0.97, 0.86])).astype(np.uint8)
    assert not subpixel_screen(cream)
    stamped = page.copy()
    stamped[100:160, 60:180] = (200, 40, 40)
    assert not subpixel_screen(stamped)


def test_a_screen_photo_with_weak_stripes_under_a_colour_cast_is_found():
    """A far or soft photo keeps a tenth of the stripes' colour and its white balance tints the screen
    blue-green: the stripes' own hues are told against the tint (measured against grey, the red third was empty)."""
    photo = _photographed(_page()).astype(np.float32)
    mean = photo.mean(axis=-1, keepdims=True)
    weak = mean + 0.1 * (photo - mean) - np.array([12.0, 0.0, 0.0])
    assert subpixel_screen(np.clip(weak, 0, 255).astype(np.uint8))


def test_a_coloured_check_round_a_plain_page_is_no_screen():
    """A tablecloth's two-colour check in the light part of a photo: coloured against its neighbourhood in two
    opposite hues only."""
    page = np.repeat(_page()[..., None], 3, axis=-1).astype(np.float32)
    check = ((np.arange(page.shape[0])[:, None] // 6 + np.arange(page.shape[1])[None] // 6) % 2).astype(bool)
    page[:, :80][check[:, :80]] = (250, 200, 200)
    assert not subpixel_screen(page.astype(np.uint8))


def test_a_thin_strokes_grey_is_kept_with_its_core_and_a_pale_line_is_not():
    """An "r": its stem dark, its arm one screen pixel wide and so grey (190) on the flattened page, under the
    photo's ink level; a guidance line as grey but with no dark core of its own stays paper."""
    flat = np.full((120, 120), 255, np.uint8)
    flat[20:60, 30:35] = 60  # the stem
    flat[20:24, 35:43] = 190  # the arm, 2 pt
    flat[80:85, 30:90] = 190  # a pale guidance line
    ink = thin_strokes_kept(flat, flat < 170, SCALE)
    assert ink[20:24, 35:43].all()
    assert not ink[80:85].any()
    assert ink[20:60, 30:35].all() and not ink[:, 50:].any()


def test_a_screen_photos_arm_is_read_as_ink_on_the_photo_path():
    """as_scan of a screen photo keeps the arm; of another photo it stays at the fixed ink level (cut)."""
    page = np.full((300, 240), 235, np.uint8)
    page[100:160, 60:68] = 40
    page[100:106, 68:76] = 180  # the arm, grey on the screen
    assert (as_scan(page, SCALE, screen=True)[101:105, 69:75] == 0).mean() > 0.9
    assert (as_scan(page, SCALE)[101:105, 69:75] == 0).mean() < 0.1
