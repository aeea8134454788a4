"""Layout: issue #12's seventh-round tuning families (label-above-value cell grids with group
headings, small-capital label columns centred on their answers, a table continued under its
repeated column-header row).

    PYTHONPATH=tests .venv/bin/python bench/layout_cells7_tuning.py [--seed 1] [--count 30] [--misses] [--keep DIR]

Renders `count` PDFs of tests/fixturegen/cells7.py with `seed`, extracts each (entities off) and
prints core-field accuracy and section precision/recall per family. A tuning set.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.cells7 import build_cells7_corpus  # noqa: E402
from layout_scoring import corpus_command  # noqa: E402


if __name__ == "__main__":
    corpus_command(build_cells7_corpus, 1, 30, "name the files that missed")
