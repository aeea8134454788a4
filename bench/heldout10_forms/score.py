"""Score extraction on a built tenth held-out set (a fifth independent generator): core fields and section precision/recall.

    PYTHONPATH=tests .venv/bin/python bench/heldout10_forms/score.py DIR [--half dev|keep] [--misses]

Prints aggregates (per family, per producer, per layer, all). Scored once before and once after the tenth
round, in aggregate only. The eight families of build.py come in turn (h10-000 the first, h10-007 the eighth,
h10-008 the first again), so a half takes every other turn: files of an odd turn (number // 8 odd: h10-008 …
h10-015) are the dev half, of an even turn the keep half; each half holds every family. The halves are fixed
now, before any file was looked at, for a later round that burns this set; `--misses` lists the dev half's
files per missed field.
Scoring is the project's own (tests/layout_scoring.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))

from layout_scoring import Scores, table  # noqa: E402


HALVES = ("all", "dev", "keep")


TURN = 8  # the families of build.py, drawn in turn


def in_half(path: Path, half: str) -> bool:
    """Whether `path` (h10-NNN-family.pdf) is in `half`: files of an odd turn through the families dev, of an
    even turn keep."""
    if half == "all":
        return True
    return (int(path.name.split("-")[1]) // TURN % 2 == 1) == (half == "dev")


def score_dir(folder: Path, half: str = "all") -> tuple[Scores, dict[str, dict[str, Scores]]]:
    from bilagor.extractor import extract_report

    total = Scores()
    groups: dict[str, dict[str, Scores]] = {
        "family": defaultdict(Scores),
        "producer": defaultdict(Scores),
        "layer": defaultdict(Scores),
    }
    for path in sorted(p for p in folder.glob("*.pdf") if in_half(p, half)):
        truth = json.loads(path.with_name(path.stem + ".truth.json").read_text(encoding="utf-8"))
        record = extract_report(path, entities=False).to_dict()
        total.add(path.name, record, truth)
        for group, key in (("family", "variant"), ("producer", "producer"), ("layer", "layer")):
            groups[group][truth[key]].add(path.name, record, truth)
    return total, {k: dict(v) for k, v in groups.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--half", choices=HALVES, default="all")
    parser.add_argument("--misses", action="store_true", help="list the missed files (dev half only)")
    args = parser.parse_args()
    if args.misses and args.half != "dev":
        parser.error("--misses lists the dev half only (the keep half is held out)")
    total, groups = score_dir(args.folder, args.half)
    if args.misses:
        for what, names in sorted(total.misses.items()):
            print(f"{what}: {' '.join(names)}")
    print(f"{total.documents} PDFs in {args.folder} ({args.half})")
    print(table(total, groups["family"]))
    for name in ("producer", "layer"):
        print()
        print(table(total, {f"{name}: {k}": v for k, v in groups[name].items()}))


if __name__ == "__main__":
    main()
