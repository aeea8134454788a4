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

With an `agree_tolerance` in its weights (the twenty-fourth round's step, `agree_parts`), a report whose budget (or
grant) and outcome disagree gets the one change of a part that makes them agree within the tolerance: a figure the
model turned `annat` against the rules given back its summed kind, or the figure likeliest `annat` taken out of a
kind's sum of several.

With a `whole_tolerance` in its weights (the twenty-sixth round's step, role_model_totals), a cost list with its
total in one answer is read first: the total takes its summed kind, its lines become `annat`; so is a net outcome
stated as three or more cost lines less one figure of income (the thirty-fifth round's, `nets_and_parts`): its lines
and the income become `annat`.

With a `lines_least` in its weights (the twenty-seventh round's step, `lines_given_back`), before all of that a line
of a list the model turned `annat` is given back its kind where at least that many other figures of its sentence have
it (a cost line dropped from "A X kr, B Y kr och C Z kr"); with a `product_over`, after all of it each written-out
product ("sex holkar à 350 kr, alltså 2 100 kr") is read as a line, its factor `annat` (role_model_totals.products_read).

With a `parts_tolerance` (the thirtieth round's step, role_model_totals.outcome_parts_read), last, an outcome that is a
part of a larger outcome of its answer (a cost's remainder after another body's share, a line of a stated or running
total) becomes `annat`; with `deviation_lines`, then, the one outcome line added or taken out that makes the report's
outcome less its budget its stated deviation (`deviation_lines`).

With `report_cues` (the thirty-first round's step, role_model_cues.report_cues_read), after the prune and before the
products: a figure not yet invoiced taken out of the outcome, another body's share out of the grant, a stated change
of the costs read as the deviation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bilagor.extractor.entities.role_model import MODEL_SOURCE, Weights, load_weights
from bilagor.extractor.entities.role_model_cues import report_cues_read
from bilagor.extractor.entities.role_model_totals import (
    outcome_parts_read,
    products_read,
    summed_kinds as _summed,
    whole_and_details,
)
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
    """A follow-up report's amounts after the decision per report: each cost list's whole and parts
    (role_model_totals, with a `whole_tolerance`), then `joint_roles` at the weights' threshold (above 1: unchanged),
    then `pruned_and_agreed`."""
    weights = weights or load_weights()
    if form_kind != FOLLOW_UP:
        return list(amounts)
    out = lines_given_back(amounts, probs, weights.lines_least)
    out = wholes_read(out, weights.whole_tolerance)
    out = joint_roles(out, probs, weights.joint_threshold) if weights.joint_threshold <= 1 else out
    out = pruned_and_agreed(out, probs, weights.prune_threshold, weights.agree_tolerance)
    out = report_cues_read(out) if weights.report_cues else out
    out = outcome_parts_read(products_read(out, weights.product_over), weights.parts_tolerance)
    return deviation_lines(out, probs) if weights.deviation_lines else out


LINES_LEAST = 2  # a line given back where two other figures of its sentence have its kind (a list of three or more)


def lines_given_back(
    amounts: Sequence[Amount], probs: Sequence[dict[str, float] | None], least: int | None
) -> list[Amount]:
    """`amounts` of one follow-up report with each figure the model turned `annat` (role_source "model") given back
    the summed kind it found likeliest but `annat` (the rules' own, which it overrode) where at least `least` other
    figures of its sentence have that kind (budget and grant one kind): a line of a list of parts, which the report's
    sums need, not a co-funder's share or a remainder beside one figure (None: `amounts` as they are)."""
    out = list(amounts)
    if least is None:
        return out
    for i, (a, p) in enumerate(zip(amounts, probs)):
        if a.role != "annat" or a.role_source != MODEL_SOURCE or p is None or not a.sek or a.high is not None:
            continue
        role = max((r for r in p if r != "annat"), key=lambda r: (p[r], r))
        if role not in (*_BUDGETS, "utfall"):
            continue
        kind = _BUDGETS if role in _BUDGETS else ("utfall",)
        mates = sum(1 for j, b in enumerate(amounts) if j != i and b.sentence == a.sentence and b.role in kind)
        if mates >= least:
            out[i] = replace(a, role=role, role_source=REPORT_SOURCE, role_probability=round(p[role], 3))
    return out


def wholes_read(amounts: Sequence[Amount], whole_tolerance: float | None) -> list[Amount]:
    """`role_model_totals.whole_and_details` within `whole_tolerance` (None: `amounts` as they are)."""
    return list(amounts) if whole_tolerance is None else whole_and_details(amounts, whole_tolerance)


def pruned_and_agreed(
    amounts: Sequence[Amount],
    probs: Sequence[dict[str, float] | None],
    prune_threshold: float,
    agree_tolerance: float | None,
) -> list[Amount]:
    """`prune_candidates` at `prune_threshold` (above 1: none), then `agree_parts` within `agree_tolerance` (None:
    none); with the agreement step on, a report whose budget (or grant) and outcome already agree is not pruned:
    taking a part out of a sum that matches the other is what the prune got wrong most (a cost line of three, a
    second body's share of a grant)."""
    out = list(amounts)
    if prune_threshold <= 1 and (agree_tolerance is None or not _agree(*_summed(out), agree_tolerance)):
        out = prune_candidates(out, probs, prune_threshold)
    return agree_parts(out, probs, agree_tolerance) if agree_tolerance is not None else out


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
    probability reaches `min_probability` (one figure per kind; the kind keeps its others; a figure whose role this
    decision set is not a candidate)."""
    out = list(amounts)
    for kind in ("budget", "utfall"):
        role = _summed_role(out, kind)
        if len({a.sek for a in out if a.role == role}) < 2:
            continue
        # a figure this decision already gave its kind (a list's line given back, a whole, a fill) is not taken out
        scored = [
            (p["annat"], i)
            for i, (a, p) in enumerate(zip(out, probs))
            if a.role == role and p is not None and a.role_source != REPORT_SOURCE
        ]
        if not scored:
            continue
        probability, index = max(scored)
        if probability >= min_probability:
            for i, a in enumerate(out):
                if a.role == role and a.sek == out[index].sek:
                    out[i] = replace(a, role="annat", role_source=REPORT_SOURCE, role_probability=round(probability, 3))
    return out


AGREE_TOLERANCE = 0.02  # budget and outcome within 2 % of each other agree (role_model_lists' "within 2 %")


def _agree(budget: int | None, outcome: int | None, tolerance: float) -> bool:
    return budget is not None and outcome is not None and abs(budget - outcome) <= tolerance * max(budget, outcome)


def agree_parts(
    amounts: Sequence[Amount], probs: Sequence[dict[str, float] | None], tolerance: float = AGREE_TOLERANCE
) -> list[Amount]:
    """`amounts` of one follow-up report whose budget (or grant) and outcome are both there and disagree, with the
    one change of a part that makes them agree within `tolerance`, where one does: a figure the model turned
    `annat` (role_source "model") given back its likeliest other role, a summed kind that another figure of its
    sentence has (a part the model dropped as a detail: a grant split between two bodies, a cost and its
    installation), else, of a kind that sums two or more distinct figures, the one the model finds likeliest `annat`
    taken out (a part counted twice: a first payment of the grant beside the grant). Of several, the one that
    brings them closest."""
    out = list(amounts)
    budget, outcome = _summed(out)
    if budget is None or outcome is None or _agree(budget, outcome, tolerance):
        return out
    # a figure given back first: it restores the rules' reading, where taking another out could match by chance
    for moves in (_given_back(out, probs), _taken_out(out, probs)):
        best: tuple[int, list[int], str, float] | None = None
        for indices, role, probability in moves:
            b, o = _summed([replace(a, role=role) if i in indices else a for i, a in enumerate(out)])
            if _agree(b, o, tolerance) and (best is None or abs((b or 0) - (o or 0)) < best[0]):
                best = (abs((b or 0) - (o or 0)), indices, role, probability)
        if best is not None:
            _, indices, role, probability = best
            for i in indices:
                out[i] = replace(out[i], role=role, role_source=REPORT_SOURCE, role_probability=round(probability, 3))
            break
    return out


def _given_back(out: list[Amount], probs: Sequence[dict[str, float] | None]) -> list[tuple[list[int], str, float]]:
    """Each figure the model turned `annat` with the role it found likeliest but `annat` (the rules' own, which
    it overrode), where that is a summed kind that another figure of its sentence has (one of two parts stated
    together: "90 000 kr till föreningen och 60 000 kr till fältgruppen"): ([index], role, its probability). A
    figure alone in its sentence is left: there the model's `annat` was a co-funder's share, a remainder, a
    figure not yet decided, far more often than a dropped part (the twenty-fourth round's reading of every round)."""
    moves = []
    for i, (a, p) in enumerate(zip(out, probs)):
        if a.role != "annat" or a.role_source != MODEL_SOURCE or p is None or not a.sek or a.high is not None:
            continue
        role = max((r for r in p if r != "annat"), key=lambda r: (p[r], r))
        beside = any(j != i and b.sentence == a.sentence and b.role == role for j, b in enumerate(out))
        if role in (*_BUDGETS, "utfall") and beside:
            moves.append(([i], role, p[role]))
    return moves


def _taken_out(out: list[Amount], probs: Sequence[dict[str, float] | None]) -> list[tuple[list[int], str, float]]:
    """Of each summed kind with two or more distinct figures, the figure the model finds likeliest `annat` (every
    amount of its value) made `annat`: (indices, "annat", its probability)."""
    moves = []
    for kind in ("budget", "utfall"):
        role = _summed_role(out, kind)
        if len({a.sek for a in out if a.role == role}) < 2:
            continue
        scored = [(p.get("annat", 0.0), i) for i, (a, p) in enumerate(zip(out, probs)) if a.role == role and p]
        if scored:
            probability, index = max(scored)
            same = [i for i, a in enumerate(out) if a.role == role and a.sek == out[index].sek]
            moves.append((same, "annat", probability))
    return moves


def deviation_lines(amounts: Sequence[Amount], probs: Sequence[dict[str, float] | None]) -> list[Amount]:
    """`amounts` of one follow-up report whose stated deviation (an `avvikelse` figure) is not its outcome less its
    budget, with the one change of an outcome line that makes it so, where exactly one does: a figure left `annat`
    counted as a line ("Dessutom tillkom en bänk för X kr … överskred bidraget med D"), or an outcome of several
    taken out. The report's own arithmetic is the evidence; two changes that fit are left (chance)."""
    out = list(amounts)
    budget, outcome = _summed(out)
    stated = {a.sek for a in out if a.role == "avvikelse" and a.sek and a.high is None}
    if budget is None or outcome is None or not stated or abs(budget - outcome) in stated:
        return out
    outcomes = {a.sek for a in out if a.role == "utfall"}
    moves: dict[int, tuple[str, int]] = {}  # value -> (role, change of the outcome)
    for a, p in zip(out, probs):
        if p is None or not a.sek or a.high is not None:
            continue
        if a.role == "annat" and a.sek not in outcomes and a.sek not in stated:
            moves.setdefault(a.sek, ("utfall", a.sek))
        elif a.role == "utfall" and len(outcomes) >= 2:
            moves.setdefault(a.sek, ("annat", -a.sek))
    fits = [(value, role) for value, (role, change) in moves.items() if abs(budget - outcome - change) in stated]
    if len(fits) != 1:
        return out
    value, role = fits[0]
    for i, a in enumerate(out):
        if a.sek == value and a.role in ("annat", "utfall") and a.high is None and probs[i] is not None:
            out[i] = replace(a, role=role, role_source=REPORT_SOURCE, role_probability=None)
    return out
