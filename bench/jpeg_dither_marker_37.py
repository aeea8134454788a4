"""Scans: a small low-quality JPEG, a bitonal error-diffused scan, highlighter strokes with coffee rings (issue #12,
thirty-second round), tuning.

    PYTHONPATH=tests .venv/bin/python bench/jpeg_dither_marker_37.py [--plain] [--seed 3701] [--count 12] [--misses] [--keep DIR]

Renders `count` forms (tests/fixturegen/jpeg_dither_marker37.py): in turn the layout families scanned small
(85-110 dpi grey JPEG of quality 20-50), bitonal by error diffusion (130-165 dpi), and in colour with highlighter
strokes and coffee rings; extracts each (entities off) and prints core-field accuracy and section precision/recall
per kind. `--plain` scans the same sources clean instead (family `plain_<kind>`): what the layouts alone cost, so
the damage's own share is the difference. Seed 3701 tuned on, seed 3702 kept aside.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.jpeg_dither_marker37 import (  # noqa: E402
    build_jpeg_dither_marker_corpus,
    build_jpeg_dither_marker_plain,
)
from layout_scoring import plain_corpus_command  # noqa: E402


if __name__ == "__main__":
    plain_corpus_command(
        build_jpeg_dither_marker_corpus, build_jpeg_dither_marker_plain, 3701, 12, "name the files that missed"
    )
