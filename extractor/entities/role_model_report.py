"""The learned role decision per follow-up report (the twelfth round's lever (b)): a pure step over one
report's amounts after the per-amount decision and the report-level rules (role_consistency).

Since the fourteenth round, with weights that carry a prior over how many budgets, grants and outcomes a
follow-up report states (`report_prior`), the step chooses the report's roles together (`joint_assignment`):
the assignment of the summed kinds with the highest joint probability under the model, times the prior
(weighed by `prior_weight`), with a bonus (`stay`) for keeping each amount's role as it came. Unlike filling
a missing kind it can also take a figure back from a kind the report states once too often.

A follow-up report whose amounts give no budget (or grant) or no outcome, while the model finds an amount
likely enough to be the missing kind, gets the most probable assignment under the model's probabilities
that gives it both: the missing kind goes to the amount with the highest probability of it whose change
leaves the report's other summed kind in place. The role_source of a role set here is "report", with the
model's probability of it kept beside it (checks: a low one is a reason to look).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import replace

from bilagor.extractor.entities.role_model import Weights, load_weights
from bilagor.extractor.record import Amount

REPORT_SOURCE = "report"  # the role_source of a role the report-level decision set
_BUDGETS = ("budget", "beviljat")


FOLLOW_UP = "uppfoljning"  # the form kind the decision is made for (record.Report.form_kind)


def report_decision(
    amounts: Sequence[Amount],
    probs: Sequence[dict[str, float] | None],
    form_kind: str | None,
    weights: Weights | None = None,
) -> list[Amount]:
    """A follow-up report's amounts after the decision per report: `joint_assignment` when the weights carry a
    prior over a report's counts, else `joint_roles` at the weights' threshold (neither: unchanged)."""
    weights = weights or load_weights()
    if form_kind != FOLLOW_UP:
        return list(amounts)
    if weights.report_prior:
        return joint_assignment(amounts, probs, weights.report_prior, weights.prior_weight, weights.stay)
    if weights.joint_threshold > 1:
        return list(amounts)
    return joint_roles(amounts, probs, weights.joint_threshold)


def _has(amounts: Sequence[Amount], kind: str) -> bool:
    return any((a.role in _BUDGETS) if kind == "budget" else a.role == kind for a in amounts)


def _best_role(probs: dict[str, float], kind: str) -> tuple[str, float]:
    if kind == "budget":
        return max(((r, probs.get(r, 0.0)) for r in _BUDGETS), key=lambda rp: (rp[1], rp[0]))
    return kind, probs.get(kind, 0.0)


def joint_roles(
    amounts: Sequence[Amount], probs: Sequence[dict[str, float] | None], min_probability: float
) -> list[Amount]:
    """`amounts` of one follow-up report with the missing summed kinds (a budget or grant, an outcome) given
    where the model's probability of the kind reaches `min_probability` (`probs`: the model's roles'
    probabilities per amount, None where the model has no say, e.g. a bracketed prior-year figure)."""
    out = list(amounts)
    for kind in ("budget", "utfall"):
        if _has(out, kind):
            continue
        best: tuple[float, int, str] | None = None
        for i, (amount, p) in enumerate(zip(out, probs)):
            if p is None or amount.role in (*_BUDGETS, "utfall") and _only_one(out, i):
                continue
            role, probability = _best_role(p, kind)
            if probability >= min_probability and (best is None or probability > best[0]):
                best = (probability, i, role)
        if best is not None:
            probability, i, role = best
            out[i] = replace(out[i], role=role, role_source=REPORT_SOURCE, role_probability=round(probability, 3))
    return out


def _only_one(amounts: Sequence[Amount], index: int) -> bool:
    """Whether amount `index` is the report's only one of its summed kind (taking it would lose the kind)."""
    kind = "budget" if amounts[index].role in _BUDGETS else "utfall"
    return sum(1 for a in amounts if (a.role in _BUDGETS if kind == "budget" else a.role == kind)) == 1


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
