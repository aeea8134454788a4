"""Forms made by other tools, at the PDF-reading edge: issue #12's seventh-round tuning families.

    PYTHONPATH=tests .venv/bin/python bench/producers_tuning.py [--seed 1] [--count 45] [--misses] [--keep DIR]

Renders `count` PDFs of tests/fixturegen/producers.py with `seed` (15 families in turn: AcroForm
e-forms, scans with their own OCR layer, rotated and boxed pages, odd fonts), extracts each
(entities off, OCR as `--ocr auto`) and prints core-field accuracy and section precision/recall
per family. A tuning set: fixes were made looking at it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.producers import build_producers_corpus  # noqa: E402
from layout_scoring import corpus_command  # noqa: E402


if __name__ == "__main__":
    corpus_command(build_producers_corpus, 1, 45, "name the files that missed")
