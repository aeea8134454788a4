"""The twenty-sixth round's report step (role_model_totals): within one answer of a follow-up report, a figure equal
to the sum of a run of three or more figures beside it is the whole of a cost list; its parts are details (`annat`),
and the whole takes the summed kind the rest of the report lacks, else its heading's, else its parts'."""

from __future__ import annotations

from dataclasses import replace

from bilagor.extractor.entities.role_model import weights_from_json
from bilagor.extractor.entities.role_model_report import REPORT_SOURCE, report_decision
from bilagor.extractor.entities.role_model_totals import totals_and_parts, whole_and_details
from bilagor.extractor.record import AMOUNT_ROLES, Amount

ECONOMY = "ekonomiskt_utfall"


def _amount(sek: int, role: str, section: str = ECONOMY, source: str = "clause") -> Amount:
    return Amount(f"{sek} kr", sek, False, role, section, 1, "", role_source=source)


def _roles(amounts: list[Amount]) -> list[str]:
    return [a.role for a in amounts]


def test_a_total_after_its_lines_is_the_outcome_where_the_grant_is_stated_elsewhere():
    # "Odlingslådor 12 400 kr, jord 3 600 kr, bevattning 4 100 kr: 20 100 kr." and a grant in another answer
    amounts = [
        _amount(12_400, "utfall", source="section"),
        _amount(3_600, "utfall", source="section"),
        _amount(4_100, "annat", source="default"),
        _amount(20_100, "annat", source="default"),
        _amount(20_000, "beviljat", "finansiering"),
    ]
    assert totals_and_parts(amounts) == [(3, [0, 1, 2])]
    out = whole_and_details(amounts)
    assert _roles(out) == ["annat", "annat", "annat", "utfall", "beviljat"]
    assert out[3].role_source == REPORT_SOURCE and out[4] == amounts[4]


def test_a_total_read_as_a_grant_is_the_outcome_where_a_grant_stands_beside_it():
    # "Beviljades 14 000 kr. Prispengar 5 600 kr, lokalhyra 4 000 kr och domare 3 200 kr: 12 800 kr."
    amounts = [
        _amount(14_000, "beviljat"),
        _amount(5_600, "annat"),
        _amount(4_000, "utfall"),
        _amount(3_200, "annat"),
        _amount(12_800, "beviljat"),
    ]
    assert _roles(whole_and_details(amounts)) == ["beviljat", "annat", "annat", "annat", "utfall"]


def test_a_total_before_its_lines_is_found_too():
    # "Totalkostnaden, 41 300 kr, fördelar sig på 25 000 kr, 8 800 kr, 5 000 kr och 2 500 kr."
    amounts = [_amount(41_300, "utfall"), *(_amount(v, "utfall") for v in (25_000, 8_800, 5_000, 2_500))]
    assert totals_and_parts(amounts) == [(0, [1, 2, 3, 4])]
    assert _roles(whole_and_details(amounts)) == ["utfall", "annat", "annat", "annat", "annat"]


def test_a_budget_list_keeps_its_total_a_budget_beside_the_outcome():
    # "Budget: lokal 8 000 kr, material 4 500 kr, fika 2 500 kr, totalt 15 000 kr. Det blev 14 620 kr."
    amounts = [
        _amount(8_000, "budget"),
        _amount(4_500, "annat"),
        _amount(2_500, "annat"),
        _amount(15_000, "budget"),
        _amount(14_620, "utfall"),
    ]
    assert _roles(whole_and_details(amounts)) == ["annat", "annat", "annat", "budget", "utfall"]


def test_the_total_of_no_summed_kind_takes_its_heading_where_the_report_names_nothing_else():
    amounts = [_amount(v, "annat") for v in (9_600, 1_200, 8_000, 1_750, 20_550)]
    assert _roles(whole_and_details(amounts)) == ["annat"] * 4 + ["utfall"]
    budget_heading = [_amount(v, "annat", "kostnadsberakning") for v in (9_600, 1_200, 8_000, 1_750, 20_550)]
    assert _roles(whole_and_details(budget_heading)) == ["annat"] * 4 + ["budget"]
    # no heading naming a kind: the parts' majority, and none at all: the list is left as it is
    parts_say = [
        _amount(v, r, "ovrigt") for v, r in ((9_600, "utfall"), (1_200, "utfall"), (8_000, "annat"), (18_800, "annat"))
    ]
    assert _roles(whole_and_details(parts_say)) == ["annat", "annat", "annat", "utfall"]
    silent = [_amount(v, "annat", "ovrigt") for v in (9_600, 1_200, 8_000, 18_800)]
    assert whole_and_details(silent) == silent


def test_the_exact_sum_wins_over_a_rounded_one_beside_it():
    # "Stödet: 18 000 kr. Utgifter: 6 000, 4 850, 2 120, 5 000 kr … 17 970 kr": 18 000 is within half a percent
    amounts = [_amount(18_000, "beviljat"), *(_amount(v, "annat") for v in (6_000, 4_850, 2_120, 5_000))]
    amounts.append(_amount(17_970, "utfall"))
    assert totals_and_parts(amounts) == [(5, [1, 2, 3, 4])]


