"""Scans: two pages turned a quarter on one sheet under a coffee ring (issue #12), tuning family.

    PYTHONPATH=tests .venv/bin/python bench/quarter_ring_tuning.py [--seed 2801] [--count 12] [--misses] [--keep DIR]

Renders `count` forms of the layout families and scans each n-up (tests/fixturegen/nup_sheets.py, RING_LAYOUTS:
pages turned a quarter, one above the other on a portrait sheet, a coffee ring beside or over the text, low-quality
JPEG), extracts each (entities off) and prints core-field accuracy and section precision/recall per layout. A
tuning set: the held-out figures come from other generators.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.nup_sheets import build_quarter_ring_corpus  # noqa: E402
from layout_scoring import corpus_command  # noqa: E402


if __name__ == "__main__":
    corpus_command(build_quarter_ring_corpus, 2801, 12, "name the files that missed")
