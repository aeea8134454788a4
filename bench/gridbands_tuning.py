"""Layout, issue #12, twenty-fourth round (h29/f-textforms): a tuning set drawn with reportlab's platypus tables
(tests/fixturegen/gridbands.py): header cells stacked label over value at one row pitch, numbered tables whose
labels keep a section's own number, typed label | answer tables with a date row under the project's.

    PYTHONPATH=tests .venv/bin/python bench/gridbands_tuning.py [--seed 29] [--count 30] [--misses] [--keep DIR]

Seed 29 is the tuning part (read file by file); seed 2901 is held out and scored in aggregate only. The table
is per shape: core fields, then section precision and recall (entities off).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.gridbands import build_grid_bands  # noqa: E402
from layout_scoring import corpus_command  # noqa: E402


if __name__ == "__main__":
    corpus_command(build_grid_bands, 29, 30, "name the files that missed")
