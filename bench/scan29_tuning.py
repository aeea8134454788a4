"""Scans: low toner with a pencil, a keystone phone photo, a slipping feeder (issue #12), tuning.

    PYTHONPATH=tests .venv/bin/python bench/scan29_tuning.py [--seed 2901] [--count 12] [--misses] [--keep DIR]

Renders `count` forms (tests/fixturegen/toner_keystone_feeder.py): in turn the layout families printed low on
toner (a pale broken band down the page, mottled print) and pencilled by a reader (underlines, a bracket, a tick,
margin notes), photographed from the page's foot at a steep angle on a dark desk (a trapezoid, light falling off
towards the head), and read by a document feeder whose rollers slipped (bands stretched or squeezed in height, a
smear); extracts each (entities off) and prints core-field accuracy and section precision/recall per kind. A
tuning set (seed 2901 tuned on, seed 2902 kept aside).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.toner_keystone_feeder import build_toner_keystone_feeder_corpus  # noqa: E402
from layout_scoring import corpus_command  # noqa: E402


if __name__ == "__main__":
    corpus_command(build_toner_keystone_feeder_corpus, 2901, 12, "name the files that missed")
