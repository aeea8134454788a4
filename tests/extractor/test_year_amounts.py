"""Issue #12, fourteenth round: a sum of four digits in thousands or kronor ('2087 tkr', '2 019 kr' aside,
'1995 kronor') reads like a year between 1990 and 2099; before a money unit it is an amount, never the
report's year."""

import pytest

from bilagor.extractor.metadata import year_from_sections


@pytest.mark.parametrize("unit", ["tkr", "kr", "kronor", "mnkr", "Mkr", "MSEK", "SEK", "tusen kronor"])
def test_a_four_digit_amount_is_no_year(unit):
    text = f"Beviljat belopp var 2087 {unit} och utfallet 1 891 000 SEK. Utfallet för projektet avser 2024."
    assert year_from_sections([("ekonomiskt_utfall", text)]) == 2024


def test_a_year_before_other_words_is_still_a_year():
    assert year_from_sections([("slutresultat", "Arbetet blev klart under 2021 kring torget.")]) == 2021
