"""Why follow-up reports miss their budget or outcome under the learned role decision (lever (b) of the
thirteenth round): aggregate counts per class of miss, over the leave-one-round-out rounds, each round's
amounts decided by the model fitted without it (bench/train_role_model.py, same cache).

    .venv/bin/python bench/role_model_reports.py --cache /tmp/fmodel13_cache [--report] [--threshold 0.3]

Per round: follow-up reports scored; right before and after the per-report decision; of the misses, how many
lack a budget (or grant) or an outcome, and how many have one of the wrong size (a value too many, too few or
another); and, for every per-report threshold of the grid, how many reports the step puts right and how many it
spoils (among the reports lacking a kind after the per-amount decision and the report-level rules). Aggregates
only; the rounds are burned tuning data.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_role_model as trm  # noqa: E402
from roles_scoring import form_kind_of, report_step_amounts, reports_of, summed_figures  # noqa: E402


def _kind_miss(found: int | None, truth: int | None, found_values: set[int], truth_values: set[int]) -> str:
    if found == truth:
        return ""
    if found is None:
        return "lacks"
    if found_values > truth_values:
        return "extra"
    if found_values < truth_values:
        return "short"
    return "other"


def _values(amounts, budget: bool) -> set[int]:
    roles = {a["role"] if isinstance(a, dict) else a.role for a in amounts}
    kind = ("budget" if "budget" in roles else "beviljat") if budget else "utfall"
    return {trm._value(a)[0] for a in amounts if (a["role"] if isinstance(a, dict) else a.role) == kind}


def round_figures(data: trm.Data, held: str, threshold: float) -> dict[str, int]:
    weights = data.weights(trm.training_splits(held), True)
    counts: dict[str, int] = {}
    for split in trm.ROUNDS[held]:
        texts = data.texts[split]
        roles, probs = trm.overridden(data, texts, weights, threshold)
        by_item = {id(item): trm._with_roles(founds, roles) for item, founds in texts}
        items = [item for item, _ in texts]
        before = report_step_amounts(items, lambda item, found=by_item: found[id(item)])
        steps = {
            t: report_step_amounts(items, lambda item, found=by_item: found[id(item)], trm.joint_after(texts, probs, t))
            for t in trm.JOINT_THRESHOLDS
        }
        for group in reports_of(items):
            if not (group[0].get("report") or "").startswith("u"):
                continue
            truth_amounts = [a for item in group for a in item["amounts"]]
            truth = summed_figures(truth_amounts)
            if truth == (None, None):
                continue
            counts["reports"] = counts.get("reports", 0) + 1
            found = [a for item in group for a in before(item)]
            got = summed_figures(found)
            counts["right before the step"] = counts.get("right before the step", 0) + (got == truth)
            lacking = got[0] is None or got[1] is None
            for t, step in steps.items():
                after = summed_figures([a for item in group for a in step(item)])
                if lacking:
                    key = f"t={t:.2f}"
                    counts[f"{key} right"] = counts.get(f"{key} right", 0) + (after == truth)
            if got == truth:
                continue
            for i, name in ((0, "budget"), (1, "outcome")):
                miss = _kind_miss(got[i], truth[i], _values(found, i == 0), _values(truth_amounts, i == 0))
                if miss:
                    counts[f"{name} {miss}"] = counts.get(f"{name} {miss}", 0) + 1
            if form_kind_of(group[0]) != "uppfoljning":
                counts["not a follow-up"] = counts.get("not a follow-up", 0) + 1
    return counts


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--report", action="store_true", help="the thirteenth round's recipe (report features)")
    parser.add_argument("--threshold", type=float, default=0.30, help="the override threshold")
    args = parser.parse_args(argv)
    # the cache's pickles name Found as train_role_model's __main__ wrote it
    sys.modules["__main__"].Found = trm.Found  # type: ignore[attr-defined]
    data = trm.Data(trm.TRAIN_SPLITS, "clause", args.cache, trm.REPORT if args.report else trm.TWELFTH)
    total: dict[str, int] = {}
    for held in trm.ROUNDS:
        counts = round_figures(data, held, args.threshold)
        print(f"round {held}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
        for k, v in counts.items():
            total[k] = total.get(k, 0) + v
    print("total: " + ", ".join(f"{k} {v}" for k, v in sorted(total.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
