"""Issue #12, eighteenth round (microfilm): a film's scratches are light lines a pixel or two wide down the whole
print; where one crossed the title it cut the strokes and the title read as other letters. A column clearly lighter
than its neighbours all down the page is filled from the columns beside it (scratches); print, rules, wide light
bands and a clean page are left. Small synthetic images, no OCR."""

from __future__ import annotations

import numpy as np

from bilagor.extractor.scratches import scratch_columns, without_scratches

SCALE = 2.0  # px per pt


def _print(height: int = 600, width: int = 400, paper: int = 205, ink: int = 60):
    """A film print's page: lines of "print" (short dark blocks) on grey paper, with grain."""
    y, x = np.arange(height)[:, None], np.arange(width)[None, :]
    blocks = ((y - 40) % 30 < 12) & ((x - 40) % 50 < 30) & (y >= 40) & (y < height - 60) & (x >= 40) & (x < width - 40)
    grain = np.random.default_rng(7).normal(0, 10, (height, width))
    return np.clip(np.where(blocks, ink, paper) + grain, 0, 255).astype(np.uint8)


def test_a_scratch_through_the_print_is_found_and_filled():
    clean = _print()
    scratched = clean.copy()
    scratched[:, 55:57] = np.clip(clean[:, 55:57].astype(int) + 60, 0, 255)  # through a column of blocks
    assert scratch_columns(scratched, SCALE) == [(55, 57)]
    mended, had = without_scratches(scratched, SCALE)
    assert had
    inside = (slice(40, 52), slice(55, 57))  # a block's pixels under the scratch are ink again
    assert mended[inside].mean() < 100 < scratched[inside].mean()
    assert np.array_equal(mended[:, :50], scratched[:, :50])  # the rest of the page untouched


def test_a_clean_page_print_rules_and_a_wide_light_band_are_left():
    page = _print()
    page[300:302, 20:380] = 0  # a rule across
    page[:, 200:204] = 40  # a dark line down (a rule, not a scratch)
    page[:, 300:330] = 250  # a wide light band: the page's own, not a scratch
    assert scratch_columns(page, SCALE) == []
    same, had = without_scratches(page, SCALE)
    assert not had and same is page
