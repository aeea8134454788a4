"""Layout: issue #12's tenth-round tuning families (tests/fixturegen/layout10.py: a two-column
newspaper page, labels in the margin, label cells merged over several rows, a header grid apart by
whitespace only, answers in shaded boxes, numbered and question labels, a contents page first).

    PYTHONPATH=tests .venv/bin/python bench/layout10_tuning.py [--seed 1] [--count 70] [--misses] [--keep DIR]

Renders `count` PDFs with `seed`, extracts each (entities off) and prints core-field accuracy and
section precision/recall per family. A tuning set; one seed kept aside is scored in aggregate only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.layout10 import build_layout10_corpus  # noqa: E402
from layout_scoring import corpus_command  # noqa: E402


if __name__ == "__main__":
    corpus_command(build_layout10_corpus, 1, 70, "name the files that missed")
