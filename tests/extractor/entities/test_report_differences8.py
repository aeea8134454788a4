"""A figure that is the difference of the budget and the outcome, with a direction right after it ("dvs.
15 400 kr under", "1 500 kr under de 80 000 kr vi fick"), is the deviation (role_consistency._named_as);
"under 2023" names a time. Seen failing before the change."""

from __future__ import annotations

from bilagor.extractor.entities.role_consistency import CONSISTENCY, consistent_roles
from bilagor.extractor.record import Amount


def amount(text: str, sek: int, role: str, sentence: str, source: str = "cue") -> Amount:
    return Amount(text, sek, False, role, "ekonomiskt_utfall", 1, sentence, role_source=source)


def test_a_difference_with_a_direction_after_it_is_the_deviation():
    s = "Kostnaden blev 96 300 kr mot planerade 90 000 kr, alltså 6 300 kr över."
    amounts = [
        amount("96 300 kr", 96_300, "utfall", s),
        amount("90 000 kr", 90_000, "budget", s),
        amount("6 300 kr", 6_300, "utfall", s, "clause"),
    ]
    assert [(a.role, a.role_source) for a in consistent_roles(amounts)][2] == ("avvikelse", CONSISTENCY)


def test_a_difference_before_the_figure_it_is_measured_against():
    s = "Vi gjorde av med 47 500 kr, vilket är 2 500 kr under de 50 000 kr vi fick."
    amounts = [
        amount("47 500 kr", 47_500, "utfall", s),
        amount("2 500 kr", 2_500, "utfall", s, "clause"),
        amount("50 000 kr", 50_000, "beviljat", s, "clause"),
    ]
    assert [a.role for a in consistent_roles(amounts)] == ["utfall", "avvikelse", "beviljat"]


def test_control_under_a_year_is_no_difference():
    s = "Budgeten var 100 000 kr. Vi betalade 60 000 kr under 2023 och 40 000 kr under 2024."
    amounts = [
        amount("100 000 kr", 100_000, "budget", s),
        amount("60 000 kr", 60_000, "utfall", s, "clause"),
        amount("40 000 kr", 40_000, "utfall", s, "clause"),
    ]
    assert [a.role for a in consistent_roles(amounts)] == ["budget", "utfall", "utfall"]
