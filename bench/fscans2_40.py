"""Scans: grey recycled paper with fibres drawn wider than the thirty-fourth set's description (issue #12,
thirty-fifth round, f-scans2), a held-out part.

    PYTHONPATH=tests .venv/bin/python bench/fscans2_40.py [--plain] [--seed 4046] [--count 8] [--misses] [--keep DIR]

Renders `count` forms (tests/fixturegen/fscans2_40.py) on grey recycled paper with fibres, extracts each (entities
off) and prints core-field accuracy and section precision/recall. `--plain` scans the same sources clean instead
(family `plain_fibres40`): the damage's own share is the difference. Seed 4046 tuned on, seed 4047 kept aside.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.fscans2_40 import build_fibres40_corpus, build_fibres40_plain  # noqa: E402
from layout_scoring import plain_corpus_command  # noqa: E402


if __name__ == "__main__":
    plain_corpus_command(build_fibres40_corpus, build_fibres40_plain, 4046, 8, "name the files that missed")
