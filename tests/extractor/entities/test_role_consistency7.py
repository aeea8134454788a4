"""The report-level consistency step, seventh round: the arithmetic it now settles, over plain data.

Each rule changes only roles no cue gave (or, for parts beside a total, what the README's convention
says of parts); each test failed on the step before this round (seen failing), the controls pass on both."""

from __future__ import annotations

from bilagor.extractor.entities.role_consistency import CONSISTENCY, consistent_roles
from bilagor.extractor.record import Amount


def amount(text: str, sek: int, role: str, source: str, sentence: str, section: str = "ekonomiskt_utfall") -> Amount:
    return Amount(text, sek, False, role, section, 1, sentence, role_source=source)


def roles(amounts: list[Amount]) -> list[tuple[str, str | None]]:
    return [(a.role, a.role_source) for a in amounts]


# --- parts of a total whose roles differ: a co-funder's share and the committee's net cost ----------

_NET = "Efter stödet från länsstyrelsen (150 000 kr) blev nämndens nettokostnad 410 000 kr."
_GROSS = "Bruttokostnaden var 560 000 kr och budgeten 600 000 kr."


def _net_and_gross(share_source: str = "clause") -> list[Amount]:
    return [
        amount("150 000 kr", 150_000, "beviljat", share_source, _NET),
        amount("410 000 kr", 410_000, "utfall", "cue", _NET),
        amount("560 000 kr", 560_000, "utfall", "cue", _GROSS),
        amount("600 000 kr", 600_000, "budget", "cue", _GROSS),
    ]


def test_a_share_of_another_summed_role_beside_a_part_of_the_totals_role_is_a_part():
    # the grant is not summed here (the report has a budget), so it may be a share of the gross cost;
    # the net cost is then a part of the total and not summed beside it; the share keeps its own role
    changed = consistent_roles(_net_and_gross())
    assert roles(changed) == [
        ("beviljat", "clause"),
        ("annat", CONSISTENCY),
        ("utfall", "cue"),
        ("budget", "cue"),
    ]


def test_a_share_a_cue_gave_its_own_role_is_no_part_of_another_role():
    # the share keeps its role; the net cost is still not summed beside the gross one, now because the
    # budget stands with the gross figure (role_bases, eighth round), not because it is a part
    amounts = _net_and_gross(share_source="cue")
    assert roles(consistent_roles(amounts)) == [
        ("beviljat", "cue"),
        ("annat", CONSISTENCY),
        ("utfall", "cue"),
        ("budget", "cue"),
    ]


def test_parts_none_of_which_has_the_totals_role_are_kept():
    # a budget and an extra grant adding up to the outcome are the money there was, not parts of it
    amounts = [
        amount("500 000 kr", 500_000, "budget", "cue", "Budgeten var 500 000 kr."),
        amount("100 000 kr", 100_000, "beviljat", "clause", "Nämnden sköt till 100 000 kr i höstas."),
        amount("600 000 kr", 600_000, "utfall", "cue", "Utfallet blev 600 000 kr."),
    ]
    assert roles(consistent_roles(amounts)) == roles(amounts)


# --- budget = outcome + what is left: a second budget that is the money left over ----------------


def _left_over(spent_role: str = "annat", spent_source: str = "default") -> list[Amount]:
    return [
        amount("126 000 kr", 126_000, spent_role, spent_source, "Hittills har 126 000 kr bokförts på projektet."),
        amount("174 000 kr", 174_000, "budget", "clause", "Kvarvarande budget, 174 000 kr, flyttas till nästa år."),
        amount("300 000 kr", 300_000, "budget", "cue", "Projektets budget är 300 000 kr.", section="ovrigt"),
    ]


def test_a_second_budget_that_is_the_budget_less_another_figure_is_what_is_left():
    changed = consistent_roles(_left_over())
    assert roles(changed) == [("utfall", CONSISTENCY), ("annat", CONSISTENCY), ("budget", "cue")]


def test_what_is_left_is_not_summed_beside_a_stated_outcome():
    changed = consistent_roles(_left_over(spent_role="utfall", spent_source="cue"))
    assert roles(changed) == [("utfall", "cue"), ("annat", CONSISTENCY), ("budget", "cue")]


def test_the_budget_less_money_left_over_is_the_outcome():
    amounts = [
        amount("300 000 kr", 300_000, "budget", "cue", "Budgeten var 300 000 kr."),
        amount("126 000 kr", 126_000, "annat", "default", "Under hösten gick 126 000 kr till belysningen."),
        amount("174 000 kr", 174_000, "annat", "cue", "Resterande 174 000 kr återförs."),
    ]
    assert roles(consistent_roles(amounts))[1] == ("utfall", CONSISTENCY)


