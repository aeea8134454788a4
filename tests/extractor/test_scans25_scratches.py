"""Issue #12, twentieth round (microfilm positives): a scratch along the film is a thin column lighter than the
paper beside it and lighter than the strokes it crosses, straight down the page. The faded-print step took its light
for the paper's (a grey band round it) and the strokes it crossed read as cut letters. A column lighter than both its
sides in most rows of most of the page is filled from its sides before any other scan step (light_columns); gaps
between letters that line up down a form, grain and clean pages are left. Small synthetic images, no OCR."""

from __future__ import annotations

import numpy as np

from bilagor.extractor.light_columns import scratch_columns, without_scratches

SCALE = 300 / 72  # a 300 dpi page, pixels per point


def _print(height: int = 900, width: int = 500, *, paper: int = 200, ink: int = 70, seed: int = 4):
    """A low-contrast print (a microfilm reader's positive): lines of "letters" (stems 5 px wide, 3 px apart, in
    words) with grain."""
    y, x = np.arange(height)[:, None], np.arange(width)[None, :]
    lines = ((y - 60) % 60 < 30) & (y >= 60) & (y < height - 60)
    stems = ((x - 40) % 8 < 5) & ((x - 40) % 64 < 45) & (x >= 40) & (x < width - 40)
    grain = np.random.default_rng(seed).normal(0, 6, (height, width))
    return np.clip(np.where(lines & stems, ink, paper) + grain, 0, 255).astype(np.uint8)


def _scratched(page, x: int, *, light: int = 55, width: int = 3):
    scratched = page.astype(float)
    scratched[:, x : x + width] += light
    return np.clip(scratched, 0, 255).astype(np.uint8)


def test_a_scratch_down_the_page_is_found_and_filled():
    page = _print()
    scratched = _scratched(page, 241)  # through the stems and the paper between the lines
    columns = scratch_columns(scratched, SCALE)
    assert set(columns) & {241, 242, 243} and set(columns) <= set(range(238, 247))
    mended, found = without_scratches(scratched, SCALE)
    assert found
    # the paper beside the scratch is paper again, and a stem it crossed is ink again
    assert abs(int(np.median(mended[30:50, 241:244])) - int(np.median(page[30:50, 241:244]))) < 12
    stem_rows = slice(62, 88)
    assert np.median(scratched[stem_rows, 241]) > 110  # cut: mid grey
    assert np.median(mended[stem_rows, 241]) < 100  # mended: about the stem's ink
    # nothing away from the scratch changes
    assert np.array_equal(mended[:, :230], scratched[:, :230]) and np.array_equal(mended[:, 255:], scratched[:, 255:])


def test_a_clean_print_is_left_as_it_is():
    page = _print()
    assert scratch_columns(page, SCALE).size == 0
    same, found = without_scratches(page, SCALE)
    assert not found and same is page


def test_gaps_between_letters_lined_up_down_a_form_are_no_scratch():
    # every line's stems lie at the same places: the gaps between them are lighter than their sides wherever a line
    # crosses them, and not between the lines, where they are paper like their sides
    page = _print(ink=20)
    assert scratch_columns(page, SCALE).size == 0


def test_a_scratch_over_a_short_stretch_only_is_left():
    # a light mark a few lines long (a pen's gap, a fold's crease) is not a film's scratch down the frame
    page = _print()
    marked = page.copy()
    marked[100:260] = _scratched(page, 241)[100:260]
    assert scratch_columns(marked, SCALE).size == 0


def test_a_scratch_on_a_vignetted_print_is_found():
    page = _scratched(_print(), 300).astype(float)
    yy, xx = np.mgrid[0 : page.shape[0], 0 : page.shape[1]]
    page *= 1 - 0.3 * (((xx - 250) / 250) ** 2 + ((yy - 450) / 450) ** 2) / 2  # a reader's dark corners
    columns = scratch_columns(np.clip(page, 0, 255).astype(np.uint8), SCALE)
    assert set(columns) & {300, 301, 302} and set(columns) <= set(range(297, 306))
