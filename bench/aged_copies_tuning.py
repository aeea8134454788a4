"""Scans: an overexposed scan, a spirit-duplicator copy, foxed archive paper (issue #12), tuning.

    PYTHONPATH=tests .venv/bin/python bench/aged_copies_tuning.py [--seed 3101] [--count 12] [--misses] [--keep DIR]

Renders `count` forms (tests/fixturegen/aged_copies.py): in turn the layout families scanned too bright (a lamp
band brighter still), printed by a spirit duplicator in violet ink (halos, paling, an offset ghost) and copied
on foxed, browned archive paper (spots, a tide line, faded warm ink); extracts each (entities off) and prints
core-field accuracy and section precision/recall per kind. A tuning set (seed 3101 tuned on, seed 3102 kept
aside).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.aged_copies import build_aged_copies_corpus  # noqa: E402
from layout_scoring import corpus_command  # noqa: E402


if __name__ == "__main__":
    corpus_command(build_aged_copies_corpus, 3101, 12, "name the files that missed")
