"""The fourteenth round's joint decision per follow-up report, variant (k) of bench/train_role_model.py: a
follow-up report's summed kinds chosen together under a prior over how many budgets, grants and outcomes a
report states. It lost its leave-one-round-out run (docs/benchmarks.md, "Learned role decision (fourteenth
round)") and is not shipped: kept here, out of the package, for the trainer's comparison.

The assignment of the summed kinds with the highest joint probability under the model, times the prior (weighed
by `prior_weight`), with a bonus (`stay`) for keeping each amount's role as it came. Unlike filling a missing
kind (role_model_report.joint_roles) it can also take a figure back from a kind the report states once too often.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import replace

from bilagor.extractor.entities.role_model_report import REPORT_SOURCE
from bilagor.extractor.record import Amount

SUMMED = ("budget", "beviljat", "utfall")  # the kinds `bilagor amounts` sums, each counted by distinct value
_CAP = 2  # a report's count of a kind is read as 0, 1 or "2 or more"
_BEAM = 256  # partial assignments kept (distinct values per kind merged exactly below it)
_FLOOR = 1e-6  # the least probability a role is given (log of zero)


def counts_key(values: Mapping[str, set[int]]) -> str:
    """The prior's key of a report: its distinct budget, grant and outcome values counted, each capped ("102")."""
    return "".join(str(min(len(values.get(kind, ())), _CAP)) for kind in SUMMED)


def _options(amount: Amount, probs: dict[str, float], stay: float) -> list[tuple[str, float, float]]:
    """(role, probability, score) of each kind the amount may take: a summed kind, or not summed (its own role
    when that is not summed, else the likeliest role that is not, at the probability of any such role)."""
    rest = {r: p for r, p in probs.items() if r not in SUMMED}
    other = amount.role if amount.role not in SUMMED else max(rest, key=lambda r: (rest[r], r)) if rest else "annat"
    out = []
    for role, probability in [(r, probs.get(r, 0.0)) for r in SUMMED] + [(other, sum(rest.values()))]:
        kept = role == amount.role or (role not in SUMMED and amount.role not in SUMMED)
        out.append((role, probability, math.log(max(probability, _FLOOR)) + (stay if kept else 0.0)))
    return out


def joint_assignment(
    amounts: Sequence[Amount],
    probs: Sequence[dict[str, float] | None],
    log_prior: Mapping[str, float],
    prior_weight: float,
    stay: float,
) -> list[Amount]:
    """`amounts` of one follow-up report with the summed kinds assigned together: the assignment maximising the
    sum over amounts of log p(role) (+ `stay` where the amount keeps its kind) plus `prior_weight` times the
    log prior of the report's counts of distinct budget, grant and outcome values (`log_prior`, by
    `counts_key`). An amount without probabilities (a bracketed prior-year figure) keeps its role; a changed
    amount's role_source is "report", with the model's probability of its new role."""
    floor = min(log_prior.values(), default=0.0)
    # a state: (score, roles chosen, distinct values per summed kind); states with the same values merge
    states: list[tuple[float, tuple[tuple[str, float], ...], tuple[frozenset[int], ...]]] = [
        (0.0, (), tuple(frozenset() for _ in SUMMED))
    ]
    for amount, p in zip(amounts, probs):
        options = [(amount.role, 1.0, 0.0)] if p is None else _options(amount, p, stay)
        best: dict[tuple[frozenset[int], ...], tuple[float, tuple[tuple[str, float], ...], tuple]] = {}
        for score, chosen, values in states:
            for role, probability, gain in options:
                grown = tuple(v | {amount.sek or 0} if kind == role else v for kind, v in zip(SUMMED, values))
                state = (score + gain, chosen + ((role, probability),), grown)
                if grown not in best or state[0] > best[grown][0]:
                    best[grown] = state
        states = sorted(best.values(), key=lambda s: -s[0])[:_BEAM]

    def total(state) -> float:
        key = counts_key(dict(zip(SUMMED, (set(v) for v in state[2]))))
        return state[0] + prior_weight * log_prior.get(key, floor)

    _, chosen, _ = max(states, key=total)
    out = []
    for amount, (role, probability) in zip(amounts, chosen):
        same = role == amount.role or (role not in SUMMED and amount.role not in SUMMED)
        out.append(
            amount
            if same
            else replace(amount, role=role, role_source=REPORT_SOURCE, role_probability=round(probability, 3))
        )
    return out
