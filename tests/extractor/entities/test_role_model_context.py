"""The twelfth round's levers of the learned role decision: features over the amount's whole answer
(role_model_features.context_features, read by the extractor when the weights say so) and the decision per
follow-up report (role_model_report.joint_roles)."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities import find_amounts, find_entities
from bilagor.extractor.entities import role_model, role_model_report
from bilagor.extractor.entities.checks import MODEL_CONFIDENCE, REPORT_UNSURE, figure_checks
from bilagor.extractor.entities.role_model_features import Neighbour, context_features
from bilagor.extractor.entities.role_model_report import REPORT_SOURCE, joint_roles
from bilagor.extractor.record import AMOUNT_ROLES, ROLE_SOURCES, Amount, Section
from factories import make_report


def test_the_context_features_read_the_other_amounts_rules_roles_and_sizes():
    answer = [Neighbour(100_000, "budget"), Neighbour(90_000, "annat"), Neighbour(5_000, "prognos")]
    feats = context_features(1, answer, "uppfoljning")
    assert {"kind:uppfoljning", "ans_prev:budget", "ans_next:prognos", "ans_has:budget", "lacks:utfall"} <= set(feats)
    assert {"mag:middle", "vs_budget:under", "own:annat|lacks:utfall"} <= set(feats)
    alone = context_features(0, [Neighbour(100_000, "annat")], None)
    assert {"kind:-", "ans_pos:only", "lacks:budgetutfall"} <= set(alone) and not any("mag:" in f for f in alone)


def _weights(row_of: dict[str, str], threshold: float = 0.5, context: bool = True):
    weights = {name: [9.0 if r == role else 0.0 for r in AMOUNT_ROLES] for name, role in row_of.items()}
    return role_model.weights_from_json(
        {
            "classes": list(AMOUNT_ROLES),
            "bias": [0.0] * 7,
            "weights": weights,
            "threshold": threshold,
            "settings": {"features": "clause", "context": context},
        }
    )


TEXT = "Budgeten var 100 000 kr. Vi har lagt 90 000 kr på material."


@pytest.mark.parametrize("context", [True, False])
def test_with_context_weights_the_extractor_lets_the_model_see_the_answers_other_amounts(monkeypatch, context):
    # weights that call an amount the outcome only when the other amounts of its answer give no outcome
    monkeypatch.setattr(
        role_model, "load_weights", lambda: _weights({"own:annat|lacks:utfall": "utfall"}, 0.5, context)
    )
    monkeypatch.setattr(role_model, "reconsider_answer", _with_rules_annat(role_model.reconsider_answer), raising=True)
    amounts = find_amounts(TEXT, "ekonomiskt_utfall", form_kind="uppfoljning", role_decision="model")
    second = amounts[1]
    assert (second.role, second.role_source) == (("utfall", "model") if context else ("annat", "cue"))


def _with_rules_annat(real):
    """The answer as the rules would read it if they left the second amount `annat` (by a cue)."""
    from dataclasses import replace

    from bilagor.extractor.entities.roles import Decision

    def call(amounts, form_kind=None, weights=None, report=None):
        amounts = [amounts[0], replace(amounts[1], rules=Decision("annat", "cue"))]
        return real(amounts, form_kind, weights, report)

    return call


def _amount(sek: int, role: str, source: str = "cue") -> Amount:
    return Amount(f"{sek} kr", sek, False, role, "ekonomiskt_utfall", 1, "", role_source=source)


def test_the_report_decision_gives_a_report_its_missing_outcome_to_the_likeliest_amount():
    amounts = [_amount(100_000, "budget"), _amount(90_000, "annat"), _amount(5_000, "prognos")]
    probs = [{"budget": 0.9, "utfall": 0.05}, {"annat": 0.55, "utfall": 0.4}, {"prognos": 0.7, "utfall": 0.3}]
    out = joint_roles(amounts, probs, 0.35)
    assert [a.role for a in out] == ["budget", "utfall", "prognos"]
    assert (out[1].role_source, out[1].role_probability) == (REPORT_SOURCE, 0.4)
    assert joint_roles(amounts, probs, 0.45) == amounts  # no amount likely enough: unchanged


def test_the_report_decision_never_takes_a_reports_only_figure_of_the_other_kind_nor_a_prior_year_one():
    amounts = [_amount(100_000, "budget"), _amount(90_000, "annat")]
    probs = [{"budget": 0.3, "utfall": 0.7}, None]
    assert joint_roles(amounts, probs, 0.2) == amounts
    both_missing = [_amount(100_000, "annat"), _amount(90_000, "annat")]
    out = joint_roles(both_missing, [{"beviljat": 0.6, "utfall": 0.3}, {"budget": 0.1, "utfall": 0.5}], 0.25)
    assert [a.role for a in out] == ["beviljat", "utfall"]


def _report_weights(joint: float | None):
    """Weights sure every amount is `annat` (prognos second), with the per-report decision at `joint`."""
    row = {"annat": 3.0, "utfall": 1.5, "budget": 0.0}
    data = {
        "classes": list(AMOUNT_ROLES),
        "bias": [row.get(r, 0.0) for r in AMOUNT_ROLES],
        "weights": {},
        "threshold": 0.99,
        "settings": {"features": "clause", "context": False},
    }
    if joint is not None:
        data["joint_threshold"] = joint
    return role_model.weights_from_json(data)


FOLLOW_UP = [
    ("Budgeten för projektet var 500 000 kr.", "ekonomiskt_utfall"),
    ("Vi har haft kostnader för material och hyra, 480 000 kr i allt.", "ekonomiskt_utfall"),
]


def _report(texts, form_kind="uppfoljning"):
    sections = [Section(key, key, text, 1) for text, key in texts]
    return make_report("r", form_kind=form_kind, sections=sections)


@pytest.mark.parametrize("joint", [0.1, None])
def test_a_follow_up_report_without_an_outcome_gets_one_from_the_per_report_decision(monkeypatch, joint):
    monkeypatch.setattr(role_model, "load_weights", lambda: _report_weights(joint))
    monkeypatch.setattr(role_model_report, "load_weights", lambda: _report_weights(joint))
    monkeypatch.setattr(role_model, "reconsider_answer", _rules_say_annat_after_budget(role_model.reconsider_answer))
    amounts, _ = find_entities(_report(FOLLOW_UP), role_decision="model")
    outcome = [a for a in amounts if a.role == "utfall"]
    if joint is None:  # weights without the per-report decision: the report keeps no outcome
        assert outcome == []
        return
    assert [(a.sek, a.role_source) for a in outcome] == [(480_000, REPORT_SOURCE)]
    assert outcome[0].role_probability is not None and outcome[0].role_probability < MODEL_CONFIDENCE
    assert [(c.reason, c.amount.sek) for c in figure_checks(amounts)] == [(REPORT_UNSURE, 480_000)]
    # an application is not decided per report; nor is anything with the rules alone
    assert not any(a.role == "utfall" for a in find_entities(_report(FOLLOW_UP, "ansokan"), role_decision="model")[0])
    assert not any(a.role_source == REPORT_SOURCE for a in find_entities(_report(FOLLOW_UP), role_decision="rules")[0])


def _rules_say_annat_after_budget(real):
    """The answers as the rules would read them if they left every amount but a budget `annat`."""
    from dataclasses import replace

    from bilagor.extractor.entities.roles import Decision

    def call(amounts, form_kind=None, weights=None, report=None):
        amounts = [a if a.rules.role == "budget" else replace(a, rules=Decision("annat", "default")) for a in amounts]
        return real(amounts, form_kind, weights, report)

    return call


def test_the_record_and_its_schema_know_the_per_report_decision():
    import json

    from jsonschema import validate

    from factories import SCHEMA_PATH

    assert REPORT_SOURCE in ROLE_SOURCES
    amount = Amount("2 mnkr", 2_000_000, False, "utfall", "ekonomiskt_utfall", 1, "s", REPORT_SOURCE, None, 0.3)
    data = make_report("m", amounts=[amount]).to_dict()
    validate(data, json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))
