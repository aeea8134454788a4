"""Scans: text lines so close that descenders touch the next line (issue #12, touching_lines), tuning.

    PYTHONPATH=tests .venv/bin/python bench/close_lines_tuning.py [--seed 3101] [--count 6] [--misses] [--keep DIR]

Renders `count` enscript listings with their lines closed up and their ink spread, scanned
(tests/fixturegen/close_lines.py); extracts each (entities off) and prints core-field accuracy and section
precision/recall. A tuning set (seed 3101 tuned on, seed 3102 kept aside).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.close_lines import build_close_lines_corpus  # noqa: E402
from layout_scoring import corpus_command  # noqa: E402


if __name__ == "__main__":
    corpus_command(build_close_lines_corpus, 3101, 6, "name the files that missed")
