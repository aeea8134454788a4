"""Scans: binder holes through the text, an oversharpened scan, a torn and taped page (issue #12), tuning.

    PYTHONPATH=tests .venv/bin/python bench/holes_halo_tear_tuning.py [--plain] [--seed 3001] [--count 12] [--misses] [--keep DIR]

Renders `count` forms (tests/fixturegen/holes_halo_tear.py): in turn the layout families punched for a binder
with the holes biting into the text's left edge, scanned soft and sharpened far too hard (white halos), and torn
across, the lower part shifted and turned, yellowed tape over the tear; extracts each (entities off) and prints
core-field accuracy and section precision/recall per kind. `--plain` scans the same sources clean instead (family
`plain_<kind>`): what the layouts alone cost, so the damage's own share is the difference. Seed 3001 tuned on,
seed 3002 kept aside.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.holes_halo_tear import build_holes_halo_tear_corpus, build_holes_halo_tear_plain  # noqa: E402
from layout_scoring import plain_corpus_command  # noqa: E402


if __name__ == "__main__":
    plain_corpus_command(
        build_holes_halo_tear_corpus, build_holes_halo_tear_plain, 3001, 12, "name the files that missed"
    )
