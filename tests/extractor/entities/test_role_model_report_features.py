"""The thirteenth round's lever of the learned role decision: features over the amount's whole report
(role_model_features.report_features: the kinds of figure the report's other answers state, the same figure,
sums and differences), read by the extractor when the weights say so; `roles.decide(role_decision="model")`
reads the sentence's other amounts as the extractor reads an answer's; and the record's and `--check`'s
side of the per-report decision."""

from __future__ import annotations

import json

import pytest

from bilagor.cli.app import run
from bilagor.extractor.entities import find_entities, role_model
from bilagor.extractor.entities.checks import MODEL_CONFIDENCE, REPORT_UNSURE
from bilagor.extractor.entities.role_model_features import Neighbour, report_features
from bilagor.extractor.entities.role_model_report import REPORT_SOURCE
from bilagor.extractor.entities.roles import decide
from bilagor.extractor.record import AMOUNT_ROLES, Amount, Report, Section
from bilagor.index.archive import Archive
from factories import make_report


def test_the_report_features_read_the_other_answers_roles_sections_and_figures():
    report = [
        Neighbour(500_000, "budget", 0, "ekonomiskt_utfall"),
        Neighbour(480_000, "annat", 1, "slutresultat"),
        Neighbour(20_000, "annat", 2, "avvikelser"),
        Neighbour(500_000, "beviljat", 2, "avvikelser"),
    ]
    feats = set(report_features(1, report))
    assert {"rep_has:budget", "rep_at:budget@ekonomiskt_utfall", "own:annat|rep_has:budget"} <= feats
    assert {"rep_lacks:utfall", "own:annat|rep_lacks:utfall", "rep_vs_budget:under"} <= feats
    # 20 000 is the difference of the budget and 480 000; 500 000 restates the budget in another answer
    assert "rep_diff:annat+budget" in set(report_features(2, report))
    assert {"rep_eq:budget", "own:beviljat|rep_eq:budget", "own:beviljat|rep_dup:same"} <= set(
        report_features(3, report)
    )
    # 500 000 is the sum of 480 000 and 20 000
    assert "rep_sum:annat+annat" in set(report_features(0, report))
    alone = report_features(0, [Neighbour(500_000, "budget", 0, "ekonomiskt_utfall")])
    assert "rep:alone" in alone and not any(f.startswith(("rep_has", "rep_eq", "rep_sum")) for f in alone)


def _weights(row_of: dict[str, str], *, context: bool = False, report: bool = False, threshold: float = 0.5):
    table = {name: [9.0 if r == role else 0.0 for r in AMOUNT_ROLES] for name, role in row_of.items()}
    settings = {"features": "clause", "context": context, "report": report}
    return role_model.weights_from_json(
        {
            "classes": list(AMOUNT_ROLES),
            "bias": [0.0] * 7,
            "weights": table,
            "threshold": threshold,
            "settings": settings,
        }
    )


RATE = "Timpriset för vakten var 450 kr."
BUDGET = "Budgeten för projektet var 500 000 kr."


def _report(texts: list[tuple[str, str]]) -> Report:
    return make_report("r13", sections=[Section(key, key, text, 1) for text, key in texts])


@pytest.mark.parametrize("report", [True, False])
def test_with_report_weights_the_extractor_lets_the_model_see_the_reports_other_answers(monkeypatch, report):
    # weights that call an amount a forecast only when another answer of its report states a budget
    monkeypatch.setattr(role_model, "load_weights", lambda: _weights({"rep_has:budget": "prognos"}, report=report))
    two_answers = _report([(BUDGET, "ekonomiskt_utfall"), (RATE, "ovrigt")])
    amounts, _ = find_entities(two_answers, role_decision="model")
    rate = next(a for a in amounts if a.sek == 450)
    assert rate.role_source != "model" or rate.role == "prognos"
    assert (rate.role == "prognos") is report
    # in one answer the budget is no other answer's: the report's features do not see it
    same_answer, _ = find_entities(_report([(BUDGET + " " + RATE, "ekonomiskt_utfall")]), role_decision="model")
    assert next(a for a in same_answer if a.sek == 450).role != "prognos"


def test_decide_with_the_model_reads_the_sentences_other_amounts_as_its_answer(monkeypatch):
    # weights that call an amount the outcome only when the amount before it in its answer is a budget
    monkeypatch.setattr(role_model, "load_weights", lambda: _weights({"ans_prev:budget": "utfall"}, context=True))
    sentence = "Budgeten var 100 000 kr och timpriset för vakten var 450 kr."
    budget = (sentence.index("100"), sentence.index(" kr och") + 3)
    rate = (sentence.index("450"), len(sentence) - 1)
    both = [budget, rate]
    assert decide(sentence, rate, both, "ekonomiskt_utfall", role_decision="rules").role != "utfall"
    model = decide(sentence, rate, both, "ekonomiskt_utfall", role_decision="model")
    assert (model.role, model.source) == ("utfall", "model")
    # the budget itself has no amount before it: the rules' role stays
    assert decide(sentence, budget, both, "ekonomiskt_utfall", role_decision="model").role == "budget"


def _amount(role: str, sek: int, source: str = "cue", probability: float | None = None) -> Amount:
    return Amount(
        f"{sek} kr", sek, False, role, "ekonomiskt_utfall", 2, f"Beloppet {sek} kr.", source, None, probability
    )


@pytest.mark.parametrize(
    ("source", "probability", "listed"),
    [
        (REPORT_SOURCE, MODEL_CONFIDENCE - 0.3, True),
        (REPORT_SOURCE, MODEL_CONFIDENCE + 0.1, False),
        ("cue", None, False),
    ],
)
def test_amounts_check_lists_a_figure_the_report_decision_gave_unsure(tmp_path, capsys, source, probability, listed):
    folder = tmp_path / "arkiv"
    report = make_report(
        "rapport",
        year=2021,
        filename="rapport.pdf",
        amounts=[_amount("budget", 500_000), _amount("utfall", 480_000, source, probability)],
    )
    with Archive.open(folder, writable=True) as archive:
        archive.add([report])
    assert run(["amounts", "--archive", str(folder), "--check", "--json"]) == 0
    checks = json.loads(capsys.readouterr().out)
    reasons = [(c["filename"], c["page"], c["reason"]) for c in checks]
    assert reasons == ([("rapport.pdf", 2, REPORT_UNSURE)] if listed else [])


def test_the_schema_takes_the_report_decisions_source_and_probability_and_refuses_others():
    from jsonschema import validate

    from factories import SCHEMA_PATH

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    amount = _amount("utfall", 480_000, REPORT_SOURCE, 0.3)
    data = make_report("s", amounts=[amount]).to_dict()
    validate(data, schema)
    assert Report.from_dict(json.loads(json.dumps(data))).amounts == [amount]
    for field, bad in (("role_source", "rapport"), ("role_probability", 1.5)):
        broken = json.loads(json.dumps(data))
        broken["amounts"][0][field] = bad
        with pytest.raises(Exception, match=str(bad)):
            validate(broken, schema)
