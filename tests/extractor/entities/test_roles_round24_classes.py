"""Amount-role classes of the twenty-fourth round (issue #11, rules side): ways Swedish states a role that failed on
the twenty-third sets' dev halves and on burned rounds, each written here in new sentences (none a dev case's or a
tuning file's), with controls where the rule must not fire; and the pure functions behind them."""

from __future__ import annotations

from bilagor.extractor.entities import find_amounts
from bilagor.extractor.entities.role_interim import (
    earlier_forecast,
    forecast_in_words,
    names_period_so_far,
    names_year,
    plain_figure,
)

FOLLOW_UP = "ekonomiskt_utfall"


def roles(text: str, section: str | None = FOLLOW_UP) -> list[tuple[int, str]]:
    kind = None if section is None else "uppfoljning"
    return [(a.sek, a.role) for a in find_amounts(text, section, form_kind=kind, role_decision="rules")]


# 1. A figure of the period so far beside a forecast of the whole, in public text: an interim figure, `annat`,
# also when the period is told by "hittills", a date or a month's end and the forecast is given in words only.
def test_a_cost_so_far_this_year_beside_a_forecast_of_the_year_is_an_interim_figure() -> None:
    text = "Vid halvårsskiftet hade parkförvaltningen lagt 3,6 mnkr på klotterplank. För helåret räknar förvaltningen med 5 mnkr."
    assert roles(text, None) == [(3_600_000, "annat"), (5_000_000, "prognos")]


def test_money_used_so_far_beside_a_forecast_in_words_is_an_interim_figure() -> None:
    text = (
        "Nämnden har en årsbudget på 12 mnkr för lekplatser. Än så länge har 4,4 mnkr gått åt, "
        "och förvaltningen räknar med att hela budgeten används."
    )
    assert roles(text, None) == [(12_000_000, "budget"), (4_400_000, "annat")]


def test_a_deficit_at_a_months_end_beside_a_year_expected_in_balance_is_an_interim_figure() -> None:
    text = "I slutet av juni låg gymnasienämnden 3 mnkr över budget, men nämnden bedömer att året slutar i balans."
    assert roles(text, None) == [(3_000_000, "annat")]


def test_a_cost_so_far_with_no_forecast_stays_the_outcome() -> None:
    text = "Stadsdelsnämnden har i år hittills betalat 2,7 mnkr för vinterns snöröjning."
    assert roles(text, None) == [(2_700_000, "utfall")]


def test_a_forecast_said_not_to_exist_is_no_forecast() -> None:
    text = "Efter sex månader hade byggnadsnämnden ett överskott på 1,1 mnkr. Ingen prognos för året har lämnats."
    assert roles(text, None) == [(1_100_000, "avvikelse")]


def test_a_projects_cost_so_far_beside_its_final_cost_stays_the_outcome() -> None:
    # the sets since the eighteenth round annotate a project's (not a year's) cost so far beside its final cost so
    text = "Gångbron över Ekoln har hittills kostat 26 mnkr. Slutkostnaden bedöms bli 31 mnkr."
    assert roles(text, None) == [(26_000_000, "utfall"), (31_000_000, "prognos")]


def test_names_period_so_far_reads_words_of_time_and_interim_reports() -> None:
    assert names_period_so_far("har än så länge kostat #", "")
    assert names_period_so_far("var # den sista maj", "")
    assert names_period_so_far("har kommunen betalat ut #", "Delårsrapporten visar att ")
    assert not names_period_so_far("kostade # under året", "")


def test_forecast_in_words_needs_money_or_the_year_and_no_negation() -> None:
    assert forecast_in_words("Förvaltningen bedömer att budgeten håller.")
    assert forecast_in_words("Nämnden tror ändå att helåret går jämnt ut.")
    assert not forecast_in_words("Projektet väntas bli klart i mars.")
    assert not forecast_in_words("Någon prognos för helåret har inte lämnats.")
    assert not forecast_in_words("Förvaltningen bedömer att kostnaden blir högre under nästa år.")


def test_names_year_reads_the_year_and_its_seasons() -> None:
    assert names_year("Resten går åt under hösten.")
    assert names_year("före årsskiftet")
    assert not names_year("Bygget blir klart 2027.")


