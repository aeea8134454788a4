"""The eighteenth round's try in the per-report decision (role_model_report.prune_candidates): a follow-up report
whose budget (or grant) or outcome sums several distinct figures drops the one the model finds likeliest `annat`,
at the weights' threshold, and never a kind's only figure."""

from __future__ import annotations

from bilagor.extractor.entities.role_model import weights_from_json
from bilagor.extractor.entities.role_model_report import REPORT_SOURCE, prune_candidates, report_decision
from bilagor.extractor.record import AMOUNT_ROLES, Amount


def _amount(sek: int, role: str) -> Amount:
    return Amount(f"{sek} kr", sek, False, role, "finansiering", 1, "", role_source="cue")


def test_the_figure_likeliest_annat_leaves_a_sum_of_several():
    amounts = [_amount(45_000, "beviljat"), _amount(40_000, "beviljat"), _amount(81_000, "utfall")]
    probs = [{"beviljat": 0.5, "annat": 0.45}, {"beviljat": 0.8, "annat": 0.1}, {"utfall": 0.9, "annat": 0.1}]
    out = prune_candidates(amounts, probs, 0.4)
    assert [a.role for a in out] == ["annat", "beviljat", "utfall"]
    assert (out[0].role_source, out[0].role_probability) == (REPORT_SOURCE, 0.45)
    assert prune_candidates(amounts, probs, 0.5) == amounts  # not likely enough


def test_a_kinds_only_figure_and_the_same_figure_twice_stay():
    once = [_amount(45_000, "beviljat"), _amount(44_000, "utfall")]
    probs = [{"annat": 0.9}, {"annat": 0.9}]
    assert prune_candidates(once, probs, 0.2) == once
    twice = [_amount(45_000, "utfall"), _amount(45_000, "utfall")]
    assert prune_candidates(twice, probs, 0.2) == twice  # one distinct figure, said twice
    budgets = [_amount(45_000, "budget"), _amount(40_000, "beviljat"), _amount(30_000, "beviljat")]
    # the budget is summed from the budget figures: the grants are no sum of several
    assert prune_candidates(budgets, [{"annat": 0.1}, {"annat": 0.9}, {"annat": 0.9}], 0.2) == budgets


def test_the_report_decision_prunes_only_when_its_weights_carry_a_threshold():
    amounts = [_amount(45_000, "beviljat"), _amount(40_000, "beviljat")]
    probs = [{"annat": 0.7}, {"annat": 0.1}]
    data = {"classes": list(AMOUNT_ROLES), "bias": [0.0] * 7, "weights": {}}
    assert report_decision(amounts, probs, "uppfoljning", weights_from_json(data)) == amounts
    pruning = weights_from_json(data | {"prune_threshold": 0.5})
    assert [a.role for a in report_decision(amounts, probs, "uppfoljning", pruning)] == ["annat", "beviljat"]
    assert report_decision(amounts, probs, "ansokan", pruning) == amounts  # follow-up reports only
