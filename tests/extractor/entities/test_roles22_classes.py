"""Amount-role classes of the twenty-first round (issue #11, rules side): phrasings that failed on the twentieth
sets' dev halves and on several burned rounds, each written here in new sentences, with controls where the rule
must not fire."""

from __future__ import annotations

from bilagor.extractor.entities import find_amounts, report_amounts

FOLLOW_UP = "ekonomiskt_utfall"
APPLICATION = ("kostnadsberakning", "sokt_belopp")


def roles(text: str, section: str | None = FOLLOW_UP) -> list[tuple[int, str]]:
    kind = None if section is None else "ansokan" if section in APPLICATION else "uppfoljning"
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


# 3. Cost lines of a follow-up in shapes that were read as no cost line: a rent or licence paid for a whole term or
# the project's time (paid once, not a running cost), a thing set off from its price by a comma, and a line after
# a running cost's line, which inherits nothing from it.
def test_a_rent_for_a_whole_term_among_cost_lines_is_the_outcome() -> None:
    text = "Hyra av gympasal för hela höstterminen 6 300 kr\nInstruktör 8 000 kr\nVattenflaskor 940 kr"
    assert roles(text) == [(6_300, "utfall"), (8_000, "utfall"), (940, "utfall")]


def test_a_licence_for_the_whole_project_time_set_off_by_a_comma_is_the_outcome() -> None:
    text = "Abonnemang på notprogram, för hela projekttiden 1 900 kr\nStämmor och kopior 2 250 kr"
    assert roles(text) == [(1_900, "utfall"), (2_250, "utfall")]


def test_a_thing_set_off_from_its_price_by_a_comma_is_a_cost_line() -> None:
    text = "Fick 12 000 kr av stadsdelen.\nLeje av kanoter, 5 200 kr.\nMat, inköpt 2 480 kr."
    assert roles(text)[1:] == [(5_200, "utfall"), (2_480, "utfall")]


def test_a_line_after_a_running_costs_line_does_not_inherit_its_role() -> None:
    text = "Licens för ritprogrammet, för hela läsåret 2 400 kr\nSkrivare, begagnad 1 900 kr\nPapper 300 kr"
    assert roles(text) == [(2_400, "utfall"), (1_900, "utfall"), (300, "utfall")]


def test_a_comma_after_an_amount_still_ends_the_line_before() -> None:
    text = "Sagostunden: böcker 2 300 kr, kuddar 1 150 kr. Stadsdelen gav oss 4 000 kr."
    assert roles(text)[:2] == [(2_300, "utfall"), (1_150, "utfall")]


def test_a_rent_per_month_is_still_a_running_cost() -> None:
    assert roles("Hyra av förråd 650 kr per månad\nFärg 1 200 kr")[0] == (650, "annat")


# 4. A total's parts stand on one side of it: a line between two lines that happen to add up to it is a line.
def test_an_application_line_between_two_lines_that_add_up_to_it_is_no_total() -> None:
    text = "Trummor, hyrda 4 200 kr\nPedagog 6 000 kr\nTryck av affischer 1 800 kr"
    assert roles(text, "kostnadsberakning") == [(4_200, "budget"), (6_000, "budget"), (1_800, "budget")]


def test_lines_before_their_total_are_still_its_parts() -> None:
    text = "Trummor 4 200 kr, pedagog 1 800 kr, totalt 6 000 kr."
    assert roles(text, "kostnadsberakning") == [(4_200, "annat"), (1_800, "annat"), (6_000, "budget")]


# 5. A body's decision to give money ("har beslutat att ge X"): its grant, as "beslutade om X" already was.
def test_a_decision_to_give_a_society_money_is_the_grant() -> None:
    text = "Kulturnämnden har beslutat att ge Visby spelmanslag 48 000 kronor till en turné. Spelmanslaget sökte 70 000 kronor."
    assert roles(text, None) == [(48_000, "beviljat"), (70_000, "sokt")]


def test_a_decision_to_give_money_to_several_recipients_is_the_grant() -> None:
    assert roles("Regionen beslutade att ge 2,4 miljoner kronor till länets bibliotek.", None) == [
        (2_400_000, "beviljat")
    ]


def test_a_decided_loan_is_no_grant() -> None:
    text = "Kommunstyrelsen fattade beslut om att ge ridklubben ett lån på 1,5 mnkr. Lånet betalas tillbaka på tio år."
    assert roles(text, None) == [(1_500_000, "annat")]


# 6. The report step: beside what is paid so far, the final cost told in the present ("blir slutnotan X") is where
# the cost is heading, the forecast, not a second outcome.
def test_the_final_cost_in_the_present_beside_the_cost_so_far_is_the_forecast() -> None:
    text = (
        "Bryggan är inte färdig. Hittills har 44 000 kr betalats av beviljade 70 000 kr, "
        "och enligt snickaren blir slutnotan cirka 66 000 kr."
    )
    [found] = report_amounts([(text, FOLLOW_UP)], "uppfoljning", "rules")
    assert [(a.sek, a.role) for a in found] == [(44_000, "utfall"), (70_000, "beviljat"), (66_000, "prognos")]


def test_a_final_cost_in_the_past_beside_an_earlier_payment_stays_the_outcome() -> None:
    text = "Hittills i maj hade 30 000 kr betalats. Slutnotan blev 52 000 kr."
    [found] = report_amounts([(text, FOLLOW_UP)], "uppfoljning", "rules")
    assert [(a.sek, a.role) for a in found][-1] == (52_000, "utfall")


# 7. Label lines written as sentences ("Budget 2025: X kr. Utfall 2025: Y kr."): a later year's budget after this
# year's lines is the next period's, as on lines of their own; the label's year is read with its own amount.
def test_next_years_budget_label_after_this_years_sentences_is_another_period() -> None:
    text = "Budget 2024: 31 000 kr. Utfall 2024: 30 200 kr. Budget 2025: 33 000 kr."
    assert roles(text) == [(31_000, "budget"), (30_200, "utfall"), (33_000, "annat")]


def test_outcome_labels_of_two_years_stay_the_projects() -> None:
    text = "Utfall 2024: 12 100 kr. Utfall 2025: 13 800 kr."
    assert [role for _, role in roles(text)] == ["utfall", "utfall"]


def test_a_budget_carried_over_to_a_later_year_is_still_the_budget() -> None:
    text = "Utfallet blev 0 kr under 2024 eftersom kursen ställdes in. Budgeten på 18 000 kr förs över till 2025."
    assert roles(text)[-1] == (18_000, "budget")
