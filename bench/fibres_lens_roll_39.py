"""Scans: grey recycled paper with fibres, a magnifying glass on the page, a rolled page on a flatbed (issue #12,
thirty-fourth round), tuning.

    PYTHONPATH=tests .venv/bin/python bench/fibres_lens_roll_39.py [--plain] [--seed 3901] [--count 12] [--misses] [--keep DIR]

Renders `count` forms (tests/fixturegen/fibres_lens_roll39.py): in turn the layout families on grey recycled paper
with fibres, under a magnifying glass, and rolled off a flatbed's glass at one edge; extracts each (entities off)
and prints core-field accuracy and section precision/recall per kind. `--plain` scans the same sources clean
instead (family `plain_<kind>`): what the layouts alone cost, so the damage's own share is the difference. Seed 3901
tuned on, seed 3902 kept aside.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.fibres_lens_roll39 import (  # noqa: E402
    build_fibres_lens_roll_corpus,
    build_fibres_lens_roll_plain,
)
from layout_scoring import plain_corpus_command  # noqa: E402


if __name__ == "__main__":
    plain_corpus_command(
        build_fibres_lens_roll_corpus, build_fibres_lens_roll_plain, 3901, 12, "name the files that missed"
    )
