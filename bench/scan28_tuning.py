"""Scans: a scanner's poor searchable PDF, a water-cockled page, a sun-bleached page (issue #12), tuning.

    PYTHONPATH=tests .venv/bin/python bench/scan28_tuning.py [--seed 2801] [--count 12] [--misses] [--keep DIR]

Renders `count` forms (tests/fixturegen/layer_cockle_bleach.py): in turn the layout families as a network
scanner's searchable PDF (a grey scan over its own invisible, poorly read OCR words), as a page cockled by water
(lines bent in waves, bled and paled ink in a wet patch, a tide line) and as a page bleached by the sun (yellow
paper, faint blue-grey print fading towards one side); extracts each (entities off) and prints core-field
accuracy and section precision/recall per kind. A tuning set (seed 2801 tuned on, seed 2802 kept aside).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.layer_cockle_bleach import build_layer_cockle_bleach_corpus  # noqa: E402
from layout_scoring import corpus_command  # noqa: E402


if __name__ == "__main__":
    corpus_command(build_layer_cockle_bleach_corpus, 2801, 12, "name the files that missed")
