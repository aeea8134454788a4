"""The eleventh round's classes (issue #11, f-report): the form's kind read with a section both forms have
("finansiering"), participles of decision or grant before the amount, a budget told as the money there was, a
grant out of a pot, label lines of booked, spent and paid money, column headers naming the role of the cells under
them, a deviation word bound to the amount, a running cost per year and what it became, an estimate told in the
past. Written before each change and seen failing; the controls passed before too."""

from __future__ import annotations

from roles_scoring import summed_figures

from bilagor.extractor.entities import find_amounts
from bilagor.extractor.entities.role_consistency import consistent_roles
from bilagor.extractor.entities.role_stage import is_application, is_form_section, role_section
from bilagor.extractor.record import Amount

FOLLOW_UP = "ekonomiskt_utfall"


def report(*answers: tuple[str, str], kind: str = "uppfoljning") -> list[Amount]:
    """A report's amounts through the report-level step, as the record holds them."""
    return consistent_roles([a for section, text in answers for a in find_amounts(text, section, form_kind=kind)])


def figures(*answers: tuple[str, str]) -> tuple[int | None, int | None]:
    return summed_figures(report(*answers))


def roles(text: str, section: str = FOLLOW_UP, kind: str | None = "uppfoljning") -> list[tuple[int | None, str]]:
    return [(a.sek, a.role) for a in find_amounts(text, section, form_kind=kind)]


# A. The form's kind: a section both forms have is read as its form's.
def test_a_section_both_forms_have_is_read_as_its_forms():
    assert is_application(role_section("finansiering", "ansokan"))
    assert not is_application(role_section("finansiering", "uppfoljning"))
    assert is_form_section(role_section("finansiering", "uppfoljning"))
    # a follow-up's "beskrivning" is no application's, though an application's sections have that key too
    assert not is_application(role_section("beskrivning", "uppfoljning"))
    assert role_section("finansiering", None) == "finansiering"  # kind unknown: as before


def test_an_applications_financing_section_estimates_its_budget():
    text = "Den totala kostnaden beräknas till 3,2 mnkr. Vi söker 2,0 mnkr, och bostadsbolaget står för 1,2 mnkr."
    assert roles(text, "finansiering", "ansokan")[0] == (3_200_000, "budget")


def test_another_funder_in_a_follow_ups_financing_section_is_no_grant_of_the_report():
    text = "Projektet fick 220 000 kr från stadsdelsnämnden och 60 000 kr från Allmänna arvsfonden."
    assert roles(text, "finansiering", "uppfoljning") == [(220_000, "beviljat"), (60_000, "annat")]


def test_the_amount_section_keeps_its_own_key():
    (amount,) = find_amounts("Den totala kostnaden beräknas till 3,2 mnkr.", "finansiering", form_kind="ansokan")
    assert amount.section == "finansiering"


# B. A participle or adjective of decision, grant or plan before the amount or its noun.
def test_a_decided_figure_before_the_amount_is_the_budget():
    text = "Totalt har 870 000 kr gått till konstgräset, mot beslutade 900 000 kr."
    assert roles(text) == [(870_000, "utfall"), (900_000, "budget")]


def test_a_budgeted_noun_bound_to_the_amount_outranks_the_comparison_before_it():
    text = "Bussresorna kostade 31 000 kr, vilket var 1 000 kr mer än den budgeterade summan på 30 000 kr."
    assert roles(text)[-1] == (30_000, "budget")


def test_a_body_that_decided_on_an_amount_granted_it():
    text = "Kulturnämnden beslutade vid sitt möte i maj om 90 000 kr till muralmålningen. Den kostade 88 700 kr."
    assert roles(text) == [(90_000, "beviljat"), (88_700, "utfall")]


def test_a_forecast_qualifier_before_the_noun_names_the_amount_in_apposition():
    text = "Den prognostiserade utgiften för året, 640 000 kr, förutsätter att elen dras i september."
    assert roles(text, "ovrigt") == [(640_000, "prognos")]


