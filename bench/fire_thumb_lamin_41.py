"""Scans: a page rescued from a fire, a page held flat by thumbs, a laminated sheet (issue #12, thirty-sixth
round), tuning.

    PYTHONPATH=tests .venv/bin/python bench/fire_thumb_lamin_41.py [--plain] [--seed 4101] [--count 6] [--misses] [--keep DIR]

Renders `count` forms (tests/fixturegen/fire_thumb_lamin41.py): in turn the layout families scorched by fire,
held by thumbs with fingerprints, and sealed in a laminating pouch; extracts each (entities off) and prints
core-field accuracy and section precision/recall per kind. `--plain` scans the same sources clean instead (family
`plain_<kind>`): what the layouts alone cost, so the damage's own share is the difference. Seed 4101 tuned on,
seed 4102 kept aside (generated before the fix, scored only before and after).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.fire_thumb_lamin41 import (  # noqa: E402
    build_fire_thumb_lamin_corpus,
    build_fire_thumb_lamin_plain,
)
from layout_scoring import plain_corpus_command  # noqa: E402


if __name__ == "__main__":
    plain_corpus_command(
        build_fire_thumb_lamin_corpus, build_fire_thumb_lamin_plain, 4101, 6, "name the files that missed"
    )