def test_other_arithmetic_is_no_cost_list():
    # a list of two: a grant = what was spent + what is left
    assert totals_and_parts([_amount(600_000, "beviljat"), _amount(574_200, "utfall"), _amount(25_800, "annat")]) == []
    # a deviation among the lines: budget = outcome + deviation (+ a part)
    deviation = [_amount(50_000, "budget"), _amount(40_000, "utfall"), _amount(6_000, "annat")]
    assert totals_and_parts([*deviation, _amount(4_000, "avvikelse")]) == []
    # lines of the other summed kind than their whole: a cost financed by a grant and two other bodies
    financed = [
        _amount(27_000, "utfall"),
        _amount(18_000, "beviljat"),
        _amount(6_000, "annat"),
        _amount(3_000, "annat"),
    ]
    assert totals_and_parts(financed) == []
    # a figure in another answer is no line of this one's list
    split = [_amount(9_000, "annat"), _amount(3_000, "utfall"), _amount(2_000, "utfall", "ovrigt")]
    assert totals_and_parts([*split, _amount(1_000, "utfall", "ovrigt"), _amount(14_000, "annat", "ovrigt")]) == []
    # a sum off by more than the tolerance
    assert totals_and_parts([_amount(v, "annat") for v in (9_600, 1_200, 8_000, 19_300)]) == []


def test_a_grant_spent_on_lines_with_no_outcome_elsewhere_is_left():
    # "Av de 40 000 kr vi fick gick 22 000 kr, 9 600 kr och 6 900 kr …, resten 1 500 kr": the lines are the outcome
    amounts = [
        _amount(40_000, "beviljat"),
        *(_amount(v, "utfall") for v in (22_000, 9_600, 6_900)),
        _amount(1_500, "annat"),
    ]
    assert totals_and_parts(amounts) == [(0, [1, 2, 3, 4])]
    assert whole_and_details(amounts) == amounts


def test_the_step_runs_in_the_report_decision_only_with_its_tolerance_in_the_weights():
    amounts = [_amount(v, "annat") for v in (9_600, 1_200, 8_000, 1_750, 20_550)]
    probs = [dict.fromkeys(sorted(AMOUNT_ROLES), 1 / 7)] * len(amounts)
    data = {"classes": sorted(AMOUNT_ROLES), "bias": [0.0] * 7, "weights": {}}
    assert report_decision(amounts, probs, "uppfoljning", weights_from_json(data)) == amounts
    with_step = weights_from_json(data | {"whole_tolerance": 0.005})
    assert _roles(report_decision(amounts, probs, "uppfoljning", with_step)) == ["annat"] * 4 + ["utfall"]
    assert report_decision(amounts, probs, "ansokan", with_step) == amounts


def test_the_larger_total_wins_where_one_of_its_lines_sums_the_lines_after_it():
    # "föreläsare 6 000 kr, teknik 1 800 kr, kaffe 1 450 kr, lokal 2 750 kr. Summa 12 000 kr": 1 800 + 1 450 + 2 750 is
    # 6 000 by chance
    amounts = [_amount(v, "annat") for v in (6_000, 1_800, 1_450, 2_750)] + [_amount(12_000, "utfall")]
    assert totals_and_parts(amounts) == [(4, [0, 1, 2, 3])]


def test_a_whole_of_neither_kind_is_left_where_the_report_has_both_elsewhere():
    amounts = [*(_amount(v, "annat") for v in (1_800, 1_450, 2_750, 6_000))]
    amounts += [_amount(12_000, "utfall", "ovrigt"), _amount(12_000, "beviljat", "finansiering")]
    assert whole_and_details(amounts) == amounts


def test_two_lines_are_a_list_only_where_they_and_their_whole_were_read_as_one_kind():
    # "Av de beviljade X har 68 400 kr använts: 52 000 kr till material och 16 400 kr till verktyg", all three outcomes
    amounts = [
        _amount(70_000, "beviljat"),
        _amount(68_400, "utfall"),
        _amount(52_000, "utfall"),
        _amount(16_400, "utfall"),
    ]
    assert totals_and_parts(amounts) == [(1, [2, 3])]
    assert _roles(whole_and_details(amounts)) == ["beviljat", "utfall", "annat", "annat"]
    # the same figures with a line left annat: what was spent and what is left, no list
    left = [_amount(70_000, "beviljat"), _amount(68_400, "utfall"), _amount(52_000, "utfall"), _amount(16_400, "annat")]
    assert totals_and_parts(left) == []


def test_two_lines_of_one_kind_make_a_list_only_with_their_exact_sum():
    # "virke 14 200 kr, verktyg 6 900 kr, lärare 21 000 kr": 21 100 is within half a percent of 21 000, by chance
    amounts = [_amount(v, "utfall") for v in (14_200, 6_900, 21_000)] + [_amount(40_000, "beviljat")]
    assert totals_and_parts(amounts) == []


def test_a_line_read_as_a_grant_only_from_the_text_before_it_is_still_a_line():
    # "Beviljat bidrag 26 000 kr. Surfplattor 17 400 kr, licens 3 200 kr, handledare 4 800 kr, sammanlagt 25 400 kr."
    amounts = [_amount(26_000, "beviljat", source="cue"), _amount(17_400, "beviljat", source="context")]
    amounts += [_amount(3_200, "annat"), _amount(4_800, "annat"), _amount(25_400, "utfall", source="model")]
    assert _roles(whole_and_details(amounts)) == ["beviljat", "annat", "annat", "annat", "utfall"]
    # read as a grant by a word of its own, it is who paid: no list
    paid = [replace(a, role_source="clause") if i == 1 else a for i, a in enumerate(amounts)]
    assert totals_and_parts(paid) == []
