"""The pure amount parser: formats, units, hedges, brackets, distractors."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities.money import find_money, parse_amount

NBSP, THIN, NNBSP = "\u00a0", "\u2009", "\u202f"


@pytest.mark.parametrize(
    ("text", "sek", "approx"),
    [
        ("5 kr", 5, False),
        ("1 650 000 kr", 1_650_000, False),
        (f"1{NBSP}650{NBSP}000 kr", 1_650_000, False),
        (f"186{THIN}000 kronor", 186_000, False),
        (f"640{NNBSP}000 kr", 640_000, False),
        ("1.650.000 kr", 1_650_000, False),
        ("300 tkr", 300_000, False),
        ("1 714 tkr", 1_714_000, False),
        ("2,6 mnkr", 2_600_000, False),
        ("1,842 mnkr", 1_842_000, False),
        ("3,5 Mkr", 3_500_000, False),
        ("4 mkr", 4_000_000, False),
        ("1,5 MSEK", 1_500_000, False),
        ("2,5 miljoner kronor", 2_500_000, False),
        ("2 miljoner", 2_000_000, False),
        ("1 miljon", 1_000_000, False),
        ("1,3 mdkr", 1_300_000_000, False),
        ("2 miljarder", 2_000_000_000, False),
        ("SEK 700,000", 700_000, False),
        ("700,000 SEK", 700_000, False),
        ("SEK 1,250,000", 1_250_000, False),
        ("500 SEK", 500, False),
        ("500:-", 500, False),
        ("två miljoner kronor", 2_000_000, False),
        ("fyra miljoner", 4_000_000, False),
        ("en halv miljon", 500_000, False),
        ("tre och en halv miljon", 3_500_000, False),
        ("en miljon kronor", 1_000_000, False),
        ("femhundra tusen kronor", 500_000, False),
        ("ca 2,6 mnkr", 2_600_000, True),
        ("ca. 2,6 mnkr", 2_600_000, True),
        ("Ca 300 tkr", 300_000, True),
        ("cirka 100 miljoner kronor", 100_000_000, True),
        ("drygt 450 000 kronor", 450_000, True),
        ("knappt 1,2 Mkr", 1_200_000, True),
        ("nära 3 mnkr", 3_000_000, True),
        ("närmare 700 000 kr", 700_000, True),
        ("över 1 miljon kronor", 1_000_000, True),
        ("omkring 3 mnkr", 3_000_000, True),
        ("runt 5,5 mnkr", 5_500_000, True),
        ("ungefär 1 200 kronor", 1_200, True),
        ("cirka en miljon kronor", 1_000_000, True),
        # an amount is its size (the schema's sek >= 0); the sign stays in the text as written
        ("-0,3 mnkr", 300_000, False),
        ("−12 tkr", 12_000, False),
    ],
)
def test_parse_one_amount(text, sek, approx):
    assert parse_amount(text) == (sek, approx)


def test_text_as_written_includes_the_hedge():
    [m] = find_money("Utfallet blev ca 2,6 mnkr.")
    assert m.text == "ca 2,6 mnkr" and m.approx


def test_seed_sentence():
    found = find_money(
        "Det ekonomiska utfallet för projektet för 2018 bedöms uppgå till ca 2,6 mnkr jämfört med budget på 5,0 mnkr."
    )
    assert [(m.text, m.sek, m.approx) for m in found] == [
        ("ca 2,6 mnkr", 2_600_000, True),
        ("5,0 mnkr", 5_000_000, False),
    ]


def test_bracketed_prior_year_after_unit():
    found = find_money("Intäkterna blev 13,3 mnkr (12,7 mnkr) i år.")
    assert [(m.sek, m.prior_year) for m in found] == [(13_300_000, False), (12_700_000, True)]


def test_bracketed_prior_year_before_shared_unit():
    found = find_money("Kostnaderna var 13 326 (12 681) mnkr.")
    assert [(m.text, m.sek, m.prior_year) for m in found] == [
        ("13 326", 13_326_000_000, False),
        ("12 681", 12_681_000_000, True),
    ]


def test_unit_declared_for_following_figures():
    found = find_money("Projektets kostnader (tkr): material 450, arbete 610.")
    assert [m.sek for m in found] == [450_000, 610_000]


def test_bare_numbers_only_in_amount_fields():
    assert find_money("220 000") == []
    assert [m.sek for m in find_money("220 000", bare=True)] == [220_000]
    assert find_money("Klicka här för att ange text.", bare=True) == []


@pytest.mark.parametrize(
    "text",
    [
        "08-508 29 000",
        "070-123 45 67",
        "Dnr 1.5.3-219-2019",
        "2018-10-17",
        "17 oktober 2018",
        "152 kB",
        "2,4 MB",
        "12 %",
        "12 procent",
        "10 kameror",
        "120 armaturer",
        "år 2019",
        "Sida 1 (2)",
        "1,5 miljoner resenärer",
        "2 miljoner besök",
        "Fleminggatan 4, 112 26 Stockholm",
        "klockan 16.30",
        "2017–2019",
        "kapitel 3.2",
        "Kristallen 2",
        "SDN 2019/123",
        "Ring 08-508 29 000\nkr",
    ],
)
def test_distractors_are_not_money(text):
    assert find_money(text) == []


@pytest.mark.parametrize("text", ["08-508 29 000", "2019", "12 %", "Sida 1 (2)", "Dnr 1.5.3-219-2019", "070-123 45 67"])
def test_distractors_are_not_money_even_in_amount_fields(text):
    assert find_money(text, bare=True) == []


def test_unit_must_end_the_word():
    assert find_money("5 krukor och 3 sekunder") == []


def test_several_amounts_in_order():
    text = "Budget 900 tkr, utfall 912 tkr, avvikelse -12 tkr."
    assert [(m.text, m.sek) for m in find_money(text)] == [
        ("900 tkr", 900_000),
        ("912 tkr", 912_000),
        ("-12 tkr", 12_000),
    ]


def test_wrapped_line_between_hedge_number_and_unit():
    [m] = find_money("uppgick till ca\n2,6\nmnkr totalt")
    assert (m.sek, m.approx) == (2_600_000, True)
