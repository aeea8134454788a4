"""Scans: a soft phone photo of a screen (weak sub-pixel stripes under a colour cast, dim), issue #12, tuning.

    PYTHONPATH=tests .venv/bin/python bench/soft_screen_tuning.py [--seed 3003] [--count 6] [--misses] [--keep DIR]

Renders `count` layout-family forms photographed on a screen softly (tests/fixturegen/screen_dot_pen.py's
`soft_screen`), extracts each (entities off) and prints core-field accuracy and section precision/recall. A tuning
set of the twenty-sixth round (seed 3003 tuned on, seed 3004 kept aside).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.screen_dot_pen import build_soft_screen_corpus  # noqa: E402
from layout_scoring import corpus_command  # noqa: E402


if __name__ == "__main__":
    corpus_command(build_soft_screen_corpus, 3003, 6, "name the files that missed")
