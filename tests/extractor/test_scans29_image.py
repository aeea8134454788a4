"""A printout low on toner (twenty-ninth round, issue #12), on plain arrays: an upright band of columns whose print is
a quarter to a half as dark as the page's and broken into specks is found by its columns' print darkness (the page's
dark print on both sides in the same lines) and darkened back column by column before the pale-layer step, which
took its print for a drum's ghost and made it paper."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from bilagor.extractor.pale_layer import without_pale_layer
from bilagor.extractor.toner_band import band_runs, stripe_gain, without_toner_band

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_pale_layer import SCALE, _printed, _scan  # noqa: E402  (a 200 dpi scan of lines of upright strokes)


def _low_toner(ink, left: int = 250, right: int = 350, keep: float = 0.35, seed: int = 3):
    """`ink` with columns left:right (36 pt at 200 dpi: 6 % of a page) printed at `keep` of the print, a third of their pixels lost in specks."""
    rng = np.random.default_rng(seed)
    out = ink.copy()
    band = out[:, left:right] * keep
    band[rng.random(band.shape) < 0.3] *= 0.3
    out[:, left:right] = band
    return out


def test_a_pale_band_between_dark_print_is_a_low_toner_band():
    shares = np.array([1.0, 0.98, 0.95, 0.7, 0.45, 0.4, 0.5, 0.8, 0.97, 1.0] + [1.0] * 40, dtype=np.float32)
    assert band_runs(shares) == [(3, 8)]


def test_paleness_at_the_edge_of_the_print_or_never_deep_is_no_band():
    # pencil in a margin: pale columns with no print beyond them
    margin = np.array([np.nan] * 5 + [0.25, 0.25] + [1.0] * 43, dtype=np.float32)
    # a column of slightly lighter type: under FULL but never below MAX_DIP
    lighter = np.array([1.0] * 10 + [0.85, 0.8, 0.82] + [1.0] * 37, dtype=np.float32)
    assert band_runs(margin) == [] and band_runs(lighter) == []


def test_a_clean_page_has_no_band():
    assert stripe_gain(_scan(_printed(bottom=840)), SCALE) is None


def test_the_band_print_is_darkened_back_and_kept_by_the_pale_layer_step():
    ink = _printed(bottom=840)
    grey = _scan(_low_toner(ink))
    gain = stripe_gain(grey, SCALE)
    assert gain is not None
    assert gain[256:344].min() > 1.5 and gain[:200].max() == 1.0 and gain[400:].max() == 1.0
    mended, found = without_toner_band(grey, SCALE)
    assert found
    letters = np.zeros_like(ink, dtype=bool)
    letters[:, 250:350] = ink[:, 250:350] > 0.5
    assert (grey[letters] < 128).mean() < 0.2  # as printed, Tesseract's threshold loses the band's strokes
    assert (mended[letters] < 128).mean() > 0.7  # most of each stroke back, its specks partly
    out, _ = without_pale_layer(mended, SCALE)
    assert (out[letters] < 128).mean() > 0.7
    assert (mended[:, :200] == grey[:, :200]).all()  # the page's own print is not touched


def test_a_drum_ghost_in_the_band_stays_pale_for_the_pale_layer_step():
    ink = _printed(bottom=420)
    ghost = np.zeros_like(ink)
    ghost[420:] = 0.2 * ink[:480]  # the drum's pale repeat a turn lower
    grey = _scan(_low_toner(np.maximum(ink, ghost)))
    mended, found = without_toner_band(grey, SCALE)
    assert found
    out, layered = without_pale_layer(mended, SCALE)
    assert layered
    band_ghost = np.zeros_like(ink, dtype=bool)
    band_ghost[:, 250:350] = ghost[:, 250:350] > 0.1
    assert (out[band_ghost] < 200).mean() < 0.05  # the ghost's strokes in the band are paper too
