"""Scans: a sheet crumpled and smoothed out again (issue #12, twenty-fourth round), tuning family.

    PYTHONPATH=tests .venv/bin/python bench/crumple_tuning.py [--seed 2901] [--count 12] [--misses] [--keep DIR]

Renders `count` forms of the project's own (labels white on dark bands, boxforms' numbered table and framed
boxes, the layout families, in turn) and scans each in colour at 200-300 dpi on crumpled paper
(tests/fixturegen/crumpled.py: creases at random angles, the print stepped a pixel or two aside across each, the
facets shaded, a light ridge and a dark valley along each crease, JPEG); extracts each (entities off) and prints
core-field accuracy and section precision/recall per kind. A tuning set (seed 2901 tuned on, seed 2902 kept
aside): the held-out figures come from other generators.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.crumpled import build_crumpled_corpus  # noqa: E402
from layout_scoring import corpus_command  # noqa: E402


if __name__ == "__main__":
    corpus_command(build_crumpled_corpus, 2901, 12, "name the files that missed")
