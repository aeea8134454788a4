"""Layout: held-out forms. Extraction scored on layout families the code was not tuned on.

    PYTHONPATH=tests .venv/bin/python bench/layout_heldout.py [--seed 2027] [--count 60] [--misses]

Renders `count` PDFs of tests/fixturegen/families.py (application grids,
narrow label cells, picture captions, inline labels, varying running
headers; both producers) with `seed`, extracts each (entities off) and
prints core-field accuracy and section precision/recall, per family and
overall. Seed 2027 is the held-out set (never looked at while fixing);
tune on other seeds (e.g. 1).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.families import build_layout_corpus  # noqa: E402
from layout_scoring import corpus_command  # noqa: E402

HELD_OUT_SEED = 2027


if __name__ == "__main__":
    corpus_command(build_layout_corpus, HELD_OUT_SEED, 60, "name the files that missed (not for the held-out seed)")