# C. A budget told as the money there was.
def test_the_money_there_was_for_a_project_is_its_budget():
    assert roles("Till ombyggnaden fanns 410 000 kr. Den slutade på 398 000 kr.") == [
        (410_000, "budget"),
        (398_000, "utfall"),
    ]


def test_control_money_there_was_left_is_no_budget():
    assert roles("Efter sista kvällen fanns 2 300 kr kvar, som betalas tillbaka.", "avvikelser") == [(2_300, "annat")]


def test_the_money_we_had_after_a_comparison_is_the_budget():
    text = "Projektet blev 12 000 kronor dyrare än de 150 000 kronor vi hade."
    assert roles(text, "avvikelser") == [(12_000, "avvikelse"), (150_000, "budget")]


def test_a_frame_of_the_projects_own_is_its_budget_a_committees_frame_is_not():
    assert roles("Arbetet utfördes inom en ram av 265 000 kr och kostade 259 000 kr.") == [
        (265_000, "budget"),
        (259_000, "utfall"),
    ]
    assert roles("Merkostnaden ryms inom förvaltningens ram på 4 mnkr.", "avvikelser")[-1] == (4_000_000, "annat")


# D. A deviation word bound to the amount ("de extra X", "de överskjutande X").
def test_the_extra_money_named_after_budget_and_outcome_is_the_deviation():
    text = "Scenen budgeterades till 800 000 kr och kostade 845 000 kr; de extra 45 000 kronorna gick till el."
    assert roles(text)[-1] == (45_000, "avvikelse")
    assert figures((FOLLOW_UP, text)) == (800_000, 845_000)


def test_the_overrun_covered_by_the_office_is_no_budget():
    text = "Stödet var 90 000 kr. Totalt gick 97 500 kr åt, och de överskjutande 7 500 kr betalas inom förvaltningens budget."
    assert roles(text)[-1] == (7_500, "avvikelse")


# E. An estimate told in the past in a follow-up is the plan it was.
def test_a_cost_that_was_calculated_is_the_budget():
    text = "Flytten av förrådet var beräknad till 180 000 kr. Den kostade 171 000 kr."
    assert roles(text) == [(180_000, "budget"), (171_000, "utfall")]


# F. A running cost per year and what it became are not the project's figures.
def test_a_running_cost_per_year_and_what_it_became_are_not_summed():
    text = (
        "Serviceavtalet för pumpen beräknades kosta 8 000 kr per år, men det blev 9 200 kr. "
        "Själva pumpen installerades för 126 000 kr mot budgeterade 130 000 kr."
    )
    assert figures((FOLLOW_UP, text)) == (130_000, 126_000)


def test_control_money_set_aside_per_year_stays_a_budget():
    assert roles("Nämnden avsätter 400 000 kr per år till fritidsgården.", "ovrigt") == [(400_000, "budget")]


# G. Label lines of booked, spent and paid money.
def test_a_booked_label_with_a_date_names_the_outcome():
    text = "Bokfört t.o.m. oktober: 64 100 kr\nPrognos helår: 70 000 kr\nBudget: 72 000 kr"
    assert figures((FOLLOW_UP, text)) == (72_000, 64_100)


def test_a_paid_out_grant_label_is_the_grant():
    text = "Utbetalt bidrag: 40 000 kr\nRedovisade kostnader: 41 250 kr"
    assert figures((FOLLOW_UP, text)) == (40_000, 41_250)


# H. A table whose column headers name the role of the cells under them.
def test_a_total_row_takes_its_columns_roles():
    text = "Post / Budget (kr) / Utfall (kr): Hyra 30 000 / 30 000; Tryck 12 000 / 9 500; Summa 42 000 / 39 500."
    assert figures((FOLLOW_UP, text)) == (42_000, 39_500)


def test_a_total_row_takes_its_columns_roles_in_any_order():
    text = "Utfall (kr) / Budget (kr): Material 8 200 / 9 000; Arvode 5 000 / 5 000; Totalt 13 200 / 14 000."
    assert figures((FOLLOW_UP, text)) == (14_000, 13_200)


