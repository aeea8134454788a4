"""Amount-role classes of the twenty-first round (issue #11, rules side): phrasings that failed on the twentieth
sets' dev halves and on several burned rounds, each written here in new sentences, with controls where the rule
must not fire."""

from __future__ import annotations

from bilagor.extractor.entities import find_amounts

FOLLOW_UP = "ekonomiskt_utfall"


def roles(text: str, section: str | None = FOLLOW_UP) -> list[tuple[int, str]]:
    kind = "uppfoljning" if section else None
    return [(a.sek, a.role) for a in find_amounts(text, section, form_kind=kind, role_decision="rules")]


# 1. What a thing became, compared, then a colon and its figure: the figure it came to, not the difference.
def test_a_figure_after_a_colon_closing_a_comparison_is_what_the_cost_came_to() -> None:
    text = "Vi fick 9 000 kr av stadsdelen. Utgifterna för bussresan blev högre än vi trott: 10 350 kr."
    assert roles(text) == [(9_000, "beviljat"), (10_350, "utfall")]


def test_a_comparison_without_a_subject_noun_gives_the_outcome_in_public_text() -> None:
    text = "Ombyggnaden av badhuset i Ekby blev billigare: 41 miljoner kronor. Nämnden hade avsatt 45 miljoner."
    assert roles(text, None)[0] == (41_000_000, "utfall")


def test_a_plan_before_a_contrast_is_not_the_subject_of_the_comparison() -> None:
    text = "Lägret budgeterades till 26 000 kr men blev dyrare, 27 900 kr, eftersom en buss gick sönder."
    assert roles(text) == [(26_000, "budget"), (27_900, "utfall")]


def test_a_deviation_named_as_the_subject_stays_the_deviation() -> None:
    assert roles("Underskottet för höstlovet blev större än befarat: 2 300 kr.") == [(2_300, "avvikelse")]


def test_a_difference_after_the_figure_is_still_the_difference() -> None:
    text = "Materialet kostade 6 100 kr och blev alltså dyrare än planerat, 600 kr mer."
    assert roles(text)[1] == (600, "avvikelse")


# 2. Public text: an interim figure beside the forecast of the whole year (or season) is another period's, `annat`,
# in more wordings of the part gone by: a month range, a date after "per den", "redan" in the season now running,
# and a deficit so far beside the year's forecast deficit.
def test_an_outcome_for_months_from_january_beside_the_years_forecast_is_interim() -> None:
    text = "Utfallet för perioden januari–maj är 22,1 mnkr. Helårsprognosen landar på 51 mnkr."
    assert roles(text, None) == [(22_100_000, "annat"), (51_000_000, "prognos")]


def test_a_column_for_january_to_august_beside_a_whole_year_forecast_is_interim() -> None:
    text = "Fritidsnämnden, mnkr\nUtfall jan–aug: 40,2\nPrognos helår: 63,0"
    assert roles(text, None)[0] == (40_200_000, "annat")


def test_money_already_gone_this_winter_beside_the_whole_winters_forecast_is_interim() -> None:
    text = "I vinter har det redan gått åt 31 miljoner till sandning, och kommunen bedömer att hela vinterns kostnad blir 55 miljoner."
    assert roles(text, None) == [(31_000_000, "annat"), (55_000_000, "prognos")]


def test_a_deficit_after_a_month_beside_the_years_forecast_deficit_is_interim() -> None:
    text = "Kulturnämnden redovisar ett underskott på 3,2 mnkr efter juli. Prognosen för helåret är ett underskott på 4 mnkr."
    assert roles(text, None) == [(3_200_000, "annat"), (4_000_000, "avvikelse")]


def test_a_projects_cost_so_far_beside_its_final_cost_stays_the_outcome() -> None:
    text = "Bygget av idrottshallen har hittills kostat 40 mnkr. Slutkostnaden väntas bli 52 mnkr."
    assert roles(text, None) == [(40_000_000, "utfall"), (52_000_000, "prognos")]


def test_a_follow_ups_cost_so_far_stays_the_outcome() -> None:
    text = "I år har vi hittills betalat 7 400 kr för hyra, och vi räknar med att året slutar på 9 000 kr."
    assert roles(text)[0] == (7_400, "utfall")
