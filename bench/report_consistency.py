"""Report-level figures of the burned role sets, with and without the consistency step (tuning figures).

    .venv/bin/python bench/report_consistency.py                  # aggregates: dev, keep and burned sets
    .venv/bin/python bench/report_consistency.py --no-consistency # the same without role_consistency
    .venv/bin/python bench/report_consistency.py -v               # + misses of the dev halves and the tuning sets
    .venv/bin/python bench/report_consistency.py --all            # + every tuning set (pooled per report)
    .venv/bin/python bench/report_consistency.py --keep           # + the keep halves (start and end only)

The fifth, sixth and seventh held-out sets are split by a fixed rule before any failure is looked at (the rule of
HALF_SPLITS in tests/roles_scoring.py): a pseudo-report of heldout5/6/7 (and a passage of
heldout5_public/6_public/7_public) whose number is odd ("u01", "h6p-001") is in the dev half, even in the
keep half. Only the dev halves' (and the older burned sets') misses are ever printed; the
keep halves are scored in aggregate only. Per report, the amounts of all its answers are pooled (as
`find_entities` pools a report's sections) and handed to the consistency step; a public passage is one
report. Scores with tests/roles_scoring.py's functions. The round's own held-out sets
(consistency_heldout_r6, values_heldout_r6, written before its changes) and values_heldout2 are scored
in aggregate only, never with -v.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from roles_scoring import (  # noqa: E402
    extractor_amounts,
    load_split,
    report_misses,
    report_step_amounts,
    score_items,
    score_reports,
)

DEV, KEEP = "dev", "keep"
HELD_OUT = ("consistency_heldout_r6", "values_heldout_r6", "values_heldout2")  # aggregates only
BURNED = ("heldout3", "heldout4", "heldout3_public", "heldout4_public")  # the halves of heldout5/6 are in main()
TUNING = (
    *(f"tuning{n}" for n in ("", *range(2, 18))),
    "heldout",
    "heldout2",
    "public_sector",
    "values_heldout",
    "tuning_values",
    "tuning_values2",
    "tuning_rolemodel",
    "tuning3x1",
    "tuning19",
    "tuning21",
)


def half_of(item: dict) -> str:
    """The fixed half of an item: odd pseudo-report number (or passage number) is dev, even keep."""
    key = item.get("report") or item["id"]
    number = int(re.findall(r"\d+", key)[-1])
    return DEV if number % 2 else KEEP


def pooled_amounts(items: list[dict], consistent: bool) -> Callable[[dict], list]:
    """`found_of` for the scorer: each item's amounts after the report-level step over its report."""
    if consistent:
        return report_step_amounts(items, extractor_amounts)
    return extractor_amounts


def score(name: str, items: list[dict], consistent: bool, verbose: bool) -> None:
    found_of = pooled_amounts(items, consistent)
    result = score_items(items, found_of)
    print(result.summary(name))
    if any("report" in item for item in items):
        right, scored = score_reports(items, found_of)
        print(f"{name}: follow-up reports both right {right / scored if scored else 1:.3f} ({right}/{scored})")
        if verbose:
            for line in report_misses(items, found_of):
                print("  ", line)
    if verbose:
        for miss in result.misses:
            print("  ", miss)


def main(argv: list[str]) -> int:
    consistent = "--no-consistency" not in argv
    verbose = "-v" in argv
    for name in ("heldout7", "heldout7_public", "heldout6", "heldout6_public", "heldout5", "heldout5_public"):
        items = load_split(name)
        for half in (DEV, KEEP) if "--keep" in argv else (DEV,):
            part = [item for item in items if half_of(item) == half]
            score(f"{name}_{half}", part, consistent, verbose and half == DEV)
    for name in BURNED + (TUNING if "--all" in argv else ()):
        score(name, load_split(name), consistent, verbose)
    for name in HELD_OUT:
        score(name, load_split(name), consistent, False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
