"""Scans: faxes whose row feed slips (issue #12), tuning family.

    PYTHONPATH=tests .venv/bin/python bench/fax_slip_tuning.py [--seed 2601] [--count 12] [--misses] [--keep DIR]

Renders `count` forms of the layout families and prints each as a black-and-white fax (tests/fixturegen/fax_slip.py:
204 x 98 or 204 x 196 dpi, rows dropped and repeated in bands at 3-15 %, every eighth fax clean, with and without
line noise and a header line), extracts each (entities off) and prints core-field accuracy and section
precision/recall per kind of fax. A tuning set: the held-out figures come from other generators.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.fax_slip import build_fax_slip_corpus  # noqa: E402
from layout_scoring import corpus_command  # noqa: E402


if __name__ == "__main__":
    corpus_command(build_fax_slip_corpus, 2601, 12, "name the files that missed")
