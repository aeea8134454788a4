"""Scans: comb fields (a phone number or an amount one character a cell) on scanned forms (issue #12), tuning.

    PYTHONPATH=tests .venv/bin/python bench/comb_scans_tuning.py [--seed 2801] [--count 8] [--misses] [--keep DIR]

Renders `count` comb forms (tests/fixturegen/comb_scans.py: reportlab combs, each cell a drawn rectangle) scanned in
turn clean, as a mimeograph copy, as a banded inkjet print and with a corner folded over; extracts each (entities
off) and prints core-field accuracy and section precision/recall per kind. Seed 2801 tuned on, 2802 kept aside.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.comb_scans import build_comb_scans_corpus  # noqa: E402
from layout_scoring import corpus_command  # noqa: E402


if __name__ == "__main__":
    corpus_command(build_comb_scans_corpus, 2801, 8, "name the files that missed")
