"""Scans: a moving hand's smear (straight or bent), thermal paper faded unevenly, a posterised palette, around and
past the thirty-third held-out forms' described numbers (issue #12, thirty-fourth round, f-scans), the held-out part.

    PYTHONPATH=tests .venv/bin/python bench/fscans_39.py [--seed 3991] [--count 12] [--misses] [--keep DIR]

Renders `count` forms (tests/fixturegen/fscans39.py), extracts each (entities off) and prints core-field accuracy
and section precision/recall per kind. Seed 3991 was built before any change and kept aside (scored, never
opened); seed 3990 is the tuning seed.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.fscans39 import build_fscans39_corpus  # noqa: E402
from layout_scoring import corpus_command  # noqa: E402


if __name__ == "__main__":
    corpus_command(build_fscans39_corpus, 3991, 12, "name the files that missed")
