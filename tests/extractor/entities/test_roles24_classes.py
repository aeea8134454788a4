"""Amount-role classes of the twenty-second round's second wave (issue #11, rules side): classes left open on
several burned rounds, each written here in new sentences, with controls where the rule must not fire."""

from __future__ import annotations

from bilagor.extractor.entities import find_amounts
from bilagor.extractor.entities.role_sum_lines import lines_before_sum, lines_summing_to

FOLLOW_UP = "ekonomiskt_utfall"
PLAN = "kostnadsberakning"


def roles(text: str, section: str | None = FOLLOW_UP, kind: str | None = "uppfoljning") -> list[tuple[int, str]]:
    return [(a.sek, a.role) for a in find_amounts(text, section, form_kind=kind, role_decision="rules")]


# 1. Cost lines before a bare sum: the last figure is the sum of the lines right before it, no word says so.
def test_cost_lines_in_sentences_of_their_own_before_a_bare_sum_are_its_parts() -> None:
    text = "Fiskespön kostade 3 450 kr. Beten och krokar 1 120 kr. Bussen till sjön 2 900 kr. Allt gick på 7 470 kr."
    assert roles(text) == [(3_450, "annat"), (1_120, "annat"), (2_900, "annat"), (7_470, "utfall")]


def test_cost_lines_after_a_grant_before_a_bare_sum_leave_the_grant() -> None:
    text = "Vi fick 12 000 kr av nämnden. Tygerna kostade 5 300 kr och symaskinen hyrde vi för 2 450 kr. Det landade på 7 750 kr."
    assert roles(text) == [(12_000, "beviljat"), (5_300, "annat"), (2_450, "annat"), (7_750, "utfall")]


def test_planned_cost_lines_before_their_bare_sum_are_parts_of_the_budget() -> None:
    text = "Lokalhyra för hela terminen 8 000 kr\nMaterial 3 500 kr\nArvode till kursledaren 6 000 kr\n17 500 kr"
    assert roles(text, PLAN, "ansokan") == [(8_000, "annat"), (3_500, "annat"), (6_000, "annat"), (17_500, "budget")]


def test_cost_lines_that_do_not_add_up_to_the_last_figure_stay_the_outcome() -> None:
    text = "Glasögonen kostade 2 200 kr. Handskarna 900 kr. Det blev 3 150 kr."
    assert [role for _, role in roles(text)] == ["utfall", "utfall", "utfall"]


def test_a_sum_within_rounding_of_its_lines_in_millions() -> None:
    assert lines_summing_to([2_100_000, 1_333_000, 4_000_000], 7_433_333) == 3


def test_a_line_a_hundred_kronor_off_is_no_part() -> None:
    assert lines_summing_to([14_200, 6_900], 21_000) == 0


def test_only_the_lines_right_before_the_sum_and_of_its_role_are_parts() -> None:
    # the grant before the lines is of another role; the last three lines add up, the first does not belong
    values = [10_000, 4_000, 1_500, 2_500, 500, 4_500]
    found = lines_before_sum(values, ["beviljat", "utfall", "utfall", "utfall", "utfall", "utfall"])
    assert found == {2, 3, 4}


def test_lines_of_another_role_between_break_the_run() -> None:
    assert lines_before_sum([3_000, 2_000, 1_000, 6_000], ["utfall", "utfall", "prognos", "utfall"]) == set()


# 2. A payer's share of a larger outcome, in public text: part of the outcome, not a second cost.
def test_a_share_an_insurer_covered_of_a_larger_outcome_is_a_part() -> None:
    text = "Att byta ventilationen i Skogsbackens förskola kostade 2,4 mnkr. Boverket täckte 900 000 kronor av det."
    assert roles(text, None, None) == [(2_400_000, "utfall"), (900_000, "annat")]


def test_a_share_a_foundation_paid_before_the_outcome_is_a_part() -> None:
    text = "Arvsfonden har betalat 1,6 miljoner kronor till lekplatsen i Rinkeby. Bygget kostade 2,9 miljoner kronor."
    assert roles(text, None, None) == [(1_600_000, "annat"), (2_900_000, "utfall")]


def test_payers_listed_side_by_side_with_no_whole_stay_the_outcome() -> None:
    text = "Bryggan i Hässelby renoverades i våras. Kommunen betalade 1,3 mnkr och föreningen 0,4 mnkr."
    assert [role for _, role in roles(text, None, None)] == ["utfall", "utfall"]


def test_what_a_payer_paid_with_no_larger_outcome_stays_the_outcome() -> None:
    text = "Regionen betalade 4,8 mnkr för tolkar förra året. Ersättningen per timme var 650 kronor."
    assert roles(text, None, None)[0] == (4_800_000, "utfall")
