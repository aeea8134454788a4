"""The Swedish money formatter of the `bilagor amounts` table."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilagor.cli.money import NBSP, format_percent, format_sek


@pytest.mark.parametrize(
    "sek, text",
    [
        (0, "0 kr"),
        (4_500, "4 500 kr"),
        (850_000, "850 000 kr"),
        (999_999, "999 999 kr"),
        (1_000_000, "1,0 mnkr"),
        (2_600_000, "2,6 mnkr"),
        (5_000_000, "5,0 mnkr"),
        (1_650_000, "1,65 mnkr"),
        (1_842_000, "1,842 mnkr"),
        (1_650_001, "1 650 001 kr"),  # not whole thousands: exact kronor, never rounded
        (12_345_000_000, "12 345,0 mnkr"),
        (-2_400_000, "-2,4 mnkr"),
        (-50_000, "-50 000 kr"),
    ],
)
def test_format_sek(sek, text):
    assert format_sek(sek).replace(NBSP, " ") == text


def test_spaces_are_non_breaking_unless_asked():
    assert format_sek(850_000) == "850\u00a0000\u00a0kr"
    assert format_sek(850_000, sep=" ") == "850 000 kr"


def test_signed_deviation():
    assert format_sek(50_000, signed=True).replace(NBSP, " ") == "+50 000 kr"
    assert format_sek(0, signed=True).replace(NBSP, " ") == "0 kr"


@pytest.mark.parametrize(
    "value, text", [(-48.0, "-48,0 %"), (6.25, "+6,2 %"), (0.0, "0,0 %"), (-0.04, "0,0 %"), (None, "–")]
)
def test_format_percent(value, text):
    assert format_percent(value).replace(NBSP, " ") == text


def parse_swedish(text: str) -> int:
    """Read a formatted amount back (the inverse the formatter promises)."""
    text = text.replace(NBSP, " ")
    sign = -1 if text.startswith("-") else 1
    body = text.lstrip("+-")
    if body.endswith(" mnkr"):
        whole, decimals = body[: -len(" mnkr")].split(",")
        return sign * (int(whole.replace(" ", "")) * 1_000_000 + int(decimals.ljust(3, "0")) * 1000)
    assert body.endswith(" kr")
    return sign * int(body[: -len(" kr")].replace(" ", ""))


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_formatting_is_lossless(sek):
    assert parse_swedish(format_sek(sek)) == sek


@given(st.integers(min_value=0, max_value=10**12))
def test_unit_follows_the_rule(sek):
    text = format_sek(sek).replace(NBSP, " ")
    if sek >= 1_000_000 and sek % 1000 == 0:
        assert re.fullmatch(r"\d{1,3}( \d{3})*,\d{1,3} mnkr", text)
    else:
        assert re.fullmatch(r"\d{1,3}( \d{3})* kr", text)
