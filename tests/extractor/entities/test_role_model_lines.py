"""The twenty-seventh round's step in the per-report decision (role_model_report.lines_given_back): a line of a list
the model turned `annat` gets back the summed kind it found likeliest but `annat` where at least two other figures of
its sentence have that kind (a cost line dropped from "A X kr, B Y kr och C Z kr"); a figure beside fewer kind-mates
(a co-funder's share, a remainder) keeps the model's `annat`."""

from __future__ import annotations

from bilagor.extractor.entities.role_model import MODEL_SOURCE, weights_from_json
from bilagor.extractor.entities.role_model_report import LINES_LEAST, REPORT_SOURCE, lines_given_back, report_decision
from bilagor.extractor.record import AMOUNT_ROLES, Amount

LIST = "Annonsering 1 800 kr, reflexvästar 2 640 kr och kaffe 560 kr."
# the model's probabilities of a line it turned `annat` that the rules read as an outcome
DROPPED_LINE = {"annat": 0.55, "utfall": 0.35, "budget": 0.1}


def _amount(sek: int, role: str, source: str = "clause", sentence: str = LIST) -> Amount:
    return Amount(f"{sek} kr", sek, False, role, "ekonomiskt_utfall", 1, sentence, role_source=source)


def test_a_line_the_model_dropped_from_a_list_of_three_comes_back():
    amounts = [
        _amount(1_800, "utfall"),
        _amount(2_640, "utfall"),
        _amount(560, "annat", MODEL_SOURCE),
        _amount(5_000, "beviljat", "cue", "Förvaltningen beviljade 5 000 kr."),
    ]
    probs = [{"utfall": 0.8}, {"utfall": 0.9}, DROPPED_LINE, {"beviljat": 0.99}]
    out = lines_given_back(amounts, probs, LINES_LEAST)
    assert [a.role for a in out] == ["utfall", "utfall", "utfall", "beviljat"]
    assert (out[2].role_source, out[2].role_probability) == (REPORT_SOURCE, 0.35)
    assert lines_given_back(amounts, probs, None) == amounts  # the step off


def test_a_figure_beside_one_kind_mate_keeps_the_models_annat():
    # "kalkylen i ansökan, X kr, och det beviljade beloppet Y kr": the model's annat is right beside one figure
    sentence = "Det kan jämföras med kalkylen, 860 000 kr, och det beviljade beloppet 900 000 kr."
    amounts = [_amount(860_000, "annat", MODEL_SOURCE, sentence), _amount(900_000, "beviljat", "cue", sentence)]
    probs = [{"annat": 0.6, "budget": 0.38, "utfall": 0.02}, {"beviljat": 0.95}]
    assert lines_given_back(amounts, probs, LINES_LEAST) == amounts


def test_only_the_models_own_annat_and_only_a_summed_kind_come_back():
    amounts = [
        _amount(1_800, "utfall"),
        _amount(2_640, "utfall"),
        _amount(560, "annat", "cue"),  # the rules' own annat: not the model's to give back
        _amount(300, "annat", MODEL_SOURCE),  # likeliest other a deviation: no summed kind
    ]
    probs = [{"utfall": 0.8}, {"utfall": 0.9}, DROPPED_LINE, {"annat": 0.6, "avvikelse": 0.3, "utfall": 0.1}]
    assert lines_given_back(amounts, probs, LINES_LEAST) == amounts


def test_the_report_decision_gives_lines_back_with_lines_least_in_its_weights():
    base = {"classes": list(AMOUNT_ROLES), "bias": [0.0] * len(AMOUNT_ROLES), "weights": {}}
    amounts = [_amount(1_800, "utfall"), _amount(2_640, "utfall"), _amount(560, "annat", MODEL_SOURCE)]
    probs = [{"utfall": 0.8}, {"utfall": 0.9}, DROPPED_LINE]
    with_step = weights_from_json({**base, "lines_least": LINES_LEAST})
    assert [a.role for a in report_decision(amounts, probs, "uppfoljning", with_step)] == ["utfall"] * 3
    assert report_decision(amounts, probs, "uppfoljning", weights_from_json(base)) == amounts
    assert report_decision(amounts, probs, "ansokan", with_step) == amounts


def test_the_prune_does_not_take_out_a_line_just_given_back():
    # the line the model was least sure of is the prune's likeliest `annat`: it stays, the decision set it
    base = {"classes": list(AMOUNT_ROLES), "bias": [0.0] * len(AMOUNT_ROLES), "weights": {}}
    weights = weights_from_json({**base, "lines_least": LINES_LEAST, "prune_threshold": 0.3})
    amounts = [_amount(1_800, "utfall"), _amount(2_640, "utfall"), _amount(560, "annat", MODEL_SOURCE)]
    probs = [{"utfall": 0.8, "annat": 0.2}, {"utfall": 0.9, "annat": 0.1}, DROPPED_LINE]
    assert [a.role for a in report_decision(amounts, probs, "uppfoljning", weights)] == ["utfall"] * 3
