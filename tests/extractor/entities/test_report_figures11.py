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
