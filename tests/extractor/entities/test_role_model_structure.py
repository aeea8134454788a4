"""The seventeenth round's structure features of the learned role decision (role_model_features.
structure_features, part_features): where an amount stands in its sentence (a parenthesis after another
amount, a list line, after words making it a part, before a total's words, beside a date within the year)
and whether it is one of a run of amounts that add up to another amount of its report; the decision reads
them only when its weights say so."""

from __future__ import annotations

from bilagor.extractor.entities.role_model import reconsider, weights_from_json
from bilagor.extractor.entities.role_model_features import Neighbour, part_features, structure_features
from bilagor.extractor.entities.roles import Decision
from bilagor.extractor.record import AMOUNT_ROLES


def _span(sentence: str, amount: str) -> tuple[int, int]:
    start = sentence.index(amount)
    return start, start + len(amount)


def test_a_part_named_in_a_parenthesis_after_its_total():
    sentence = "Festen kostade 20 000 kr (hyra av tält 6 000 kr, resten mat)."
    total, part = _span(sentence, "20 000 kr"), _span(sentence, "6 000 kr")
    assert {"st:paren", "st:paren_after_amount"} <= set(structure_features(sentence, part, [total, part]))
    assert "st:paren" not in structure_features(sentence, total, [total, part])
    alone = "Hyran (som betalades i maj) blev 6 000 kr."
    assert "st:paren" not in structure_features(alone, _span(alone, "6 000 kr"))


def test_list_lines_with_an_amount_each():
    sentence = "Anslag 40 000 kr\nLokal 12 000 kr\nMaterial 9 500 kr"
    spans = [_span(sentence, a) for a in ("40 000 kr", "12 000 kr", "9 500 kr")]
    first, later = structure_features(sentence, spans[0], spans), structure_features(sentence, spans[2], spans)
    assert {"st:list_line", "st:label_line", "st:list_first"} <= set(first)
    assert {"st:list_line", "st:label_line", "st:list_later"} <= set(later)
    prose = "Vi fick 40 000 kr och använde 39 000 kr."
    assert "st:list_line" not in structure_features(prose, _span(prose, "39 000 kr"), [_span(prose, "40 000 kr")])


def test_a_part_after_its_opener_a_part_before_a_total_and_an_interim_date():
    sentence = "Bidraget var 50 000 kr, varav 8 000 kr gick till annonser."
    spans = [_span(sentence, "50 000 kr"), _span(sentence, "8 000 kr")]
    assert "st:part_after_opener" in structure_features(sentence, spans[1], spans)
    assert "st:part_after_opener" not in structure_features(sentence, spans[0], spans)
    listed = "Ljud 3 000 kr och scen 4 000 kr, totalt 7 000 kr."
    spans = [_span(listed, a) for a in ("3 000 kr", "4 000 kr", "7 000 kr")]
    assert "st:part_before_total" in structure_features(listed, spans[0], spans)
    assert "st:part_before_total" not in structure_features(listed, spans[2], spans)
    interim = "Hittills har 31 000 kr gått åt."
    assert "st:interim" in structure_features(interim, _span(interim, "31 000 kr"))
    assert "st:interim" not in structure_features("Allt kostade 31 000 kr.", (13, 22))


def test_a_run_of_amounts_that_adds_up_to_another_of_the_report():
    report = [
        Neighbour(90_000, "beviljat"),
        Neighbour(50_000, "utfall", 1),
        Neighbour(25_000, "utfall", 1),
        Neighbour(14_000, "annat", 1),
        Neighbour(89_000, "utfall", 1),
    ]
    for part in (1, 2, 3):
        feats = set(part_features(part, report))
        assert {"part_of:utfall", "part_of_total:after"} <= feats
    assert f"own:{report[3].role}|part_of:utfall" in part_features(3, report)
    assert {"total_of:3+", "own:utfall|total_of:3+"} <= set(part_features(4, report))
    assert part_features(0, report) == []  # 90 000 is no sum of a run, nor a part of one
    # a restated figure is no run: one amount equal to another is left to report_features
    assert part_features(0, [Neighbour(5_000, "budget"), Neighbour(5_000, "utfall", 1)]) == []


def test_the_decision_reads_the_structure_only_when_its_weights_say_so():
    sentence = "Festen kostade 20 000 kr (hyra av tält 6 000 kr, resten mat)."
    total, part = _span(sentence, "20 000 kr"), _span(sentence, "6 000 kr")
    row = [9 if r == "annat" else 0 for r in AMOUNT_ROLES]
    data = {"classes": list(AMOUNT_ROLES), "bias": [0.0] * 7, "weights": {"st:paren_after_amount": row}}
    decision = Decision("utfall", "cue")
    without = weights_from_json(data | {"settings": {"structure": False}})
    with_structure = weights_from_json(data | {"settings": {"structure": True}})
    assert reconsider(decision, sentence, part, [total, part], weights=without) == decision
    assert reconsider(decision, sentence, part, [total, part], weights=with_structure).role == "annat"
