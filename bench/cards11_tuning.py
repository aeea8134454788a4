"""Layout: issue #12's eleventh round, a second drawing of the web-form classes (tests/fixturegen/cards11.py:
card grids with labels above their answers and definition lists, flex rows with a rule under each row, landscape
and two-column pages, printed by headless Chromium).

    PYTHONPATH=tests .venv/bin/python bench/cards11_tuning.py [--seed 1] [--count 24] [--misses] [--keep DIR]

Renders `count` PDFs with `seed`, extracts each (entities off) and prints core-field accuracy and section
precision/recall per family. Needs the `chromium` program. The seed kept aside is scored in aggregate only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.cards11 import build_cards11_corpus  # noqa: E402
from layout_scoring import corpus_command  # noqa: E402


if __name__ == "__main__":
    corpus_command(build_cards11_corpus, 1, 24, "name the files that missed")
