"""Issue #12, seventeenth round: a letter folded in three and scanned flat. Its creases were dark enough to be found
as rules across the page (wiping them cut the letters of the line they crossed) and its shadows darkened the paper
for a few millimetres (folds.without_folds evens them out); the dots of its umlauts, 1.7 pt above the letter at
10 pt and 200 dpi, were half wiped as dust (specks._whole_blobs keeps a blob partly near ink whole). Small
synthetic images, no OCR."""

from __future__ import annotations

import numpy as np

from bilagor.extractor.folds import DIP_SHARE, without_folds
from bilagor.extractor.specks import remove_specks

SCALE = 2.0  # px per pt
PAPER = 250


def _page(height: int = 800, width: int = 600):
    page = np.full((height, width), PAPER, np.uint8)
    for top in range(40, height - 40, 30):  # lines of "print": short dark blocks with paper between
        for left in range(40, width - 60, 50):
            page[top : top + 12, left : left + 30] = 25
    return page


def _folded(page, fold: int, depth: float = 0.28, reach: float = 50.0):
    """A fold's shadow below row `fold`, fading over `reach` rows, with its crease (half the paper's light)."""
    light = np.ones(page.shape[0])
    below = np.arange(page.shape[0]) - fold
    light -= depth * np.exp(-np.clip(below, 0, None) / reach) * (below >= 0)
    light[fold - 1 : fold + 2] *= 0.7
    return np.clip(page * light[:, None], 0, 255).astype(np.uint8)


def test_a_folds_crease_and_shadow_are_evened_out_and_its_print_kept():
    clean = _page()
    folded = _folded(clean, 400)
    assert (folded[400:402] < 160).all()  # the crease is ink across the page (a rule) before
    evened, had = without_folds(folded, SCALE)
    assert had
    assert not (evened[400:402] < 160).all(axis=1).any()
    paper = clean == PAPER
    off = np.abs(evened.astype(int) - PAPER)
    assert off[:450][paper[:450]].max() <= 4  # the crease and the shadow's dark part made paper
    assert off[paper].max() <= (1 - DIP_SHARE) * PAPER + 1  # its faint tail is left
    assert (evened[~paper] < 60).all()  # the print in the shadow stays as dark as it was


def test_a_fold_down_the_page_is_evened_out_too():
    folded = _folded(_page(600, 800).T, 300).T
    assert (folded[:, 300:302] < 160).all()
    evened, had = without_folds(folded, SCALE)
    assert had and not (evened[:, 300:302] < 160).all(axis=0).any()


def test_a_rule_across_the_page_is_no_fold():
    page = _page()
    page[400:404, :] = 20  # thin and sharp, margin to margin
    evened, had = without_folds(page, SCALE)
    assert not had and (evened == page).all()


def test_a_shaded_cell_and_a_dark_banner_are_left_as_they_are():
    page = _page()
    page[300:360, 40:300] = (page[300:360, 40:300] * 0.8).astype(np.uint8)  # a tinted cell, half the width
    page[500:560, :] = 70  # a dark banner across the page (light text on it would be wiped by dividing)
    page[520:530, 100:200] = 240
    evened, had = without_folds(page, SCALE)
    assert not had and (evened == page).all()


def test_a_clean_page_is_unchanged():
    page = _page()
    evened, had = without_folds(page, SCALE)
    assert not had and evened is page


def test_an_umlauts_dot_partly_near_its_letter_is_kept_whole():
    scale = 4.0  # 1.5 pt up and down is 6 px; a speck is at most 4.8 px square
    page = np.full((120, 200), PAPER, np.uint8)
    page[52:72, 60:76] = 20  # the letter's body
    page[43:48, 63:66] = 20  # its dot: the lowest row within 6 rows of the body, the top rows not
    page[20:23, 150:153] = 20  # dust, nothing near it
    cleaned = remove_specks(page, scale)
    assert (cleaned[43:48, 63:66] == 20).all()
    assert (cleaned[20:23, 150:153] == 255).all()
    assert (cleaned[52:72, 60:76] == 20).all()
