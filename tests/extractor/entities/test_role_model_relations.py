"""The twenty-second round's relation features of the learned role decision (role_model_relations): the change verb
governing an amount, with the roles its clause's subject names, and the funder named at an amount against those at
its answer's other amounts; the decision reads them only when its weights say so."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities.role_model import reconsider, weights_from_json
from bilagor.extractor.entities.role_model_relations import answer_funders, change_features, funder_pair_features
from bilagor.extractor.entities.roles import Decision
from bilagor.extractor.record import AMOUNT_ROLES


def _spans(sentence: str, *amounts: str) -> list[tuple[int, int]]:
    return [(sentence.index(a), sentence.index(a) + len(a)) for a in amounts]


def test_a_change_verb_gives_the_preposition_before_the_amount_and_what_changed():
    cost = "Hyreskostnaden för lokalen sjönk med 12 tkr."
    grant = "Anslaget till kulturskolan höjdes med 12 tkr."
    assert "chg:med|subj:plain" not in change_features(cost, _spans(cost, "12 tkr")[0])
    assert {"chg:verb", "chg:verb:med"} <= set(change_features(cost, _spans(cost, "12 tkr")[0]))
    cost_subject = {f for f in change_features(cost, _spans(cost, "12 tkr")[0]) if "|subj:" in f}
    grant_subject = {f for f in change_features(grant, _spans(grant, "12 tkr")[0]) if "|subj:" in f}
    assert cost_subject and grant_subject and cost_subject != grant_subject  # a cost that changed, a grant that did


def test_a_change_from_one_amount_to_another_and_a_change_noun():
    sentence = "Priset på material gick upp från 40 tkr till 46 tkr."
    spans = _spans(sentence, "40 tkr", "46 tkr")
    assert "chg:verb:från" in change_features(sentence, spans[0], spans)
    assert "chg:verb:till" in change_features(sentence, spans[1], spans)
    noun = "Förslaget innebär en minskning på 3 mnkr."
    assert {"chg:noun", "chg:noun:på", "chg:på|subj:plain"} <= set(change_features(noun, _spans(noun, "3 mnkr")[0]))


def test_no_change_verb_or_one_in_another_clause_gives_nothing():
    plain = "Ridskolan fick 25 000 kr."
    assert change_features(plain, _spans(plain, "25 000 kr")[0]) == []
    other_clause = "Besöken ökade, och ridskolan fick 25 000 kr."
    assert change_features(other_clause, _spans(other_clause, "25 000 kr")[0]) == []


def _pairs(sentences: list[tuple[str, tuple[str, ...]]]) -> list[list[str]]:
    amounts = [(s, span, _spans(s, *names)) for s, names in sentences for span in _spans(s, *names)]
    funders = answer_funders(amounts)
    return [funder_pair_features(i, funders) for i in range(len(amounts))]


def test_another_funders_money_beside_the_citys_and_two_committees_grants():
    co_funded = "Kulturförvaltningen gav 30 000 kr medan Idrottsförbundet stod för 9 000 kr."
    assert _pairs([(co_funded, ("30 000 kr", "9 000 kr"))]) == [
        ["fdp:city|ans:other", "fdp:city|sent:other"],
        ["fdp:other|ans:city", "fdp:other|sent:city"],
    ]
    two_committees = "Idrottsnämnden gav 30 000 kr och stadsdelsnämnden 9 000 kr."
    assert _pairs([(two_committees, ("30 000 kr", "9 000 kr"))]) == [
        ["fdp:city|ans:city", "fdp:city|sent:city"],
        ["fdp:city|ans:city", "fdp:city|sent:city"],
    ]


def test_a_funder_in_another_sentence_of_the_answer_and_a_funder_alone():
    answer = [("Stadsdelsnämnden beviljade 50 000 kr.", ("50 000 kr",)), ("Arvsfonden gav 20 000 kr.", ("20 000 kr",))]
    assert _pairs(answer) == [["fdp:city|ans:other"], ["fdp:other|ans:city"]]  # no sibling in its own sentence
    assert _pairs([("Stiftelsen gav oss 20 000 kr.", ("20 000 kr",))]) == [[]]  # alone: no pair to read
    unnamed = [("Vi fick 50 000 kr.", ("50 000 kr",)), ("Arvsfonden gav 20 000 kr.", ("20 000 kr",))]
    assert _pairs(unnamed) == [["fdp:-|ans:other"], []]  # a sibling naming no funder is no pair


@pytest.mark.parametrize("relations", [False, True])
def test_the_decision_reads_the_relations_only_when_its_weights_say_so(relations):
    sentence = "Kostnaden för hyran har ökat med 7 000 kr."
    span = _spans(sentence, "7 000 kr")[0]
    toward_deviation = {"chg:verb:med": [9 if r == "avvikelse" else 0 for r in AMOUNT_ROLES]}
    weights = weights_from_json(
        {"classes": list(AMOUNT_ROLES), "bias": [0.0] * len(AMOUNT_ROLES), "weights": toward_deviation}
        | {"threshold": 0.5, "settings": {"relations": relations}}
    )
    decided = reconsider(Decision("utfall", "cue"), sentence, span, [span], weights=weights)
    assert decided.role == ("avvikelse" if relations else "utfall")