def test_two_unnamed_figures_that_make_up_the_budget_are_kept():
    # either of the two may be what was spent: nothing says which
    amounts = [
        amount("300 000 kr", 300_000, "budget", "cue", "Budgeten var 300 000 kr."),
        amount("126 000 kr", 126_000, "annat", "default", "Belysningen: 126 000 kr."),
        amount("174 000 kr", 174_000, "annat", "default", "Planteringen: 174 000 kr."),
    ]
    assert roles(consistent_roles(amounts)) == roles(amounts)


def test_a_report_with_an_outcome_keeps_its_unnamed_figures():
    amounts = [
        amount("300 000 kr", 300_000, "budget", "cue", "Budgeten var 300 000 kr."),
        amount("280 000 kr", 280_000, "utfall", "cue", "Utfallet blev 280 000 kr."),
        amount("126 000 kr", 126_000, "annat", "default", "Under hösten gick 126 000 kr till belysningen."),
        amount("174 000 kr", 174_000, "annat", "cue", "Resterande 174 000 kr återförs."),
    ]
    assert roles(consistent_roles(amounts)) == roles(amounts)


# --- the outcome stated twice, once under a weak budget ------------------------------------------


def test_a_second_budget_equal_to_the_stated_outcome_is_the_outcome_again():
    amounts = [
        amount("450 000 kr", 450_000, "budget", "cue", "Budget: 450 000 kr."),
        amount("431 200 kr", 431_200, "utfall", "cue", "Utfall: 431 200 kr."),
        amount("431 200 kr", 431_200, "budget", "context", "Totalt 431 200 kr."),
    ]
    assert roles(consistent_roles(amounts))[2] == ("utfall", CONSISTENCY)


def test_an_outcome_equal_to_the_only_budget_is_kept():
    # the work cost exactly what was planned: one budget, one outcome, both the same figure
    amounts = [
        amount("450 000 kr", 450_000, "budget", "context", "Totalt 450 000 kr."),
        amount("450 000 kr", 450_000, "utfall", "cue", "Utfall: 450 000 kr, precis som planerat."),
    ]
    assert roles(consistent_roles(amounts)) == roles(amounts)


# --- granted is at most what was applied for: not settled by arithmetic --------------------------


def test_a_grant_above_an_ask_is_kept_for_a_pot_and_a_cap_look_the_same():
    # a pot handed out and the most one applicant may ask for: a grant above an "ask" is no swap
    amounts = [
        amount("4 miljoner kronor", 4_000_000, "beviljat", "clause", "Fonden delar i år ut 4 miljoner kronor."),
        amount("75 000 kronor", 75_000, "sokt", "clause", "Varje förening kan söka upp till 75 000 kronor."),
    ]
    assert roles(consistent_roles(amounts)) == roles(amounts)


# --- an ask beside a part of the total's role -----------------------------------------------------


def test_a_part_beside_the_ask_of_an_application_is_a_part_and_the_ask_stays():
    amounts = [
        amount("60 000 kr", 60_000, "budget", "clause", "Egen insats 60 000 kr.", section="kostnadsberakning"),
        amount("240 000 kr", 240_000, "sokt", "clause", "Vi söker 240 000 kr.", section="kostnadsberakning"),
        amount("300 000 kr", 300_000, "budget", "clause", "Totalt 300 000 kr.", section="kostnadsberakning"),
    ]
    assert roles(consistent_roles(amounts)) == [("annat", CONSISTENCY), ("sokt", "clause"), ("budget", "clause")]


def test_a_grant_that_is_the_reports_budget_is_no_part_of_the_outcome():
    # no budget figure, so the grant is what `amounts` sums as the budget: never made a part
    amounts = [
        amount("70 000 kr", 70_000, "beviljat", "clause", "Vi fick 70 000 kr beviljat."),
        amount("20 000 kr", 20_000, "utfall", "clause", "Vi lade till 20 000 kr ur egen kassa."),
        amount("90 000 kr", 90_000, "utfall", "cue", "Totalt blev kostnaden 90 000 kr."),
    ]
    # the grant stays; the smaller outcome before the named total is a part of it since the eighth round
    # (role_totals), so the outcome is 90 000, not 110 000
    assert roles(consistent_roles(amounts)) == [("beviljat", "clause"), ("annat", CONSISTENCY), ("utfall", "cue")]


