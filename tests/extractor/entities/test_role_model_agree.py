"""The twenty-fourth round's step in the per-report decision (role_model_report.agree_parts): where a follow-up
report's budget (or grant) and outcome are both there and disagree, a figure the model turned `annat` against the
rules gets its summed kind back, else the figure likeliest `annat` of a kind's sum of several is taken out, where
that makes them agree within the tolerance (a part of a sum the model dropped as a detail; a part counted twice)."""

from __future__ import annotations

from bilagor.extractor.entities.role_model import MODEL_SOURCE, weights_from_json
from bilagor.extractor.entities.role_model_report import REPORT_SOURCE, agree_parts, pruned_and_agreed, report_decision
from bilagor.extractor.record import AMOUNT_ROLES, Amount


def _amount(sek: int, role: str, source: str = "cue", sentence: str = "") -> Amount:
    return Amount(f"{sek} kr", sek, False, role, "ekonomi", 1, sentence, role_source=source)


# the model's probabilities of a figure it turned `annat` that the rules read as an outcome
DROPPED_OUTCOME = {"annat": 0.55, "utfall": 0.4, "avvikelse": 0.05}


def test_an_outcome_part_the_model_dropped_comes_back_where_budget_and_outcome_then_agree():
    # a cost and its installation in one sentence: the model kept the first and dropped the second
    amounts = [_amount(600_000, "budget"), _amount(310_000, "utfall"), _amount(295_000, "annat", MODEL_SOURCE)]
    probs = [{"budget": 0.99}, {"utfall": 0.7, "annat": 0.3}, DROPPED_OUTCOME]
    out = agree_parts(amounts, probs, 0.02)
    assert [a.role for a in out] == ["budget", "utfall", "utfall"]  # 605 000 against 600 000: within 2 %
    assert (out[2].role_source, out[2].role_probability) == (REPORT_SOURCE, 0.4)
    assert agree_parts(amounts, probs, 0.005) == amounts  # not within half a percent


def test_a_grant_part_comes_back_against_what_was_spent():
    # a grant split between two bodies, both bodies' costs stated
    amounts = [
        _amount(70_000, "beviljat"),
        _amount(45_000, "annat", MODEL_SOURCE),
        _amount(70_000, "utfall"),
        _amount(43_800, "utfall"),
    ]
    probs = [{"beviljat": 0.8}, {"annat": 0.6, "beviljat": 0.35, "utfall": 0.05}, {"utfall": 0.9}, {"utfall": 0.8}]
    # taking the second body's costs out would match the first grant exactly: the figure given back goes first
    assert [a.role for a in agree_parts(amounts, probs)] == ["beviljat", "beviljat", "utfall", "utfall"]


def test_a_part_counted_twice_goes_where_the_rest_then_agree():
    # the grant and its first payment both read as grants, against what was spent
    amounts = [_amount(80_000, "beviljat"), _amount(52_000, "beviljat"), _amount(79_100, "utfall")]
    probs = [{"beviljat": 0.9, "annat": 0.05}, {"beviljat": 0.6, "annat": 0.3}, {"utfall": 0.9, "annat": 0.1}]
    out = agree_parts(amounts, probs)
    assert [a.role for a in out] == ["beviljat", "annat", "utfall"]
    assert (out[1].role_source, out[1].role_probability) == (REPORT_SOURCE, 0.3)
    other = [_amount(80_000, "beviljat"), _amount(52_000, "beviljat"), _amount(61_000, "utfall")]
    assert agree_parts(other, probs) == other  # 80 000 or 52 000 against 61 000: neither agrees


def test_a_figure_alone_in_its_sentence_stays_the_models_annat():
    # "Resten, 290 000 kr, förs över till nästa år." beside the budget and the outcome: no part of a sum of two
    amounts = [
        _amount(600_000, "budget", sentence="a"),
        _amount(310_000, "utfall", sentence="b"),
        _amount(290_000, "annat", MODEL_SOURCE, sentence="c"),
    ]
    probs = [{"budget": 0.99}, {"utfall": 0.7}, DROPPED_OUTCOME]
    assert agree_parts(amounts, probs) == amounts
    beside = [*amounts[:2], _amount(290_000, "annat", MODEL_SOURCE, sentence="b")]
    assert agree_parts(beside, probs)[2].role == "utfall"  # beside the outcome in its sentence: a part of it


