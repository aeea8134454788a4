"""Score extraction on a built seventh held-out set: core fields and section precision/recall.

    PYTHONPATH=tests .venv/bin/python bench/heldout7_forms/score.py DIR

Prints aggregates (per family, per producer, per layer, all). The set was scored before and after the seventh
round and is burned: tuning data now (another seed of build.py makes fresh documents to tune on). Scoring is
the project's own (tests/layout_scoring.py).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))

from layout_scoring import grouped_scores, table  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    total, groups = grouped_scores(sorted(args.folder.glob("*.pdf")))
    print(f"{total.documents} PDFs in {args.folder}")
    print(table(total, groups["family"]))
    for name in ("producer", "layer"):
        print()
        print(table(total, {f"{name}: {k}": v for k, v in groups[name].items()}))


if __name__ == "__main__":
    main()
