"""Amount values of issue #11: ranges keep both bounds, spelled-out and
OCR-damaged figures, hedges, and digit runs that are several numbers."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities.money import find_money


def values(text: str) -> list[tuple[int, int | None, bool]]:
    return [(m.sek, getattr(m, "high", None), m.approx) for m in find_money(text)]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Det kostar mellan 10 och 20 miljoner kronor.", 10_000_000, 20_000_000),
        ("Budgeten är 2–3 mnkr.", 2_000_000, 3_000_000),
        ("Budgeten är 3,5 – 4 mnkr.", 3_500_000, 4_000_000),
        ("Mellan 200 000 och 250 000 kronor har använts.", 200_000, 250_000),
        ("Från 300 000 till 400 000 kr.", 300_000, 400_000),
    ],
)
def test_range_keeps_both_bounds(text, low, high):
    assert values(text) == [(low, high, False)]


def test_spelled_out_and_definite_forms():
    assert values("Nämnden satsar en kvarts miljon.") == [(250_000, None, False)]
    assert values("De 60 miljonerna fördelas.") == [(60_000_000, None, False)]
    assert values("Av de beviljade 100 000 kronorna.") == [(100_000, None, False)]


def test_ocr_split_group_is_never_zero():
    assert values("Utfallet blev 1260 000 kr.") == [(1_260_000, None, False)]
    assert values("Beviljat belopp 12500 000 kr.") == [(12_500_000, None, False)]
    assert all(m.sek != 0 for m in find_money("Summa 1 26 000 kr och 000 kr."))
    assert values("Kostnaden blev noll kronor.") == [(0, None, False)]


def test_a_year_before_a_number_is_not_joined():
    assert [m.sek for m in find_money("Under 2019 500 000 kr.")] == [500_000]


@pytest.mark.parametrize("hedge", ["nästan", "strax under", "strax över", "uppemot"])
def test_more_hedges(hedge):
    assert values(f"Kostnaden blev {hedge} 2 mnkr.") == [(2_000_000, None, True)]


def test_digit_groups_that_are_not_one_number():
    assert [m.sek for m in find_money("Kostnader (tkr): 450 300 120 800 900 200 700")] == [
        450_000,
        300_000,
        120_000,
        800_000,
        900_000,
        200_000,
        700_000,
    ]
    assert [m.sek for m in find_money("Kostnaden blev 1 650 000 kr.")] == [1_650_000]
