"""The thirty-fourth round's words of applying anywhere in the amount's sentence (role_model_features.sought_features,
part of the clause features): "…, som är vårt sökta belopp", "Resten, 300 000 kr, söks härmed", "det är den summan vi
ansöker om" name the figure nearest them, on either side, even outside its clause."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities.role_model import AnswerAmount, reconsider_answer, weights_from_json
from bilagor.extractor.entities.role_model_features import clause_features, sought_features
from bilagor.extractor.entities.roles import Decision
from bilagor.extractor.record import AMOUNT_ROLES


def _span(sentence: str, text: str) -> tuple[int, int]:
    return sentence.index(text), sentence.index(text) + len(text)


def _read(sentence: str, texts: tuple[str, ...]) -> list[list[str]]:
    spans = [_span(sentence, text) for text in texts]
    return [sought_features(sentence, span, spans) for span in spans]


def test_the_figure_next_to_the_word_after_it_and_the_one_further_off():
    sentence = "Efter stödet på 90 000 kr återstår 410 000 kr, som är vårt sökta belopp."
    assert _read(sentence, ("90 000 kr", "410 000 kr")) == [["sought:a:far"], ["sought:a:next"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Vi ansöker om det som fattas, alltså 52 000 kr.",
        "Det vi ber om är 52 000 kr.",
        "Vår begäran, till hösten, är 52 000 kr.",
    ],
)
def test_a_word_of_applying_before_the_figure(sentence):
    assert _read(sentence, ("52 000 kr",)) == [["sought:b:next"]]


def test_a_sentence_without_such_a_word_adds_nothing():
    sentence = "Kostnaden blev 28 500 kr, mot budgeterade 30 000 kr."
    assert _read(sentence, ("28 500 kr", "30 000 kr")) == [[], []]
    assert not any(f.startswith("sought:") for f in clause_features(sentence, _span(sentence, "28 500 kr")))


def test_the_decision_reads_them_with_the_clause_features():
    sentence = "Lägret kräver 38 000 kr från er, vilket är vad vi ansöker om."
    span = _span(sentence, "38 000 kr")
    answer = [AnswerAmount(sentence, span, [span], "b", None, False, 38_000, Decision("annat", "clause"))]
    toward_sought = {"sought:a:next": [9 if r == "sokt" else 0 for r in AMOUNT_ROLES]}
    weights = weights_from_json(
        {"classes": list(AMOUNT_ROLES), "bias": [0.0] * len(AMOUNT_ROLES), "weights": toward_sought}
        | {"threshold": 0.5}
    )
    assert [d.role for d in reconsider_answer(answer, "ansokan", weights)[0]] == ["sokt"]
