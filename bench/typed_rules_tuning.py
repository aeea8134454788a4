"""Scans: a form typed on dotted rules, scanned too bright, as a spirit copy or on foxed paper (issue #12), tuning.

    PYTHONPATH=tests .venv/bin/python bench/typed_rules_tuning.py [--seed 3201] [--count 6] [--misses] [--keep DIR]

Renders `count` forms (tests/fixturegen/typed_rules.py: each answer line typed on a row of dots, a dotted leader
after the label on half of them), scanned in turn as tests/fixturegen/aged_copies.py's three kinds; extracts each
(entities off) and prints core-field accuracy and section precision/recall per kind. Seed 3201 tuned on, seed 3202
kept aside.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.typed_rules import build_typed_rules_scans  # noqa: E402
from layout_scoring import corpus_command  # noqa: E402


if __name__ == "__main__":
    corpus_command(build_typed_rules_scans, 3201, 6, "name the files that missed")