def test_nothing_comes_back_where_it_would_not_make_them_agree_or_they_already_do():
    amounts = [_amount(600_000, "budget"), _amount(310_000, "utfall"), _amount(120_000, "annat", MODEL_SOURCE)]
    probs = [{"budget": 0.99}, {"utfall": 0.7}, DROPPED_OUTCOME]
    assert agree_parts(amounts, probs) == amounts  # 430 000 against 600 000
    agreeing = [_amount(600_000, "budget"), _amount(596_000, "utfall"), _amount(4_000, "annat", MODEL_SOURCE)]
    assert agree_parts(agreeing, probs) == agreeing  # already within 2 %: the dropped figure is a detail
    no_outcome = [_amount(600_000, "budget"), _amount(600_000, "annat", MODEL_SOURCE)]
    assert agree_parts(no_outcome, [{"budget": 0.99}, DROPPED_OUTCOME]) == no_outcome  # no sum to agree with


def test_only_the_models_own_annat_and_only_to_a_summed_kind():
    amounts = [_amount(600_000, "budget"), _amount(310_000, "utfall"), _amount(295_000, "annat", "clause")]
    probs = [{"budget": 0.99}, {"utfall": 0.7}, DROPPED_OUTCOME]
    assert agree_parts(amounts, probs) == amounts  # the rules' own annat stays
    deviation = {"annat": 0.5, "avvikelse": 0.3, "utfall": 0.2}
    dropped = [_amount(600_000, "budget"), _amount(310_000, "utfall"), _amount(295_000, "annat", MODEL_SOURCE)]
    assert agree_parts(dropped, [{"budget": 0.99}, {"utfall": 0.7}, deviation]) == dropped  # a deviation's


def test_of_two_figures_that_would_the_one_that_brings_them_closest():
    amounts = [
        _amount(600_000, "budget"),
        _amount(310_000, "utfall"),
        _amount(287_000, "annat", MODEL_SOURCE),
        _amount(291_000, "annat", MODEL_SOURCE),
    ]
    probs = [{"budget": 0.99}, {"utfall": 0.7}, DROPPED_OUTCOME, DROPPED_OUTCOME]
    assert [a.role for a in agree_parts(amounts, probs)] == ["budget", "utfall", "annat", "utfall"]


def test_the_report_decision_agrees_them_only_when_its_weights_carry_a_tolerance():
    amounts = [_amount(600_000, "budget"), _amount(310_000, "utfall"), _amount(295_000, "annat", MODEL_SOURCE)]
    probs = [{"budget": 0.99}, {"utfall": 0.7}, DROPPED_OUTCOME]
    data = {"classes": list(AMOUNT_ROLES), "bias": [0.0] * 7, "weights": {}}
    assert report_decision(amounts, probs, "uppfoljning", weights_from_json(data)) == amounts
    agreeing = weights_from_json(data | {"agree_tolerance": 0.02})
    assert [a.role for a in report_decision(amounts, probs, "uppfoljning", agreeing)][2] == "utfall"
    assert report_decision(amounts, probs, "ansokan", agreeing) == amounts  # follow-up reports only


def test_with_the_step_on_a_sum_that_matches_the_other_keeps_its_parts():
    # three cost lines that together are the grant: the prune would take the likeliest annat one out
    amounts = [
        _amount(50_000, "beviljat"),
        _amount(31_000, "utfall"),
        _amount(12_000, "utfall"),
        _amount(7_500, "utfall"),
    ]
    probs = [{"beviljat": 0.9, "annat": 0.1}, {"utfall": 0.9, "annat": 0.1}, {"utfall": 0.8, "annat": 0.2}]
    probs.append({"utfall": 0.55, "annat": 0.45})
    assert [a.role for a in pruned_and_agreed(amounts, probs, 0.3, None)][3] == "annat"  # the prune alone
    assert pruned_and_agreed(amounts, probs, 0.3, 0.02) == amounts  # 50 500 against 50 000: they agree
    apart = [*amounts[:3], _amount(19_500, "utfall")]  # 62 500 against 50 000: the prune still acts
    assert [a.role for a in pruned_and_agreed(apart, probs, 0.3, 0.02)][3] == "annat"
