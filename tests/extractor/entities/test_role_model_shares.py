"""The twenty-ninth round's share features of the learned role decision (role_model_shares): an amount's size against
its answer's other figures, the total of its sentence's other figures, a sentence's figures that make another figure of
the answer, and a running total of the figures just before it; the decision reads them only when its weights say so."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities.role_model import AnswerAmount, reconsider_answer, weights_from_json
from bilagor.extractor.entities.role_model_shares import Share, share_features
from bilagor.extractor.entities.roles import Decision
from bilagor.extractor.record import AMOUNT_ROLES


def _span(sentence: str, amount: str) -> tuple[int, int]:
    return sentence.index(amount), sentence.index(amount) + len(amount)


def _answer(sentences: list[tuple[str, list[tuple[str, int, str]]]]) -> list[Share]:
    """An answer's amounts: per sentence, its amounts as (text, value, the rules' role)."""
    return [
        Share(sek, role, sentence, _span(sentence, text))
        for sentence, amounts in sentences
        for text, sek, role in amounts
    ]


def test_a_running_total_after_its_two_lines_with_a_total_word():
    first = "Hyran blev 12 000 kr och fikat 3 500 kr, sammanlagt 15 500 kr."
    answer = _answer(
        [(first, [("12 000 kr", 12_000, "utfall"), ("3 500 kr", 3_500, "utfall"), ("15 500 kr", 15_500, "annat")])]
    )
    total = share_features(2, answer)
    assert {"shr:run_before", "own:annat|shr:run_before|tot:True", "shr:sent_total", "own:annat|shr:equal"} <= set(
        total
    )
    line = share_features(0, answer)
    assert "shr:run_before" not in line and "shr:sent_total" not in line
    assert "own:utfall|shr:under" in line  # 12 000 against the others' 19 000
    # without a total word the running total is still read, its word flag false
    plain = "Hyran blev 12 000 kr och fikat 3 500 kr, och vi betalade 15 500 kr."
    bare = _answer(
        [(plain, [("12 000 kr", 12_000, "utfall"), ("3 500 kr", 3_500, "utfall"), ("15 500 kr", 15_500, "utfall")])]
    )
    assert "own:utfall|shr:run_before|tot:False" in share_features(2, bare)


def test_a_total_before_the_figures_it_breaks_down():
    answer = _answer(
        [
            ("Projektet kostade 42 600 kr.", [("42 600 kr", 42_600, "utfall")]),
            (
                "Hyran var 30 000 kr och arvodena 12 600 kr.",
                [("30 000 kr", 30_000, "utfall"), ("12 600 kr", 12_600, "utfall")],
            ),
        ]
    )
    assert {"shr:run_after", "own:utfall|shr:run_after"} <= set(share_features(0, answer))
    # the two lines of one sentence together make the other sentence's figure
    assert {"shr:pair_part_of", "own:utfall|shr:pair_part_of"} <= set(share_features(1, answer))


def test_three_figures_of_a_sentence_that_make_another_sentences_figure():
    answer = _answer(
        [
            ("Vi fick 30 000 kr.", [("30 000 kr", 30_000, "beviljat")]),
            (
                "Ledare 19 500 kr, lokal 4 800 kr och resor 5 700 kr.",
                [("19 500 kr", 19_500, "utfall"), ("4 800 kr", 4_800, "utfall"), ("5 700 kr", 5_700, "annat")],
            ),
        ]
    )
    assert "own:annat|shr:sent_part_of" in share_features(3, answer)
    assert "shr:sent_part_of" not in share_features(0, answer)


def test_a_figure_alone_or_a_prior_year_figure_adds_no_share():
    sentence = "Kostnaden blev 8 900 kr (9 500 kr)."
    alone = [Share(8_900, "utfall", sentence, _span(sentence, "8 900 kr"))]
    assert share_features(0, alone) == ["shr:alone"]
    with_prior = alone + [Share(9_500, "annat", sentence, _span(sentence, "9 500 kr"), prior_year=True)]
    assert share_features(0, with_prior) == ["shr:alone"]  # a bracketed prior-year figure is not of this answer's sums


@pytest.mark.parametrize("shares", [False, True])
def test_the_decision_reads_them_only_when_its_weights_say_so(shares):
    sentence = "Arvodet 45 000 kr, färg 18 400 kr, tillsammans 63 400 kr."
    spans = [_span(sentence, text) for text in ("45 000 kr", "18 400 kr", "63 400 kr")]
    rules = ("utfall", "utfall", "annat")
    answer = [
        AnswerAmount(sentence, span, spans, "b", None, False, sek, Decision(role, "section"))
        for span, sek, role in zip(spans, (45_000, 18_400, 63_400), rules)
    ]
    toward_outcome = {"own:annat|shr:run_before|tot:True": [9 if r == "utfall" else 0 for r in AMOUNT_ROLES]}
    weights = weights_from_json(
        {"classes": list(AMOUNT_ROLES), "bias": [0.0] * len(AMOUNT_ROLES), "weights": toward_outcome}
        | {"threshold": 0.5, "settings": {"shares": shares}}
    )
    decided = reconsider_answer(answer, "uppfoljning", weights)[0]
    assert [d.role for d in decided] == (["utfall"] * 3 if shares else list(rules))
