"""Scans: a magnifying glass on the page, a rolled page on a flatbed, varied past the thirty-fourth held-out set's
description (issue #12, thirty-fifth round, f-scans' held-out part).

    PYTHONPATH=tests .venv/bin/python bench/lens_roll_40.py [--plain] [--seed 4047] [--count 8] [--misses] [--keep DIR]

Renders `count` forms (tests/fixturegen/lens_roll40.py), under a lens and rolled in turn, extracts each (entities
off) and prints core-field accuracy and section precision/recall per kind; `--plain` scans the same sources clean.
Seed 4047 built before any fix and kept aside (aggregate figures only).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.lens_roll40 import build_lens_roll_corpus, build_lens_roll_plain  # noqa: E402
from layout_scoring import plain_corpus_command  # noqa: E402

if __name__ == "__main__":
    plain_corpus_command(build_lens_roll_corpus, build_lens_roll_plain, 4047, 8, "name the files that missed")
