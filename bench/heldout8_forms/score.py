"""Score extraction on a built eighth held-out set: core fields and section precision/recall.

    PYTHONPATH=tests .venv/bin/python bench/heldout8_forms/score.py DIR

Prints aggregates (per family, per producer, per layer, all). Held out: scored once before and once after the eighth
round, in aggregate only (never file by file). Scoring is the project's own (tests/layout_scoring.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))

from layout_scoring import Scores, table  # noqa: E402


def score_dir(folder: Path) -> tuple[Scores, dict[str, dict[str, Scores]]]:
    from bilagor.extractor import extract_report

    total = Scores()
    groups: dict[str, dict[str, Scores]] = {
        "family": defaultdict(Scores),
        "producer": defaultdict(Scores),
        "layer": defaultdict(Scores),
    }
    for path in sorted(folder.glob("*.pdf")):
        truth = json.loads(path.with_name(path.stem + ".truth.json").read_text(encoding="utf-8"))
        record = extract_report(path, entities=False).to_dict()
        total.add(path.name, record, truth)
        for group, key in (("family", "variant"), ("producer", "producer"), ("layer", "layer")):
            groups[group][truth[key]].add(path.name, record, truth)
    return total, {k: dict(v) for k, v in groups.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    total, groups = score_dir(args.folder)
    print(f"{total.documents} PDFs in {args.folder}")
    print(table(total, groups["family"]))
    for name in ("producer", "layer"):
        print()
        print(table(total, {f"{name}: {k}": v for k, v in groups[name].items()}))


if __name__ == "__main__":
    main()
