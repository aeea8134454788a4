"""The eighteenth round's funder features of the learned role decision (role_model_features.funder_features):
whether the money beside an amount comes from a committee, office or pot of the city or from another funder;
the decision reads them only when its weights say so."""

from __future__ import annotations

from bilagor.extractor.entities.role_model import reconsider, weights_from_json
from bilagor.extractor.entities.role_model_features import funder_features
from bilagor.extractor.entities.roles import Decision
from bilagor.extractor.record import AMOUNT_ROLES


def _spans(sentence: str, *amounts: str) -> list[tuple[int, int]]:
    return [(sentence.index(a), sentence.index(a) + len(a)) for a in amounts]


def test_the_funder_named_before_each_amount_of_a_list():
    sentence = (
        "Lägret betalades av Enskede stadsdelsförvaltning med 12 000 kr och av Allmänna arvsfonden med 50 000 kr."
    )
    city, other = _spans(sentence, "12 000 kr", "50 000 kr")
    assert funder_features(sentence, city, [city, other]) == ["fd:city"]
    assert funder_features(sentence, other, [city, other]) == ["fd:other"]  # "och" ends the city's stretch


def test_a_funder_named_after_the_amount_and_none_named():
    sentence = "Vi fick 9 000 kr från Folkbildningsförbundet och 15 000 kr från nämnden."
    first, second = _spans(sentence, "9 000 kr", "15 000 kr")
    assert funder_features(sentence, first, [first, second]) == ["fd_after:other"]
    assert funder_features(sentence, second, [first, second]) == ["fd_after:city"]  # not the first one's funder
    rest = "Nämnden gav 20 000 kr och resten, 6 000 kr, kom från en stiftelse."
    assert funder_features(rest, _spans(rest, "6 000 kr")[0], _spans(rest, "20 000 kr", "6 000 kr")) == [
        "fd_after:other"
    ]
    plain = "Materialet kostade 4 500 kr i området."
    assert funder_features(plain, _spans(plain, "4 500 kr")[0]) == []  # "området" names no council (rådet)


def test_the_decision_reads_the_funder_only_when_its_weights_say_so():
    sentence = "Regionen bidrog med 30 000 kr."
    span = _spans(sentence, "30 000 kr")[0]
    row = [9 if r == "annat" else 0 for r in AMOUNT_ROLES]
    data = {"classes": list(AMOUNT_ROLES), "bias": [0.0] * 7, "weights": {"fd:other": row}, "threshold": 0.5}
    decision = Decision("beviljat", "cue")
    without = weights_from_json(data | {"settings": {"funder": False}})
    with_funder = weights_from_json(data | {"settings": {"funder": True}})
    assert reconsider(decision, sentence, span, [span], weights=without) == decision
    assert reconsider(decision, sentence, span, [span], weights=with_funder).role == "annat"
