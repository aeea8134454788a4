"""Scans: small JPEG, dither and highlighter-with-coffee pages with their damage's ranges widened by a third (issue #12,
thirty-third round, f-scans), the held-out part.

    PYTHONPATH=tests .venv/bin/python bench/fscans_38.py [--seed 3882] [--count 12] [--misses] [--keep DIR]

Renders `count` forms (tests/fixturegen/fscans38.py: c-image's jpeg_dither_marker37 kinds, every uniform range of
the damage widened by WIDEN about its middle), extracts each (entities off) and prints core-field accuracy and
section precision/recall per kind. Seed 3882 was built before any change and kept aside (scored, never opened).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.fscans38 import build_fscans38_corpus  # noqa: E402
from layout_scoring import corpus_command  # noqa: E402


if __name__ == "__main__":
    corpus_command(build_fscans38_corpus, 3882, 12, "name the files that missed")
