"""Issue #12, eighteenth round (microfilm): a microfilm reader's print of a negative frame is light text on a dark
ground; every scan step takes dark for ink, so the page read as a black frame round nothing. A page whose ground
(its margins, its median) is dark and whose marks lie on the light side of it is turned positive before OCR
(negative); a positive page, a dim or low-contrast print with dark ink and a blank dark page are left. Small synthetic
images, no OCR."""

from __future__ import annotations

import numpy as np

from bilagor.extractor.negative import is_negative, positive


def _print(height: int = 600, width: int = 400, *, paper: int = 250, ink: int = 25, seed: int = 3):
    """Lines of "print" (short blocks of `ink`) on `paper` inside margins, with a little grain."""
    y, x = np.arange(height)[:, None], np.arange(width)[None, :]
    blocks = ((y - 40) % 30 < 12) & ((x - 40) % 50 < 30) & (y >= 40) & (y < height - 60) & (x >= 40) & (x < width - 40)
    grain = np.random.default_rng(seed).normal(0, 8, (height, width))
    return np.clip(np.where(blocks, ink, paper) + grain, 0, 255).astype(np.uint8)


def test_a_negative_print_is_turned_positive():
    page = _print(paper=40, ink=170)  # a microfilm negative: dark ground, light letters, low contrast
    assert is_negative(page)
    turned, was = positive(page)
    assert was
    assert np.array_equal(turned, 255 - page)
    assert np.median(turned) > 200  # the ground is paper now


def test_a_negative_with_light_scratches_and_a_dark_vignette_is_still_found():
    page = _print(paper=45, ink=160).astype(float)
    page[:, 100:102] = 10  # a scratch, dark on the negative
    yy, xx = np.mgrid[0 : page.shape[0], 0 : page.shape[1]]
    page *= 1 - 0.15 * (((xx - 200) / 200) ** 2 + ((yy - 300) / 300) ** 2)
    assert is_negative(np.clip(page, 0, 255).astype(np.uint8))


def test_positive_pages_are_left():
    for page in (
        _print(),  # a clean scan
        _print(paper=200, ink=70),  # a microfilm's positive print: low contrast, still dark ink on light
        _print(paper=100, ink=20),  # a dim copy: a dark ground, but its marks are darker still
    ):
        assert not is_negative(page)
        same, was = positive(page)
        assert not was and same is page


def test_a_blank_dark_page_is_not_a_negative():
    page = np.random.default_rng(5).normal(40, 6, (600, 400)).clip(0, 255).astype(np.uint8)
    page[:, 200] = 110  # a lone light scratch is no text
    assert not is_negative(page)
