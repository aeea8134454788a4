"""The learned role decision behind its switch: ExtractOptions.role_decision (validated, default "rules"),
passed down to `roles.decide`; where the model overrides the rules the amount says so (role_source
"model") and keeps the model's probability, in the record and its schema; `amounts --check` lists a
summed figure resting on an unsure model decision."""

from __future__ import annotations

import json

import pytest

from bilagor.cli.app import run
from bilagor.extractor.entities import find_amounts, find_entities
from bilagor.extractor.entities import role_model
from bilagor.extractor.entities.checks import MODEL_CONFIDENCE, MODEL_UNSURE, figure_checks
from bilagor.extractor.entities.roles import Decision, decide
from bilagor.extractor.errors import UsageError
from bilagor.extractor.options import DEFAULT_ROLE_DECISION, ROLE_DECISIONS, ExtractOptions
from bilagor.extractor.record import AMOUNT_ROLES, ROLE_SOURCES, Amount, Report, Section
from bilagor.index.archive import Archive
from factories import make_report

SENTENCE = "Budgeten för projektet var 500 000 kr."
SPAN = (SENTENCE.index("500"), SENTENCE.index(" kr") + 3)


def _sure_of(role: str, strength: float = 9.0, threshold: float = 0.5):
    row = [strength if r == role else 0.0 for r in AMOUNT_ROLES]
    return role_model.weights_from_json(
        {"classes": list(AMOUNT_ROLES), "bias": [0.0] * 7, "weights": {"bias": row}, "threshold": threshold}
    )


@pytest.fixture
def model_says(monkeypatch):
    def use(role: str, strength: float = 9.0, threshold: float = 0.5):
        monkeypatch.setattr(role_model, "load_weights", lambda: _sure_of(role, strength, threshold))

    return use


def test_the_option_is_validated_like_the_others_and_defaults_to_the_package_default():
    assert ROLE_DECISIONS == ("rules", "model") and ExtractOptions().role_decision == DEFAULT_ROLE_DECISION
    assert ExtractOptions(role_decision="model").role_decision == "model"
    with pytest.raises(UsageError, match="--role-decision"):
        ExtractOptions(role_decision="modell")


def test_the_rules_decide_unless_the_model_is_asked_for(model_says):
    model_says("prognos")
    rules = decide(SENTENCE, SPAN, [SPAN], "ekonomiskt_utfall", role_decision="rules")
    assert rules == Decision("budget", rules.source) and rules.source != "model"
    model = decide(SENTENCE, SPAN, [SPAN], "ekonomiskt_utfall", role_decision="model")
    assert (model.role, model.source) == ("prognos", "model")
    with pytest.raises(ValueError, match="role_decision"):
        decide(SENTENCE, SPAN, [SPAN], role_decision="modell")


def test_below_its_threshold_the_model_leaves_the_rules_decision(model_says):
    model_says("prognos", strength=1.0, threshold=0.9)  # e/(e+6) = 0.31 < 0.9
    assert decide(SENTENCE, SPAN, [SPAN], "ekonomiskt_utfall", role_decision="model").role == "budget"


def test_an_overridden_amount_keeps_the_models_probability(model_says):
    model_says("prognos", strength=2.0)  # e²/(e²+6) = 0.552
    [rules] = find_amounts(SENTENCE, "ekonomiskt_utfall", role_decision="rules")
    [model] = find_amounts(SENTENCE, "ekonomiskt_utfall", role_decision="model")
    assert (rules.role, rules.role_source, rules.role_probability) == ("budget", rules.role_source, None)
    assert (model.role, model.role_source, model.role_probability) == ("prognos", "model", 0.552)


def test_a_probability_stays_only_while_the_role_is_the_models(model_says, monkeypatch):
    from dataclasses import replace

    from bilagor.extractor.entities import role_consistency

    # the report step (role_consistency) may give an amount the model decided another role: it is then its own
    model_says("prognos", strength=2.0)
    report = Report("x", [], "x.pdf", 1, False, "1")
    report.sections = [Section("ekonomiskt_utfall", "Ekonomiskt utfall", SENTENCE, 1)]
    [kept], _ = find_entities(report, role_decision="model")
    assert (kept.role_source, kept.role_probability) == ("model", 0.552)
    monkeypatch.setattr(
        role_consistency,
        "consistent_roles",
        lambda amounts: [replace(a, role="utfall", role_source="consistency") for a in amounts],
    )
    [moved], _ = find_entities(report, role_decision="model")
    assert (moved.role, moved.role_source, moved.role_probability) == ("utfall", "consistency", None)


