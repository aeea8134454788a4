"""A report's budget and outcome both exactly right, on generated text-layer
follow-up forms (tests/fixturegen): the figure `bilagor amounts` sums.

    .venv/bin/python tests/roles_fixture_figures.py [--seed N] [--count N]

Budget and outcome are summed as the archive sums them (distinct values per
role; the budget is the budget role, else the grants: checks.budget_role),
once from the truth's annotated amounts and once from what the extractor
found. Seed 2026 and the other seeds in tests/ were seen while the rules were
written; the default seed here was never used for tuning.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any, Iterable

HELDOUT_SEED = 20261203  # never used while changing the rules
FOLLOWUP_VARIANTS = ("followup_", "climate_followup", "traffic_final_report")


def budget_and_outcome(amounts: Iterable[Any]) -> tuple[int, int]:
    """(budget, outcome) of one report's amounts (objects or dicts with sek and role)."""
    from bilagor.extractor.entities.checks import budget_role

    seen: dict[str, set[int]] = {}
    for a in amounts:
        role, sek = (a["role"], a["sek"]) if isinstance(a, dict) else (a.role, a.sek)
        if sek is not None:
            seen.setdefault(role, set()).add(sek)
    budget = budget_role(set(seen))
    return sum(seen.get(budget, ())), sum(seen.get("utfall", ()))


def is_followup(truth: dict) -> bool:
    return truth["variant"].startswith(FOLLOWUP_VARIANTS)


def score_corpus(out_dir: Path, count: int, seed: int) -> tuple[int, int, list[str]]:
    """(reports with both figures right, follow-up reports, names of the misses)."""
    import fixturegen

    from bilagor.extractor import extract_report

    right, total, misses = 0, 0, []
    for path in fixturegen.build_corpus(out_dir, count, seed=seed):
        truth = json.loads(fixturegen.truth_path(path).read_text(encoding="utf-8"))
        if not is_followup(truth):
            continue
        total += 1
        found = budget_and_outcome(extract_report(path, ocr="never").amounts)
        wanted = budget_and_outcome(truth["amounts"])
        if found == wanted:
            right += 1
        else:
            misses.append(f"{path.name}: found {found}, truth {wanted}")
    return right, total, misses


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=HELDOUT_SEED)
    parser.add_argument("--count", type=int, default=96)
    parser.add_argument("-v", action="store_true", help="list the misses (not for the held-out seed)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).parent))
    with tempfile.TemporaryDirectory() as tmp:
        right, total, misses = score_corpus(Path(tmp), args.count, args.seed)
    print(
        f"seed {args.seed}: budget and outcome both right in {right}/{total} follow-up reports "
        f"({right / total if total else 0:.3f})"
    )
    if args.v and args.seed != HELDOUT_SEED:
        for miss in misses:
            print("  ", miss)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