# 2. The city's contribution in a follow-up: a city committee or office as the subject of a verb of contributing
# ("bidrog med", "stod för", "gick in med", "sköt till"), alone or with the verb left out or put before it, is the
# grant; an outside funder's money beside it stays co-funding.
def test_the_city_contributing_alone_is_the_grant() -> None:
    text = "Stadsdelsnämnden har bidragit med 18 000 kr till pysseldagarna. Materialet kostade 17 350 kr."
    assert roles(text) == [(18_000, "beviljat"), (17_350, "utfall")]


def test_two_city_bodies_contributing_with_the_second_verb_left_out_are_both_grants() -> None:
    text = "Idrottsnämnden bidrog med 6 000 kr och stadsdelsnämnden med 9 000 kr. Cupen kostade 14 800 kr."
    assert roles(text) == [(6_000, "beviljat"), (9_000, "beviljat"), (14_800, "utfall")]


def test_the_city_contributing_after_an_opening_adverbial_is_the_grant() -> None:
    text = "Efter vår ansökan gick stadsdelsförvaltningen in med 11 000 kr. Resan kostade 10 900 kr."
    assert roles(text) == [(11_000, "beviljat"), (10_900, "utfall")]


def test_an_outside_funder_contributing_stays_co_funding() -> None:
    text = "Stadsdelsnämnden stod för 20 000 kr och Stiftelsen Lekhagen bidrog med 5 000 kr. Allt kostade 24 600 kr."
    assert roles(text) == [(20_000, "beviljat"), (5_000, "annat"), (24_600, "utfall")]


# 3. An earlier forecast beside the final figure, in public text: a forecast told in the past and dated to an earlier
# time of the year (an interim report, a month, a season gone) is overtaken, `annat`; the final figure keeps its role.
def test_a_forecast_in_an_interim_report_beside_the_years_deficit_is_overtaken() -> None:
    text = "Fritidsnämnden gick 4,2 mnkr back för året. I delårsrapporten räknade nämnden med ett underskott på 2 mnkr."
    assert roles(text, None) == [(4_200_000, "avvikelse"), (2_000_000, "annat")]


def test_an_earlier_forecast_with_the_forecast_noun_after_the_verb_is_overtaken() -> None:
    text = "Bygget av skatehallen slutade på 17 mnkr. I april låg prognosen på 15 mnkr."
    assert roles(text, None) == [(17_000_000, "utfall"), (15_000_000, "annat")]


def test_a_forecast_named_in_the_present_beside_a_final_figure_is_no_earlier_forecast() -> None:
    text = "Miljönämnden fick ett underskott på 3 mnkr 2025. I tertialrapporten är det prognostiserade underskottet 1 mnkr."
    assert roles(text, None) == [(3_000_000, "avvikelse"), (1_000_000, "avvikelse")]


def test_earlier_forecast_needs_a_past_forecast_and_an_earlier_time() -> None:
    assert earlier_forecast("I tertialrapporten bedömdes överskottet till #")
    assert earlier_forecast("I våras hade kommunen prognostiserat #")
    assert not earlier_forecast("Prognosen för helåret är #")
    assert not earlier_forecast("Kostnaden beräknades till #")  # no earlier time: a plan
    assert plain_figure("Underskottet blev #") and not plain_figure("Underskottet väntas bli #")


def test_a_month_end_alone_dates_a_years_figure_beside_a_forecast_in_words() -> None:
    text = "Den sista april hade kulturförvaltningen använt 2,2 mnkr av sina 6 mnkr. Förvaltningen räknar med att resten går åt."
    assert roles(text, None)[0] == (2_200_000, "annat")


# 4. A compound whose head is the budget ("driftbudgeten på X", "underhållsbudget på X") names a budget, not a
# running cost.
def test_a_running_budget_on_an_amount_is_a_budget() -> None:
    text = "Parkenheten har en skötselplan och en underhållsbudget på 9 mnkr för 2026."
    assert roles(text, None) == [(9_000_000, "budget")]


def test_a_figure_so_far_beside_the_periods_own_budget_stays_the_outcome() -> None:
    text = "Efter tertial 2 har kulturnämnden ett utfall på 41 mnkr. Budgeten för perioden är 43 mnkr. Nämnden beräknas hålla budget för helåret."
    assert roles(text, None)[0] == (41_000_000, "utfall")
