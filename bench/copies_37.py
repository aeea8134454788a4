"""Scans: a copy of a copy of a copy, every file (issue #12, thirty-second round, f-scans).

    PYTHONPATH=tests .venv/bin/python bench/copies_37.py [--seed 3770] [--count 8] [--misses] [--keep DIR]

Renders `count` forms of the layout families, each photocopied three to five times over
(tests/fixturegen/fscans37.py, c-image's `copies` kind), extracts each (entities off) and prints core-field
accuracy and section precision/recall. Seed 3770 tuned on (looked at), seed 3771 kept aside (scored in aggregate
before and after, never opened).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.fscans37 import build_copies_corpus  # noqa: E402
from layout_scoring import corpus_command  # noqa: E402

if __name__ == "__main__":
    corpus_command(build_copies_corpus, 3770, 8, "name the files that missed")
