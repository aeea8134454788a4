"""Layout: narrow capital label columns and header grids (issue #12), tuning family.

    PYTHONPATH=tests .venv/bin/python bench/layout_caps_tuning.py [--seed 1] [--count 40] [--misses]

Renders `count` PDFs of tests/fixturegen/capslabels.py (labels in capitals,
bold or small type wrapping over several lines in a 60-100 pt column; a
header grid of 2-3 pairs a row above a two-column body) with `seed`,
extracts each (entities off) and prints core-field accuracy and section
precision/recall per family. A tuning set: the project's held-out figures
come from other generators.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.capslabels import build_caps_corpus  # noqa: E402
from layout_scoring import corpus_command  # noqa: E402


if __name__ == "__main__":
    corpus_command(build_caps_corpus, 1, 40, "name the files that missed")
