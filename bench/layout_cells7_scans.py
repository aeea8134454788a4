"""Layout: the seventh-round tuning families (tests/fixturegen/cells7.py) rasterised and read by OCR.

    PYTHONPATH=tests .venv/bin/python bench/layout_cells7_scans.py [--seed 1] [--count 9] [--misses] [--keep DIR]

Each PDF of `build_cells7_corpus(seed)` drawn again as a skewed, specked scan (JPEG or one-bit),
extracted with OCR (entities off); prints core-field accuracy and section precision/recall per
family. A tuning set (Tesseract must be installed).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.cells7 import build_cells7_scans  # noqa: E402
from layout_scoring import corpus_command  # noqa: E402


if __name__ == "__main__":
    corpus_command(build_cells7_scans, 1, 9, "name the files that missed")