def test_the_record_and_its_schema_know_the_model():
    from jsonschema import validate

    from factories import SCHEMA_PATH

    assert "model" in ROLE_SOURCES
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    amount = Amount("2 mnkr", 2_000_000, False, "utfall", "ekonomiskt_utfall", 1, "s", "model", None, 0.62)
    report = make_report("m", amounts=[amount])
    data = report.to_dict()
    validate(data, schema)
    assert Report.from_dict(json.loads(json.dumps(data))).amounts == [amount]
    data["amounts"][0]["role_probability"] = 1.5
    with pytest.raises(Exception, match="1.5"):
        validate(data, schema)


def _amount(role, sek, source="cue", probability=None):
    return Amount(
        f"{sek} kr", sek, False, role, "ekonomiskt_utfall", 2, f"Beloppet {sek} kr.", source, None, probability
    )


def test_a_summed_figure_resting_on_an_unsure_model_decision_is_checked():
    unsure = MODEL_CONFIDENCE - 0.1
    checked = figure_checks([_amount("budget", 500_000), _amount("utfall", 480_000, "model", unsure)])
    assert [(c.reason, c.amount.sek) for c in checked] == [(MODEL_UNSURE, 480_000)]
    sure = [_amount("budget", 500_000), _amount("utfall", 480_000, "model", MODEL_CONFIDENCE + 0.1)]
    assert figure_checks(sure) == []
    # a missing figure beside an amount the model moved away from it, unsure
    moved = [_amount("budget", 500_000), _amount("prognos", 470_000, "model", unsure)]
    assert [(c.reason, c.amount.sek) for c in figure_checks(moved)] == [(MODEL_UNSURE, 470_000)]


def test_amounts_check_lists_the_unsure_model_figure_from_the_archive(tmp_path, capsys):
    folder = tmp_path / "arkiv"
    report = make_report(
        "modell",
        year=2021,
        filename="modell.pdf",
        amounts=[_amount("budget", 500_000), _amount("utfall", 480_000, "model", 0.55)],
    )
    with Archive.open(folder, writable=True) as archive:
        archive.add([report])
    assert run(["amounts", "--archive", str(folder), "--check", "--json"]) == 0
    checks = json.loads(capsys.readouterr().out)
    assert [(c["filename"], c["page"], c["reason"]) for c in checks] == [("modell.pdf", 2, MODEL_UNSURE)]


def test_the_cli_takes_the_option_and_refuses_a_bad_value_in_one_line(capsys):
    assert run(["extract", "x.pdf", "--role-decision", "modell"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "--role-decision" in err


def test_the_extractor_follows_the_package_default_and_decide_stays_the_rules(model_says, monkeypatch):
    from bilagor.extractor import options

    model_says("prognos")
    monkeypatch.setattr(options, "DEFAULT_ROLE_DECISION", "model")
    [amount] = find_amounts(SENTENCE, "ekonomiskt_utfall")
    assert amount.role_source == "model"
    assert decide(SENTENCE, SPAN, [SPAN], "ekonomiskt_utfall").source != "model"  # the rules' own function


@pytest.mark.parametrize("decision", ROLE_DECISIONS)
def test_the_seed_gives_its_outcome_and_budget_with_either_decision(decision):
    economy = (
        "Det ekonomiska utfallet för projektet för 2018 bedöms uppgå till ca 2,6 mnkr jämfört med budget på 5,0 mnkr."
    )
    amounts = find_amounts(economy, "ekonomiskt_utfall", role_decision=decision)
    assert [(a.sek, a.role, a.approx) for a in amounts] == [(2_600_000, "utfall", True), (5_000_000, "budget", False)]
