"""Layout: held-out forms. Extraction scored on layout families the code was not tuned on.

    PYTHONPATH=tests .venv/bin/python bench/layout_heldout.py [--seed 2027] [--count 60] [--misses]

Renders `count` PDFs of tests/fixturegen/families.py (application grids,
narrow label cells, picture captions, inline labels, varying running
headers; both producers) with `seed`, extracts each (entities off) and
prints core-field accuracy and section precision/recall, per family and
overall. Seed 2027 is the held-out set (never looked at while fixing);
tune on other seeds (e.g. 1).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.families import build_layout_corpus  # noqa: E402
from layout_scoring import score_files, table  # noqa: E402

HELD_OUT_SEED = 2027


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=HELD_OUT_SEED)
    parser.add_argument("--count", type=int, default=60)
    parser.add_argument("--misses", action="store_true", help="name the files that missed (not for the held-out seed)")
    parser.add_argument("--keep", help="write the PDFs here instead of a temporary folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(args.keep or tmp)
        paths = build_layout_corpus(out, args.count, args.seed)
        total, per_variant = score_files(paths)
    print(f"seed {args.seed}, {args.count} PDFs")
    print(table(total, per_variant))
    if args.misses:
        for what, names in sorted(total.misses.items()):
            print(f"  {what}: {', '.join(names[:8])}")


if __name__ == "__main__":
    main()
