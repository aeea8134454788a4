"""One unit per table: fixed decimals, rounding, and when a hedge shows ("ca")."""

import pytest

from bilagor.cli.money import NBSP, format_in_unit, format_steps, hedge_shows, rounded_steps
from bilagor.extractor.entities.money import hedge_margin


@pytest.mark.parametrize(
    ("sek", "unit", "text"),
    [
        (934_000, "mnkr", "0,93"),
        (1_668_000, "mnkr", "1,67"),
        (5_000_000, "mnkr", "5,00"),
        (1_005_000, "mnkr", "1,01"),
        (-2_400_000, "mnkr", "-2,40"),
        (123_456_789, "mnkr", "123,46"),
        (1_234_567, "tkr", "1 235"),
        (1_650_001, "kr", "1 650 001"),
        (499, "tkr", "0"),
    ],
)
def test_format_in_unit(sek, unit, text):
    assert format_in_unit(sek, unit).replace(NBSP, " ") == text


def test_signed_steps():
    assert format_steps(5, "mnkr", signed=True) == "+0,05"
    assert format_steps(0, "mnkr", signed=True) == "0,00"
    assert rounded_steps(-5_000, "mnkr") == -1  # half away from zero


@pytest.mark.parametrize(
    ("sek", "margin"),
    [(2_600_000, 50_000), (850_000, 5_000), (2_000_000, 500_000), (1_234_000, 500), (1_650_001, 0), (0, 0)],
)
def test_hedge_margin_is_half_the_last_written_digit(sek, margin):
    assert hedge_margin(sek) == margin


def test_hedge_shows_only_when_it_can_change_the_rounded_value():
    assert hedge_shows(2_600_000, 50_000, "mnkr")  # 2,55-2,65: the second decimal is unknown
    assert not hedge_shows(1_234_000, 500, "mnkr")  # 1,2335-1,2345 is 1,23 either way
    assert hedge_shows(1_234_000, 500, "kr")
    assert not hedge_shows(2_600_000, 0, "kr")