def test_money_of_no_summed_role_is_no_part_of_a_total():
    # the README's "annat" (co-funding, income) beside a net figure is no part: the parts rule settles
    # nothing. Net and gross are one outcome on two bases, though (eighth round, role_bases): with no budget
    # to say which, the first named stays and the report is flagged (basis_guess), never both summed.
    amounts = [
        amount("1,9 mnkr", 1_900_000, "utfall", "cue", "Nettokostnad 1,9 mnkr."),
        amount("0,4 mnkr", 400_000, "annat", "cue", "Intäkter från hyresgäster 0,4 mnkr."),
        amount("2,3 mnkr", 2_300_000, "utfall", "cue", "Bruttokostnad 2,3 mnkr."),
    ]
    assert roles(consistent_roles(amounts)) == [("utfall", "cue"), ("annat", "cue"), ("annat", CONSISTENCY)]


# --- a deviation the size of the outcome, in a report with no budget -----------------------------


def test_a_weak_deviation_the_size_of_the_outcome_is_the_budget():
    amounts = [
        amount("408 300 kr", 408_300, "utfall", "cue", "Slutkostnad: 408 300 kr."),
        amount("410 000 kr", 410_000, "avvikelse", "clause", "Någon avvikelse finns inte, kalkylen låg på 410 000 kr."),
    ]
    assert roles(consistent_roles(amounts))[1] == ("budget", CONSISTENCY)


def test_a_deviation_beside_a_budget_or_far_from_the_outcome_is_kept():
    beside_budget = [
        amount("408 300 kr", 408_300, "utfall", "cue", "Slutkostnad: 408 300 kr."),
        amount("800 000 kr", 800_000, "budget", "cue", "Budget: 800 000 kr."),
        amount("391 700 kr", 391_700, "avvikelse", "clause", "Avvikelsen blev 391 700 kr."),
    ]
    far = [
        amount("408 300 kr", 408_300, "utfall", "cue", "Slutkostnad: 408 300 kr."),
        amount("90 000 kr", 90_000, "avvikelse", "clause", "Avvikelsen mot kalkylen blev 90 000 kr."),
    ]
    stated = [
        amount("408 300 kr", 408_300, "utfall", "cue", "Slutkostnad: 408 300 kr."),
        amount("410 000 kr", 410_000, "avvikelse", "cue", "Avvikelse: 410 000 kr."),
    ]
    for amounts in (beside_budget, far, stated):
        assert roles(consistent_roles(amounts)) == roles(amounts)


# --- what is left, named so, beside a budget and an outcome ---------------------------------------


def test_a_weak_outcome_that_is_the_budget_less_the_outcome_and_named_left_over_is_not_summed():
    amounts = [
        amount("180 000 kr", 180_000, "budget", "clause", "Kalkylen var 180 000 kr."),
        amount("171 500 kr", 171_500, "utfall", "clause", "Vi har gjort av med 171 500 kr."),
        amount("8 500 kr", 8_500, "utfall", "clause", "Det som blev över, 8 500 kr, betalas tillbaka."),
    ]
    assert consistent_roles(amounts)[2].role in ("avvikelse", "annat")
    assert consistent_roles(amounts)[2].role_source == CONSISTENCY


def test_parts_of_a_grant_spent_with_no_word_of_a_difference_are_kept():
    sentence = "Av dessa har 1,4 mnkr använts till belysning och 0,3 mnkr till röjning."
    amounts = [
        amount("1,7 mnkr", 1_700_000, "beviljat", "cue", "Nämnden har fått 1,7 mnkr från kommunstyrelsen."),
        amount("1,4 mnkr", 1_400_000, "utfall", "clause", sentence),
        amount("0,3 mnkr", 300_000, "utfall", "clause", sentence),
    ]
    assert roles(consistent_roles(amounts)) == roles(amounts)


# --- the difference is named with the cue vocabulary of role_cues --------------------------------


def test_a_difference_named_only_as_a_change_since_last_year_is_no_deviation():
    # "mer än i fjol" is a change over time (role_cues), not the budget's difference from the outcome
    amounts = [
        amount("500 000 kr", 500_000, "budget", "cue", "Budget 500 000 kr."),
        amount("540 000 kr", 540_000, "utfall", "cue", "Utfall 540 000 kr."),
        amount("40 000 kr", 40_000, "utfall", "clause", "Det är 40 000 kr mer än i fjol."),
    ]
    # role_cues names it a change over time (annat): no deviation, and not summed as an outcome either
    assert roles(consistent_roles(amounts))[2] == ("annat", CONSISTENCY)
