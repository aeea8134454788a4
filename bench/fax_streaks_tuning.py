"""Scans: fine faxes fed skewed, with streaks down the page (issue #12), tuning family.

    PYTHONPATH=tests .venv/bin/python bench/fax_streaks_tuning.py [--seed 2701] [--count 12] [--misses] [--keep DIR]

Renders `count` forms of the layout families and prints each as a black-and-white fax (tests/fixturegen/
fax_streaks.py: 204 x 196 dpi, rows sheared by a feed's slant, dark streaks and light dropouts down the page, most
with a header line), extracts each (entities off) and prints core-field accuracy and section
precision/recall per kind of fax. A tuning set: the held-out figures come from other generators.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.fax_streaks import build_fax_streaks_corpus  # noqa: E402
from layout_scoring import corpus_command  # noqa: E402


if __name__ == "__main__":
    corpus_command(build_fax_streaks_corpus, 2701, 12, "name the files that missed")
