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
