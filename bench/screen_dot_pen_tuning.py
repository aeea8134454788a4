"""Scans: a phone photo of a screen, a dot-matrix printout, a reviewer's red pen (issue #12), tuning.

    PYTHONPATH=tests .venv/bin/python bench/screen_dot_pen_tuning.py [--seed 3001] [--count 12] [--misses] [--keep DIR]

Renders `count` forms (tests/fixturegen/screen_dot_pen.py): in turn the layout families photographed on a screen
(subpixel stripes, moiré, a viewer's frame), enscript's listings printed in pin dots on tractor-feed paper, and the
layout families marked by a red pen; extracts each (entities off) and prints core-field accuracy and section
precision/recall per kind. A tuning set (seed 3001 tuned on, seed 3002 kept aside).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.screen_dot_pen import build_screen_dot_pen_corpus  # noqa: E402
from layout_scoring import corpus_command  # noqa: E402


if __name__ == "__main__":
    corpus_command(build_screen_dot_pen_corpus, 3001, 12, "name the files that missed")
