"""The thirtieth round's steps in the per-report decision: an outcome that holds one of its own parts
(role_model_totals.outcome_parts_read: a cost's remainder after another body's share, a total of two lines, a running
total that includes a line) and a line fitted to the report's stated deviation (role_model_report.deviation_lines)."""

from __future__ import annotations

from bilagor.extractor.entities.role_model import weights_from_json
from bilagor.extractor.entities.role_model_report import deviation_lines, report_decision
from bilagor.extractor.entities.role_model_totals import WHOLE_TOLERANCE, outcome_parts_read
from bilagor.extractor.record import AMOUNT_ROLES, Amount

ANNAT = {"annat": 0.6, "utfall": 0.3, "budget": 0.1}


def _amount(sek: int, role: str, sentence: str, section: str = "ekonomiskt_utfall") -> Amount:
    text = f"{sek:,} kr".replace(",", " ")
    return Amount(text, sek, False, role, section, 1, sentence, role_source="clause")


def _roles(amounts: list[Amount]) -> list[str]:
    return [a.role for a in amounts]


def _share() -> list[Amount]:
    cost = "Gungorna kostade 500 000 kr."
    share = "Bostadsbolaget betalade 150 000 kr, och nämndens del av kostnaden blev därmed 350 000 kr."
    return [
        _amount(400_000, "budget", "Nämnden budgeterade 400 000 kr.", "finansiering"),
        _amount(500_000, "utfall", cost),
        _amount(150_000, "annat", share),
        _amount(350_000, "utfall", share),
    ]


def test_the_committees_remaining_share_of_a_cost_is_no_second_outcome():
    # 500 000 = 150 000 + 350 000: the remainder is a part of the cost, not a cost beside it
    assert _roles(outcome_parts_read(_share())) == ["budget", "utfall", "annat", "annat"]
    assert outcome_parts_read(_share(), None) == _share()  # the step off


def test_a_total_of_two_lines_takes_the_lines_out_of_the_outcome():
    first = "Arvodet var 12 000 kr."
    second = "Hyra av lokal kostade 5 500 kr, allt som allt 17 500 kr."
    amounts = [
        _amount(18_000, "beviljat", "Vi beviljades 18 000 kr.", "finansiering"),
        _amount(12_000, "utfall", first),
        _amount(5_500, "annat", second),
        _amount(17_500, "utfall", second),
    ]
    assert _roles(outcome_parts_read(amounts, WHOLE_TOLERANCE)) == ["beviljat", "annat", "annat", "utfall"]


def test_a_running_total_that_includes_an_earlier_line():
    # 8 000 is no exact part of 11 900: the whole's own sentence says it includes it
    line = "Guiden tog 2 000 kr per dag, alltså 8 000 kr för fyra dagar."
    total = "Med mat och resor blev kostnaden 11 900 kr."
    amounts = [
        _amount(12_000, "budget", "Budgeten var 12 000 kr.", "finansiering"),
        _amount(2_000, "annat", line),
        _amount(8_000, "utfall", line),
        _amount(11_900, "utfall", total),
    ]
    assert _roles(outcome_parts_read(amounts)) == ["budget", "annat", "annat", "utfall"]
    # without a word of inclusion the two are two costs, and nothing sums: left
    amounts[3] = _amount(11_900, "utfall", "Resorna kostade 11 900 kr.")
    assert outcome_parts_read(amounts) == amounts


def test_parts_taken_out_only_where_the_outcome_comes_closer_to_the_budget():
    amounts = _share()
    amounts[0] = _amount(850_000, "budget", "Nämnden budgeterade 850 000 kr.", "finansiering")
    assert outcome_parts_read(amounts) == amounts  # 850 000 against 850 000: the reading as it was fits


def _added(extra_role: str = "annat") -> list[Amount]:
    lines = "Gungor och sandlåda kostade 48 000 kr."
    added = "Dessutom tillkom en bänk för 15 000 kr."
    gap = "Totalt gick vi över bidraget med 3 000 kr."
    return [
        _amount(60_000, "beviljat", "Nämnden beviljade 60 000 kr.", "finansiering"),
        _amount(48_000, "utfall", lines),
        _amount(15_000, extra_role, added),
        _amount(3_000, "avvikelse", gap),
    ]


def test_a_line_left_annat_is_counted_where_the_stated_deviation_then_holds():
    probs = [None if a.role == "beviljat" else ANNAT for a in _added()]
    probs[0] = ANNAT
    assert _roles(deviation_lines(_added(), probs)) == ["beviljat", "utfall", "utfall", "avvikelse"]
    # the deviation already holds (48 000 + 15 000 − 60 000 = 3 000): nothing moves
    assert deviation_lines(_added("utfall"), probs) == _added("utfall")


def test_no_line_where_no_change_makes_the_stated_deviation():
    amounts = _added()
    amounts[3] = _amount(7_000, "avvikelse", "Vi gick över bidraget med 7 000 kr.")
    assert deviation_lines(amounts, [ANNAT] * 4) == amounts


def test_the_report_decision_reads_both_steps_only_where_its_weights_say_so():
    base = {"classes": list(AMOUNT_ROLES), "bias": [0.0] * len(AMOUNT_ROLES), "weights": {}}
    probs = [ANNAT] * 4
    off = weights_from_json(base)
    on = weights_from_json({**base, "parts_tolerance": WHOLE_TOLERANCE, "deviation_lines": True})
    assert report_decision(_share(), probs, "uppfoljning", off) == _share()
    assert _roles(report_decision(_share(), probs, "uppfoljning", on))[3] == "annat"
    assert _roles(report_decision(_added(), probs, "uppfoljning", on))[2] == "utfall"
    assert report_decision(_added(), probs, "uppfoljning", off) == _added()
