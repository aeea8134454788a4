"""Scans: a mimeograph stencil copy, an inkjet print with clogged nozzles, a folded corner (issue #12), tuning.

    PYTHONPATH=tests .venv/bin/python bench/scan27_tuning.py [--seed 2701] [--count 12] [--misses] [--keep DIR]

Renders `count` forms (tests/fixturegen/stencil_banding_fold.py): in turn the layout families as a mimeograph copy
(swollen strokes, filled counters, starved and flooded patches), as a banded inkjet print (nearly blank rows at a
fixed period, every other swath sideways, coloured black) and scanned with a corner folded over (mirrored flap,
dark lid, a staple); extracts each (entities off) and prints core-field accuracy and section precision/recall per
kind. A tuning set (seed 2701 tuned on, seed 2702 kept aside).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.stencil_banding_fold import build_stencil_banding_fold_corpus  # noqa: E402
from layout_scoring import corpus_command  # noqa: E402


if __name__ == "__main__":
    corpus_command(build_stencil_banding_fold_corpus, 2701, 12, "name the files that missed")
