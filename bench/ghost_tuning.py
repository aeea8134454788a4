"""Scans: laser prints with a worn drum's ghost, copies with a copier's watermark (issue #12), tuning family.

    PYTHONPATH=tests .venv/bin/python bench/ghost_tuning.py [--seed 2801] [--count 12] [--misses] [--keep DIR]

Renders `count` forms of the layout families and scans each grey at 150-300 dpi (tests/fixturegen/drum_ghost.py):
in turn a laser print whose drum repeats the print pale 60-95 mm lower (sometimes twice) with a low-toner stripe
down the page, and a copy with a large pale slanted word or two across it and the copier's date line at an edge;
extracts each (entities off) and prints core-field accuracy and section precision/recall per kind. A tuning set
(seed 2801 tuned on, seed 2802 kept aside): the held-out figures come from other generators.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.drum_ghost import build_drum_ghost_corpus  # noqa: E402
from layout_scoring import corpus_command  # noqa: E402


if __name__ == "__main__":
    corpus_command(build_drum_ghost_corpus, 2801, 12, "name the files that missed")
