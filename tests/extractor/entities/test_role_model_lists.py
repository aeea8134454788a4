"""The twenty-third round's list and receipt features of the learned role decision (role_model_lists): an amount's
run of same-kind amounts in its answer, with or without a total beside them, and a receiving or giving verb whose
object is the amount; the decision reads them only when its weights say so."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities.role_model import AnswerAmount, reconsider_answer, weights_from_json
from bilagor.extractor.entities.role_model_features import Neighbour
from bilagor.extractor.entities.role_model_lists import receipt_features, sibling_features
from bilagor.extractor.entities.roles import Decision
from bilagor.extractor.record import AMOUNT_ROLES


def _span(sentence: str, amount: str) -> tuple[int, int]:
    return sentence.index(amount), sentence.index(amount) + len(amount)


def test_cost_lines_without_a_total_beside_the_grant_they_spent():
    # the grant in one answer, three cost lines in the outcome answer, no line their sum
    report = [Neighbour(40_000, "beviljat", 0, "a"), Neighbour(22_500, "utfall", 1, "b")]
    report += [Neighbour(9_800, "utfall", 1, "b"), Neighbour(6_900, "utfall", 1, "b")]
    feats = sibling_features(2, report)
    assert {"own:utfall|sib:3", "own:utfall|sib_total:no", "own:utfall|sib_total:no|sec:b"} <= set(feats)
    assert "own:utfall|sib_vs_budget:under" in feats  # 39 200 spent of 40 000
    assert sibling_features(0, report) == []  # the grant is alone of its kind in its answer


def test_cost_lines_with_their_total_beside_them():
    report = [Neighbour(9_800, "utfall", 0, "b"), Neighbour(6_900, "utfall", 0, "b"), Neighbour(16_700, "annat", 0)]
    feats = sibling_features(0, report)
    assert "own:utfall|sib_total:yes" in feats and not any("sib_vs_budget" in f for f in feats)
    # a rounded total of the same kind counts; a grant near the costs' sum is the money spent, not their total
    rounded = [Neighbour(9_800, "utfall", 0), Neighbour(6_900, "utfall", 0), Neighbour(16_800, "utfall", 1)]
    assert "own:utfall|sib_total:yes" in sibling_features(0, rounded)
    spent = [Neighbour(9_800, "utfall", 0), Neighbour(6_900, "utfall", 0), Neighbour(16_800, "beviljat", 1)]
    assert "own:utfall|sib_total:no" in sibling_features(0, spent)


def test_an_amount_left_annat_or_alone_of_its_kind_gets_nothing():
    report = [Neighbour(5_000, "annat", 0), Neighbour(7_000, "annat", 0), Neighbour(12_000, "utfall", 0)]
    assert sibling_features(0, report) == [] and sibling_features(2, report) == []


def test_a_receiving_or_giving_verb_with_the_amount_its_object():
    got = "Under hösten fick fritidsgården 45 000 kr i stöd."
    assert receipt_features(got, _span(got, "45 000 kr")) == ["rcv:direct"]
    given = "Kulturnämnden beviljade körföreningen 18 000 kr."
    assert receipt_features(given, _span(given, "18 000 kr"), role="beviljat") == [
        "give:direct",
        "give:direct|own:beviljat",
    ]
    bought = "Klubben har fått nya mål till planen för 80 000 kr."
    assert receipt_features(bought, _span(bought, "80 000 kr")) == ["rcv:for"]  # a thing got for money: a cost
    plain = "Hyran för lokalen var 12 000 kr."
    assert receipt_features(plain, _span(plain, "12 000 kr")) == []
    other_clause = "Vi fick hjälp av grannarna, och materialet kostade 3 000 kr."
    assert receipt_features(other_clause, _span(other_clause, "3 000 kr")) == []


@pytest.mark.parametrize("siblings", [False, True])
def test_the_decision_reads_them_only_when_its_weights_say_so(siblings):
    sentence = "Ljud och ljus 4 000 kr, affischer 1 500 kr."
    spans = [_span(sentence, "4 000 kr"), _span(sentence, "1 500 kr")]
    answer = [
        AnswerAmount(sentence, span, spans, "b", None, False, sek, Decision("utfall", "section"))
        for span, sek in zip(spans, (4_000, 1_500))
    ]
    toward_deviation = {"own:utfall|sib_total:no": [9 if r == "avvikelse" else 0 for r in AMOUNT_ROLES]}
    weights = weights_from_json(
        {"classes": list(AMOUNT_ROLES), "bias": [0.0] * len(AMOUNT_ROLES), "weights": toward_deviation}
        | {"threshold": 0.5, "settings": {"siblings": siblings}}
    )
    decided = reconsider_answer(answer, "uppfoljning", weights)[0]
    assert [d.role for d in decided] == (["avvikelse"] * 2 if siblings else ["utfall"] * 2)
