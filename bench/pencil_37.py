"""Scans: pencil notes and strokes through the print (issue #12, thirty-second round, f-pencil).

    PYTHONPATH=tests .venv/bin/python bench/pencil_37.py [--seed 3780] [--count 8] [--misses] [--keep DIR]

Renders `count` forms of the layout families read with a pencil, some printed lines struck through at half their
x-height, light and dark pencil in turn (tests/fixturegen/fpencil37.py), extracts each (entities off) and prints
core-field accuracy and section precision/recall. Seed 3780 tuned on (looked at), seed 3781 kept aside (scored in
aggregate before and after, never opened).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.fpencil37 import build_pencil_strokes_corpus  # noqa: E402
from layout_scoring import corpus_command  # noqa: E402

if __name__ == "__main__":
    corpus_command(build_pencil_strokes_corpus, 3780, 8, "name the files that missed")
