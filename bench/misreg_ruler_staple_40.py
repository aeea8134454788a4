"""Scans: a colour scanner's channels out of register, a clear ruler across the page, the top sheet of a stapled
stack (issue #12, thirty-fifth round), tuning.

    PYTHONPATH=tests .venv/bin/python bench/misreg_ruler_staple_40.py [--plain] [--seed 4001] [--count 6] [--misses] [--keep DIR]

Renders `count` forms (tests/fixturegen/misreg_ruler_staple40.py): in turn the layout families scanned in colour
with the red and blue channels out of register, under a clear ruler, and as the top sheet of a stapled stack;
extracts each (entities off) and prints core-field accuracy and section precision/recall per kind. `--plain` scans
the same sources clean instead (family `plain_<kind>`): what the layouts alone cost, so the damage's own share is
the difference. Seed 4001 tuned on, seed 4002 kept aside.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.misreg_ruler_staple40 import (  # noqa: E402
    build_misreg_ruler_staple_corpus,
    build_misreg_ruler_staple_plain,
)
from layout_scoring import plain_corpus_command  # noqa: E402


if __name__ == "__main__":
    plain_corpus_command(
        build_misreg_ruler_staple_corpus, build_misreg_ruler_staple_plain, 4001, 6, "name the files that missed"
    )
