"""The learned role decision per follow-up report (the twelfth round's lever (b)): a pure step over one
report's amounts after the per-amount decision and the report-level rules (role_consistency).

A follow-up report whose amounts give no budget (or grant) or no outcome, while the model finds an amount
likely enough to be the missing kind, gets the most probable assignment under the model's probabilities
that gives it both: the missing kind goes to the amount with the highest probability of it whose change
leaves the report's other summed kind in place. The role_source of a role set here is "report", with the
model's probability of it kept beside it (checks: a low one is a reason to look).

With a `prune_threshold` in its weights (the eighteenth round's try, `prune_candidates`), a follow-up report whose
budget (or grant) or outcome sums several distinct figures drops the one the model finds likeliest to be `annat`
(a co-funder's share, a sub-budget, a superseded figure beside the report's own) where that probability reaches it.
"""

from __future__ import annotations

from collections.abc import Sequence
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
    """A follow-up report's amounts after the decision per report: `joint_roles` at the weights' threshold
    (above 1: unchanged)."""
    weights = weights or load_weights()
    if form_kind != FOLLOW_UP:
        return list(amounts)
    out = joint_roles(amounts, probs, weights.joint_threshold) if weights.joint_threshold <= 1 else list(amounts)
    return prune_candidates(out, probs, weights.prune_threshold) if weights.prune_threshold <= 1 else out


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


def _summed_role(amounts: Sequence[Amount], kind: str) -> str:
    """The role a follow-up report's `kind` is summed from: its budgets, else its grants (`bilagor amounts`)."""
    if kind == "utfall":
        return "utfall"
    return "budget" if any(a.role == "budget" for a in amounts) else "beviljat"


def prune_candidates(
    amounts: Sequence[Amount], probs: Sequence[dict[str, float] | None], min_probability: float
) -> list[Amount]:
    """`amounts` of one follow-up report where its budget (or grant) or its outcome sums two or more distinct
    figures: the figure whose amounts the model finds likeliest to be `annat` becomes `annat` where that
    probability reaches `min_probability` (one figure per kind; the kind keeps its others)."""
    out = list(amounts)
    for kind in ("budget", "utfall"):
        role = _summed_role(out, kind)
        if len({a.sek for a in out if a.role == role}) < 2:
            continue
        scored = [(p["annat"], i) for i, (a, p) in enumerate(zip(out, probs)) if a.role == role and p is not None]
        if not scored:
            continue
        probability, index = max(scored)
        if probability >= min_probability:
            for i, a in enumerate(out):
                if a.role == role and a.sek == out[index].sek:
                    out[i] = replace(a, role="annat", role_source=REPORT_SOURCE, role_probability=round(probability, 3))
    return out
