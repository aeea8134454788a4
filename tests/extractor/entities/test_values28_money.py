"""The twenty-eighth round's value classes (docs/benchmarks.md, "Amount roles: amounts not found …"): figures the
money finder missed or took as money on the burned sets, each class in new wording (tests/data/roles/tuning29.jsonl)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bilagor.extractor.entities.money import find_money, ordinal_prefix
from bilagor.extractor.entities.money_lists import parts_summing_to


def _values(text: str) -> list[int]:
    return [m.sek for m in find_money(text)]


# A list whose figures add up exactly to the figure after it: the parts are money in the total's unit, across a
# sentence or line break, and a bare total line under label lines is their total.
@pytest.mark.parametrize(
    ("text", "sek"),
    [
        ("Scen 18 000, tält 6 500, vakter 9 200. Summa 33 700 kr.", [18_000, 6_500, 9_200, 33_700]),
        ("Material 42 000\nArbete 97 000\nFrakt 3 600\n142 600", [42_000, 97_000, 3_600, 142_600]),
        ("Utgifter (kr)\n15 500\n4 200\n980\nTotalt 20 680", [15_500, 4_200, 980, 20_680]),
        ("Kalk 1,2, sand 0,8. Totalt 2,0 mnkr.", [1_200_000, 800_000, 2_000_000]),
    ],
)
def test_parts_that_sum_to_the_total_are_money(text: str, sek: list[int]) -> None:
    assert _values(text) == sek


@pytest.mark.parametrize(
    "text",
    [
        "Material 42 000\nArbete 97 000\nFrakt 3 600\n142 700",  # no exact sum: a bare line stays out
        "Deltagare 1 200\nLedare 300\n1 500",  # counts, even when they add up
    ],
)
def test_no_sum_no_parts(text: str) -> None:
    assert _values(text) == []


def test_a_part_that_counts_makes_the_sum_a_chance() -> None:
    text = "Renoveringen av 12 lekplatser har kostat 28 miljoner kronor. Budgeten är 40 miljoner kronor."
    assert _values(text) == [28_000_000, 40_000_000]


def test_parts_summing_to_stops_at_a_blank_line_and_skips_years() -> None:
    text = "Hyra 5 000\n\nLjud 2025 3 000\nLjus 2 000\n5 000"
    start = text.rindex("5 000")
    assert [text[a:b] for a, b in parts_summing_to(text, start, Decimal(5000))] == ["3 000", "2 000"]


# A stage's or a year's number before a figure in groups of three is no part of it.
@pytest.mark.parametrize(
    ("text", "sek"),
    [
        ("Etapp 1 kostade 560 000 kronor och etapp 2 340 000 kronor.", [560_000, 340_000]),
        ("Fas 2 beräknas till 275 000 kr, fas 3 120 000 kr.", [275_000, 120_000]),
        ("Under år 1 gick 90 000 kr åt och under år 2 45 000 kr.", [90_000, 45_000]),
        ("I år 2 640 000 kronor, förra året mindre.", [2_640_000]),  # "i år" numbers no year
        ("Etapp 2 000 000 kr", [2_000_000]),  # the rest would start with 0: one figure
        ("varav stadsdelsnämndens del 1 450 000 kr", [1_450_000]),  # a share ("del") numbers nothing
    ],
)
def test_an_ordinal_before_a_grouped_figure(text: str, sek: list[int]) -> None:
    assert _values(text) == sek


def test_ordinal_prefix_is_the_group_and_its_space() -> None:
    text = "etapp 12 450 000 kr"
    assert ordinal_prefix(text, 6, "12 450 000") == 3
    assert ordinal_prefix("per år 2 450 000 kr", 7, "2 450 000") == 0


# A stage's number under a declared unit is no figure ("Etapp 2, prognos: 35" under "(mnkr)").
def test_a_stage_number_under_a_declared_unit() -> None:
    text = "Läget i juni (mnkr)\nEtapp 1, utfall: 21\nEtapp 2, prognos: 35"
    assert _values(text) == [21_000_000, 35_000_000]


# A year that ends a label before its figure is not the head of a longer number.
@pytest.mark.parametrize(
    ("text", "sek"),
    [
        ("Budget 2024 95 000\nUtfall 2024 91 300", [95_000, 91_300]),
        ("Anslag 2026\t420 000\nUtfall 2026\t433 750", [420_000, 433_750]),
        ("Driftredovisning (tkr)\nBudget 2025 1 200\nPrognos 2025 1 180", [1_200_000, 1_180_000]),
    ],
)
def test_a_year_ending_a_label(text: str, sek: list[int]) -> None:
    assert _values(text) == sek


# A unit declared in a heading line with words after it, or in words ("tusental kronor"), holds for the lines
# under it.
@pytest.mark.parametrize(
    ("text", "sek"),
    [
        ("Fritidsgårdarnas ekonomi (tkr) enligt tertialrapporten\nBudget 5 400\nUtfall 5 910", [5_400_000, 5_910_000]),
        (
            "Alla belopp anges i tusental kronor.\nProjekt | Budget | Prognos\nBadhuset | 4 800 | 5 050",
            [4_800_000, 5_050_000],
        ),
        ("Tabellen visar tusental kronor.\nPost | Kalkyl | Utfall\nMark | 950 | 1 020", [950_000, 1_020_000]),
    ],
)
def test_a_unit_declared_by_a_heading_or_in_words(text: str, sek: list[int]) -> None:
    assert _values(text) == sek


def test_a_sentence_with_a_unit_and_a_figure_is_no_heading() -> None:
    # the declaration's own line has a figure: its scope stays that sentence
    assert _values("Kostnaden (tkr) blev 450.\nVi var 1 200") == [450_000]


# A count in brackets in a table row's label is what was bought, not what the row counts.
def test_a_bracketed_count_in_a_row_label() -> None:
    text = "Post | Budget | Utfall\nBänkar (4 st) | 22 000 | 23 600\nMontering | 9 000 | 8 100"
    assert _values(text) == [22_000, 23_600, 9_000, 8_100]
