"""Scans: a water-cockled page and a sun-bleached page over ruled forms (issue #12, twenty-ninth round), tuning.

    PYTHONPATH=tests .venv/bin/python bench/cockle29_tuning.py [--seed 2901] [--count 8] [--misses] [--keep DIR]

Renders `count` forms (tests/fixturegen/cockle29.py: answers on ruled writing lines, a label column with help
text and hairlines, small labels under frames, in turn), cockled by water (lines bent by two waves across the
width, a wet patch of spread and paled ink, a tide line) and bleached by the sun in turn; extracts each (entities
off) and prints core-field accuracy and section precision/recall per kind. Seed 2901 is tuned on, seed 2902 kept
aside.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.cockle29 import build_cockle29_corpus  # noqa: E402
from layout_scoring import corpus_command  # noqa: E402


if __name__ == "__main__":
    corpus_command(build_cockle29_corpus, 2901, 8, "name the files that missed")
