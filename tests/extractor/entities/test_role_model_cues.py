"""The thirty-first round's step in the per-report decision (role_model_cues.report_cues_read): a figure not yet
invoiced taken out of the outcome, another body's share out of the grant, a stated change of the costs read as the
deviation. Sentences made here, none of a held-out set."""

from __future__ import annotations

from bilagor.extractor.entities.role_model import weights_from_json
from bilagor.extractor.entities.role_model_cues import changes_read, cofunders_out, report_cues_read, unbilled_out
from bilagor.extractor.entities.role_model_report import report_decision
from bilagor.extractor.record import AMOUNT_ROLES, Amount


def _amount(sek: int, role: str, sentence: str, source: str = "clause", section: str = "ekonomiskt_utfall") -> Amount:
    text = f"{sek:,} kr".replace(",", " ")
    return Amount(text, sek, False, role, section, 1, sentence, role_source=source)


def _roles(amounts: list[Amount]) -> list[str]:
    return [a.role for a in amounts]


def _unbilled(cue: str = "Ett staket för 14 000 kr är beställt men ännu inte fakturerat.") -> list[Amount]:
    return [
        _amount(60_000, "beviljat", "Nämnden beviljade 60 000 kr.", section="finansiering"),
        _amount(41_000, "utfall", "Hittills har vi betalat 41 000 kr för bänkarna."),
        _amount(14_000, "utfall", cue),
    ]


def test_a_figure_not_yet_invoiced_is_no_part_of_the_outcome():
    assert _roles(unbilled_out(_unbilled())) == ["beviljat", "utfall", "annat"]


def test_an_outcome_alone_or_a_sentence_without_the_cue_is_left():
    plain = _unbilled("Ett staket kostade 14 000 kr.")
    assert unbilled_out(plain) == plain
    alone = [_unbilled()[0], _unbilled()[2]]  # the only outcome figure: nothing to take it out of
    assert unbilled_out(alone) == alone


def _cofunded(second: str) -> list[Amount]:
    grants = f"Vi fick 24 000 kr av stadsdelsnämnden och 9 000 kr {second}."
    return [
        _amount(24_000, "beviljat", grants, section="finansiering"),
        _amount(9_000, "beviljat", grants, section="finansiering"),
        _amount(33_000, "utfall", "Allt kostade 33 000 kr."),
    ]


def test_another_bodys_money_is_no_part_of_the_committees_grant():
    # 24 000 + 9 000 = the outcome, so the agreement of budget and outcome cannot tell the co-funder's share apart
    assert _roles(cofunders_out(_cofunded("av Studieförbundet"))) == ["beviljat", "annat", "utfall"]
    assert _roles(cofunders_out(_cofunded("av en stiftelse"))) == ["beviljat", "annat", "utfall"]


def test_two_grants_without_another_body_named_are_left():
    both = _cofunded("i ett andra beslut")
    assert cofunders_out(both) == both


def _increase(source: str) -> list[Amount]:
    return [
        _amount(90_000, "budget", "Den beräknade kostnaden var 90 000 kr.", section="finansiering"),
        _amount(7_500, "utfall", "Frakten blev dyr och kostnaderna har ökat med 7 500 kr.", source),
    ]


def test_a_stated_increase_of_the_costs_is_the_deviation():
    assert _roles(changes_read(_increase("model"))) == ["budget", "avvikelse"]


def test_a_rules_reading_or_a_report_without_a_budget_is_left():
    rules = _increase("clause")
    assert changes_read(rules) == rules
    alone = _increase("model")[1:]
    assert changes_read(alone) == alone


def test_the_report_decision_reads_the_cues_only_where_its_weights_say_so():
    base = {"classes": list(AMOUNT_ROLES), "bias": [0.0] * len(AMOUNT_ROLES), "weights": {}}
    probs = [{"utfall": 0.6, "annat": 0.3, "budget": 0.1}] * 3
    off = weights_from_json(base)
    on = weights_from_json({**base, "report_cues": True})
    assert report_decision(_unbilled(), probs, "uppfoljning", off) == _unbilled()
    assert _roles(report_decision(_unbilled(), probs, "uppfoljning", on)) == ["beviljat", "utfall", "annat"]
    assert report_cues_read(_unbilled()) == unbilled_out(_unbilled())
