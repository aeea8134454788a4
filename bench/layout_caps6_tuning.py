"""Layout: issue #12's sixth-round tuning families (capital label columns at the answers'
leading, header tables with columns of their own).

    PYTHONPATH=tests .venv/bin/python bench/layout_caps6_tuning.py [--seed 1] [--count 30] [--misses] [--keep DIR]

Renders `count` PDFs of tests/fixturegen/capsgrid6.py with `seed`, extracts each (entities
off) and prints core-field accuracy and section precision/recall per family. A tuning set.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.capsgrid6 import build_caps6_corpus  # noqa: E402
from layout_scoring import corpus_command  # noqa: E402


if __name__ == "__main__":
    corpus_command(build_caps6_corpus, 1, 30, "name the files that missed")