# I. A grant out of a pot.
def test_money_out_of_a_pot_to_the_project_is_its_grant():
    text = "Ur stadsdelens föreningsmedel gick 60 000 kr till läsfrämjandet. Sammanlagt förbrukades 58 300 kr."
    assert roles(text) == [(60_000, "beviljat"), (58_300, "utfall")]
    text = "Till loppisen gick 12 000 kr ur kulturförvaltningens arrangörsmedel. Den kostade 11 800 kr."
    assert roles(text)[0] == (12_000, "beviljat")


def test_a_city_bodys_money_and_a_share_of_it_spent_on_an_item():
    text = "Av nämndens 45 000 kr gick 15 000 kr till ljudtekniker. Hela dagen kostade 44 100 kr."
    assert figures((FOLLOW_UP, text)) == (45_000, 44_100)


# J. The application's estimate beside the grant that replaced it.
def test_the_applications_estimate_beside_the_grant_is_not_the_budget():
    text = (
        "I ansökan beräknades träffarna kosta 320 000 kronor, och utskottet beviljade 260 000 kronor. "
        "Utfallet blev 262 400 kronor."
    )
    assert figures((FOLLOW_UP, text)) == (260_000, 262_400)


def test_control_the_applications_estimate_alone_is_the_budget():
    text = "I ansökan beräknades träffarna kosta 320 000 kronor. Utfallet blev 318 000 kronor."
    assert figures((FOLLOW_UP, text)) == (320_000, 318_000)


def test_a_label_column_whose_header_names_a_cost_is_still_the_label_column():
    text = "Kostnadsslag / Budget (kr) / Utfall (kr): Buss 6 000 / 6 400; Mat 3 000 / 2 900; Summa 9 000 / 9 300."
    assert figures((FOLLOW_UP, text)) == (9_000, 9_300)


# K. The outcome after a comparison with the figure before ("Den blev billigare än så: X").
def test_the_figure_after_cheaper_than_that_is_the_outcome():
    text = "Styrelsen avsatte 30 000 kr till sommarfesten. Den kostade mindre än så: 26 400 kr."
    assert figures((FOLLOW_UP, text)) == (30_000, 26_400)


def test_the_money_we_had_at_our_disposal_before_and_is_the_budget():
    text = "Bygget blev 4 000 kr dyrare än de 60 000 kr vi hade till förfogande och slutade på 64 000 kr."
    assert figures((FOLLOW_UP, text)) == (60_000, 64_000)


# L. A figure that includes the costs still to come is a forecast.
def test_a_figure_with_the_costs_still_to_come_is_a_forecast():
    text = (
        "Bokfört per den 30 september: 51 200 kr. Med de fakturor som återstår hamnar projektet på cirka 58 000 kr, "
        "mot beviljade 60 000 kr."
    )
    assert figures((FOLLOW_UP, text)) == (60_000, 51_200)


# M. An application's cost lines: a price per piece, a yearly running cost in apposition, an earlier project's
# cost, and a tender's price as the estimate.
APPLICATION = "kostnadsberakning"


def test_a_price_per_piece_is_no_total():
    text = "Bänkarna kostar cirka 7 000 kr styck, och hela leveransen beräknas till 96 000 kr."
    assert roles(text, APPLICATION, "ansokan") == [(7_000, "annat"), (96_000, "budget")]


def test_a_yearly_running_cost_in_apposition_is_no_budget():
    text = "Bygget beräknas till 1,1 mnkr. Det årliga underhållet, uppskattat till 30 tkr, tas inom ramen."
    assert roles(text, APPLICATION, "ansokan") == [(1_100_000, "budget"), (30_000, "annat")]


def test_an_earlier_projects_cost_in_an_application_is_not_its_budget():
    text = "Vi bygger på erfarenheter från skolgården i Farsta 2021, som kostade 900 000 kr. Nu räknar vi med 1,0 mnkr."
    assert roles(text, APPLICATION, "ansokan") == [(900_000, "annat"), (1_000_000, "budget")]


def test_a_tenders_price_in_an_application_is_its_budget():
    text = "Lekplatsen kostar enligt offert 1,8 mnkr. Vi söker hela beloppet."
    assert roles(text, "finansiering", "ansokan") == [(1_800_000, "budget")]
