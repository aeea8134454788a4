"""Score extraction on a built fifth held-out set: core fields and section precision/recall.

    PYTHONPATH=tests .venv/bin/python bench/heldout5_forms/score.py DIR

Prints aggregates only (per family, text layer against scanned, all); it never names a file or a
field that missed: the set is held out. Scoring is the project's own (tests/layout_scoring.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))

from layout_scoring import Scores, table  # noqa: E402


def score_dir(folder: Path) -> tuple[Scores, dict[str, Scores], dict[str, Scores]]:
    from bilagor.extractor import extract_report

    total, per_family, per_layer = Scores(), defaultdict(Scores), defaultdict(Scores)
    for path in sorted(folder.glob("*.pdf")):
        truth = json.loads(path.with_name(path.stem + ".truth.json").read_text(encoding="utf-8"))
        record = extract_report(path, entities=False).to_dict()
        for scores in (total, per_family[truth["variant"]], per_layer[truth["layer"]]):
            scores.add(path.name, record, truth)
    return total, dict(per_family), dict(per_layer)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    total, per_family, per_layer = score_dir(args.folder)
    print(f"{total.documents} PDFs in {args.folder}")
    print(table(total, per_family))
    print()
    print(table(total, {f"layer: {k}": v for k, v in per_layer.items()}))


if __name__ == "__main__":
    main()
