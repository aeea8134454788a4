"""Layout: narrow capital label columns and header grids (issue #12), tuning family.

    PYTHONPATH=tests .venv/bin/python bench/layout_caps_tuning.py [--seed 1] [--count 40] [--misses]

Renders `count` PDFs of tests/fixturegen/capslabels.py (labels in capitals,
bold or small type wrapping over several lines in a 60-100 pt column; a
header grid of 2-3 pairs a row above a two-column body) with `seed`,
extracts each (entities off) and prints core-field accuracy and section
precision/recall per family. A tuning set: the project's held-out figures
come from other generators.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.capslabels import build_caps_corpus  # noqa: E402
from layout_scoring import score_files, table  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--misses", action="store_true", help="name the files that missed")
    parser.add_argument("--keep", help="write the PDFs here instead of a temporary folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(args.keep or tmp)
        paths = build_caps_corpus(out, args.count, args.seed)
        total, per_variant = score_files(paths)
    print(f"seed {args.seed}, {args.count} PDFs")
    print(table(total, per_variant))
    if args.misses:
        for what, names in sorted(total.misses.items()):
            print(f"  {what}: {', '.join(names[:8])}")


if __name__ == "__main__":
    main()
