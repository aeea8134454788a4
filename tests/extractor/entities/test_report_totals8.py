"""A figure named as the total ("totalt", "sammanlagt", "Summa", "hela projektet") is the report's figure of its
role; the smaller figures of that role before it in its section are parts, not summed beside it, even when
they do not add up to it (role_totals, run by the report-level step). A total no word gave a role, whose parts
add up to it in an outcome section of a report without an outcome, is the outcome. Seen failing before the
change; the controls passed before and after."""

from __future__ import annotations

from bilagor.extractor.entities.checks import PART_OF_TOTAL, figure_checks
from bilagor.extractor.entities.role_consistency import CONSISTENCY, consistent_roles
from bilagor.extractor.entities.role_totals import named_total
from bilagor.extractor.record import Amount


def amount(text: str, sek: int, role: str, sentence: str, source: str = "cue", section: str = "ekonomiskt_utfall"):
    return Amount(text, sek, False, role, section, 1, sentence, role_source=source)


def test_total_words():
    assert named_total("Allt som allt landade hela projektet på 412 000 kr.", "412 000 kr")
    assert named_total("Sammanlagt kostade det 85 000 kr.", "85 000 kr")
    assert named_total("Summa kostnader: 240 000 kr", "240 000 kr")
    assert named_total("Vi ligger på 40 000 kr, men totalt landade vi på 48 000 kr.", "48 000 kr")
    assert not named_total("Vi ligger på 40 000 kr, men totalt landade vi på 48 000 kr.", "40 000 kr")
    assert not named_total("Belysningen kostade 164 000 kr.", "164 000 kr")


def test_a_part_named_before_the_total_is_not_summed_beside_it():
    part = "Stängslet kostade 268 000 kr."
    total = "Budgeten var 610 000 kr och totalt har 598 000 kr upparbetats."
    amounts = [
        amount("268 000 kr", 268_000, "utfall", part),
        amount("610 000 kr", 610_000, "budget", total),
        amount("598 000 kr", 598_000, "utfall", total),
    ]
    changed = consistent_roles(amounts)
    assert [(a.role, a.role_source) for a in changed] == [
        ("annat", CONSISTENCY),
        ("budget", "cue"),
        ("utfall", "cue"),
    ]
    assert [(c.reason, c.amount.sek) for c in figure_checks(changed)] == [(PART_OF_TOTAL, 598_000)]


def test_control_two_stages_without_a_total_are_both_summed():
    s = "Etapp ett kostade 310 000 kr och etapp två kostade 275 000 kr."
    amounts = [amount("310 000 kr", 310_000, "utfall", s), amount("275 000 kr", 275_000, "utfall", s)]
    changed = consistent_roles(amounts)
    assert [a.role for a in changed] == ["utfall", "utfall"]
    assert figure_checks(changed) == []


def test_control_a_figure_in_another_section_is_no_part():
    amounts = [
        # named a total of its own: a smaller outcome told in another answer without one is a detail (role_details)
        amount("40 000 kr", 40_000, "utfall", "Sammanlagt har vi betalat 40 000 kr.", section="beskrivning"),
        amount("48 000 kr", 48_000, "utfall", "Totalt blev kostnaden 48 000 kr."),
    ]
    assert [a.role for a in consistent_roles(amounts)] == ["utfall", "utfall"]


def test_a_total_of_parts_in_the_outcome_section_is_the_outcome():
    s = "Material 62 300 kr | Arbete 140 000 kr | Summa 202 300 kr (budget 195 000 kr)."
    amounts = [
        amount("62 300 kr", 62_300, "annat", s, "default"),
        amount("140 000 kr", 140_000, "annat", s, "default"),
        amount("202 300 kr", 202_300, "annat", s, "default"),
        amount("195 000 kr", 195_000, "budget", s),
    ]
    assert [(a.role, a.role_source) for a in consistent_roles(amounts)] == [
        ("annat", "default"),
        ("annat", "default"),
        ("utfall", CONSISTENCY),
        ("budget", "cue"),
    ]


def test_control_a_total_whose_parts_do_not_add_up_gets_no_role():
    s = "Material 62 300 kr | Arbete 140 000 kr | Summa 210 000 kr."
    amounts = [
        amount("62 300 kr", 62_300, "annat", s, "default"),
        amount("140 000 kr", 140_000, "annat", s, "default"),
        amount("210 000 kr", 210_000, "annat", s, "default"),
    ]
    assert [a.role for a in consistent_roles(amounts)] == ["annat", "annat", "annat"]


def test_control_outside_a_form_a_total_may_be_another_pots():
    s1 = "Projektet fick i år 1,5 mnkr ur potten."
    s2 = "Totalt delades 120 mnkr ut till 60 kommuner."
    amounts = [
        amount("1,5 mnkr", 1_500_000, "beviljat", s1, section=None),
        amount("120 mnkr", 120_000_000, "beviljat", s2, section=None),
    ]
    assert [a.role for a in consistent_roles(amounts)] == ["beviljat", "beviljat"]


def test_control_figures_adding_up_to_more_than_the_total_are_not_its_parts():
    amounts = [
        amount("150 000 kr", 150_000, "utfall", "Etapp 1 kostade 150 000 kr."),
        amount("120 000 kr", 120_000, "utfall", "Etapp 2 kostade 120 000 kr."),
        amount("200 000 kr", 200_000, "utfall", "Totalt för etapp 2 och 3: 200 000 kr."),
    ]
    assert [a.role for a in consistent_roles(amounts)] == ["utfall", "utfall", "utfall"]
