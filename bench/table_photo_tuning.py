"""Phone photos of forms on a patterned ground, taken at an angle: issue #12's tuning set of the twenty-first
round (tests/fixturegen/table_photos.py: checked and striped cloth, wood, a dark desk, a newspaper under it).

    PYTHONPATH=tests .venv/bin/python bench/table_photo_tuning.py [--seed 2501] [--count 12] [--misses] [--keep DIR]

Renders `count` PDFs with `seed`, extracts each (entities off) and prints core-field accuracy and section
precision/recall per ground. Tuning data: read every item and miss.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.table_photos import build  # noqa: E402
from layout_scoring import corpus_command  # noqa: E402

if __name__ == "__main__":
    corpus_command(build, 2501, 12, "name the files that missed")
