"""Scans: a drum's ghost and a copier's watermark over forms of three shapes (issue #12, twenty-fourth round).

    PYTHONPATH=tests .venv/bin/python bench/ghost_shapes_tuning.py [--seed 2901] [--count 18] [--misses] [--keep DIR]

As bench/ghost_tuning.py (tests/fixturegen/drum_ghost.py's ghosts and watermarks, 150-300 dpi), but over three
shapes of form in turn: labels light on dark bands (tests/fixturegen/band_forms.py), small grey labels over framed
boxes or a numbered table (boxforms), the layout families. Seed 2901 tuned on, seed 2902 kept aside.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.drum_ghost import build_ghost_shapes_corpus  # noqa: E402
from layout_scoring import corpus_command  # noqa: E402


if __name__ == "__main__":
    corpus_command(build_ghost_shapes_corpus, 2901, 18, "name the files that missed")
