"""The thirty-second round's breakdown features of the learned role decision (role_model_features.breakdown_features):
a figure after a word that opens its breakdown into parts ("består av", "Fördelning:", "fördelar sig på", "Av
utgifterna gick X till …") is a part, the figure right before such a word the whole; the decision reads them only when
its weights say so."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities.role_model import AnswerAmount, reconsider_answer, weights_from_json
from bilagor.extractor.entities.role_model_features import breakdown_features
from bilagor.extractor.entities.roles import Decision
from bilagor.extractor.record import AMOUNT_ROLES


def _spans(sentence: str, texts: tuple[str, ...]) -> list[tuple[int, int]]:
    return [(sentence.index(text), sentence.index(text) + len(text)) for text in texts]


def _read(sentence: str, texts: tuple[str, ...]) -> list[list[str]]:
    spans = _spans(sentence, texts)
    return [breakdown_features(sentence, span, spans) for span in spans]


def test_a_whole_that_consists_of_its_parts():
    sentence = "Resan kostade 61 000 kr och består av tåg 40 000 kr och hotell 21 000 kr."
    whole, first, last = _read(sentence, ("61 000 kr", "40 000 kr", "21 000 kr"))
    assert whole == ["bd:whole_before"]
    assert first == ["bd:part_first", "bd:part_in_run"]
    assert last == ["bd:part_later"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Fördelning: hyra 5 200 kr, mat 3 100 kr.",
        "Av kostnaderna gick 5 200 kr till hyra och 3 100 kr till mat.",
        "Summan fördelar sig på hyra 5 200 kr och mat 3 100 kr.",
    ],
)
def test_a_noun_or_verb_that_opens_the_parts(sentence):
    assert _read(sentence, ("5 200 kr", "3 100 kr")) == [["bd:part_first", "bd:part_in_run"], ["bd:part_later"]]


def test_a_sentence_without_such_a_word_adds_nothing():
    sentence = "Vi fick 30 000 kr och kostnaden blev 28 500 kr."
    assert _read(sentence, ("30 000 kr", "28 500 kr")) == [[], []]


@pytest.mark.parametrize("breakdown", [False, True])
def test_the_decision_reads_them_only_when_its_weights_say_so(breakdown):
    sentence = "Kostnaden består av lokal 12 000 kr och ledare 9 000 kr."
    spans = _spans(sentence, ("12 000 kr", "9 000 kr"))
    answer = [
        AnswerAmount(sentence, span, spans, "b", None, False, sek, Decision("utfall", "section"))
        for span, sek in zip(spans, (12_000, 9_000))
    ]
    toward_part = {
        name: [9 if r == "annat" else 0 for r in AMOUNT_ROLES] for name in ("bd:part_first", "bd:part_later")
    }
    weights = weights_from_json(
        {"classes": list(AMOUNT_ROLES), "bias": [0.0] * len(AMOUNT_ROLES), "weights": toward_part}
        | {"threshold": 0.5, "settings": {"breakdown": breakdown}}
    )
    decided = reconsider_answer(answer, "uppfoljning", weights)[0]
    assert [d.role for d in decided] == (["annat", "annat"] if breakdown else ["utfall", "utfall"])
