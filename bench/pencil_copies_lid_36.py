"""Scans: a reader's pencil notes, a copy of a copy of a copy, a page scanned with the lid open (issue #12,
thirty-first round), tuning.

    PYTHONPATH=tests .venv/bin/python bench/pencil_copies_lid_36.py [--plain] [--seed 3601] [--count 12] [--misses] [--keep DIR]

Renders `count` forms (tests/fixturegen/pencil_copies_lid36.py): in turn the layout families read with a pencil
(notes in the margins and between lines, underlines, ticks), photocopied three to five times over, and scanned
with the lid open (dark surround, one long edge lifted: squeezed, blurred, darkened); extracts each (entities off)
and prints core-field accuracy and section precision/recall per kind. `--plain` scans the same sources clean
instead (family `plain_<kind>`): what the layouts alone cost, so the damage's own share is the difference. Seed
3601 tuned on, seed 3602 kept aside.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.pencil_copies_lid36 import build_pencil_copies_lid_corpus, build_pencil_copies_lid_plain  # noqa: E402
from layout_scoring import plain_corpus_command  # noqa: E402


if __name__ == "__main__":
    plain_corpus_command(
        build_pencil_copies_lid_corpus, build_pencil_copies_lid_plain, 3601, 12, "name the files that missed"
    )
