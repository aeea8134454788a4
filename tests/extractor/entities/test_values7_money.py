"""Amount values, seventh round: the value misses of the burned sets (heldout6's dev halves, heldout5
and older, the round-six value sets), as classes, in sentences written for these tests.

Each class failed on the parser before this round's fixes (seen failing); the guards (counts, dates,
phone numbers, years beside the new readings) passed before and must keep passing."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities.money import find_money


def sek(text: str) -> list[int]:
    return [m.sek for m in find_money(text)]


def approx(text: str) -> list[bool]:
    return [m.approx for m in find_money(text)]


# --- written-out numbers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Slutnotan landade på tre miljoner fyrahundratusen kronor.", [3_400_000]),
        ("Vi fick en miljon femhundratusen kronor av nämnden.", [1_500_000]),
        ("Projektet kostade två miljoner sjuhundrafemtiotusen kronor.", [2_750_000]),
    ],
)
def test_millions_and_thousands_written_out_are_one_amount(text, expected):
    assert sek(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ombyggnaden kostade en dryg halv miljon.", [500_000]),
        ("Vi räknar med en knapp miljon för hela arbetet.", [1_000_000]),
        ("Det gick åt en god halv miljon kronor.", [500_000]),
    ],
)
def test_a_hedge_inside_a_written_out_amount_is_a_hedged_amount(text, expected):
    assert sek(text) == expected
    assert approx(text) == [True]


def test_thousands_in_words_in_a_clause_about_money_are_kronor():
    assert sek("Av de fyrtiotusen som beviljades finns ingenting kvar.") == [40_000]


def test_thousands_in_words_counting_people_stay_a_count():
    assert sek("Av de fyrtiotusen besökarna kom hälften på helgen.") == []


# --- bare figures whose clause is about money ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pengarna räckte gott. Fick 60 000, använde 48 250.", [60_000, 48_250]),
        ("Vi hade räknat med 250 000 men det blev betydligt mer: slutsumman blev 410 000 kronor.", [250_000, 410_000]),
        ("Anvisat 150 000, använt 142 300, kvar 7 700.", [150_000, 142_300, 7_700]),
    ],
)
def test_bare_grouped_figures_after_a_verb_that_moves_money_are_kronor(text, expected):
    assert sek(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vi fick 1 200 svar på enkäten och använde 3 500 flygblad.",
        "Fick 2 400 besökare under sommaren.",
        "Vi räknade med 1 500 deltagare.",
    ],
)
def test_bare_figures_that_count_things_stay_counts(text):
    assert sek(text) == []


def test_a_dash_between_two_labelled_figures_is_no_range():
    assert sek("Budget 95 000 – utfall 101 400.") == [95_000, 101_400]


def test_a_figure_before_a_dash_and_a_figure_is_still_no_money_alone():
    # "08-123 45 67" style and "12 000-15 000 besökare": a dash straight to a figure stays a range or a number
    assert sek("Ring 08-508 000 00 om budgeten.") == []


# --- a list whose unit follows its last figure -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tre anbud kom in: 212 000, 236 500 och 251 000 kronor.", [212_000, 236_500, 251_000]),
        ("Etapperna kostade 1,2, 0,8 respektive 2,1 mnkr.", [1_200_000, 800_000, 2_100_000]),
        ("Anbuden låg på 90 000 eller 110 000 kr.", [90_000, 110_000]),
    ],
)
def test_the_unit_after_the_last_figure_of_a_list_holds_for_each(text, expected):
    assert sek(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Åren 2021, 2022 och 2023 kostade driften 40 000 kr.", [40_000]),
        ("Vi satte upp 12, 14 och 20 lampor för 300 000 kr.", [300_000]),
    ],
)
def test_years_and_counts_listed_before_an_amount_are_not_money(text, expected):
    assert sek(text) == expected


# --- units declared for a table or a list ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Driftsammanställning, mnkr. Kultur: budget −1 204, prognos −1 230, avvikelse −26. "
            "Fritid: budget 812, prognos 799.",
            [1_204_000_000, 1_230_000_000, 26_000_000, 812_000_000, 799_000_000],
        ),
        (
            "Investeringsredovisning, tkr: Budget 18 400 / Utfall 17 950 / Avvikelse 450.",
            [18_400_000, 17_950_000, 450_000],
        ),
        ("Sammanställning (mdkr): budget 1,2, utfall 1,1.", [1_200_000_000, 1_100_000_000]),
        ("Kostnader (kkr): material 45, arbete 120.", [45_000, 120_000]),
    ],
)
def test_a_unit_heading_a_line_holds_for_its_figures(text, expected):
    assert sek(text) == expected


def test_a_total_line_after_a_list_under_a_declared_unit_keeps_the_unit():
    text = "Investeringar per område (mnkr): Skolor 104,2, Parker 33,5. Summa 137,7 mot budgeterade 150,0."
    assert sek(text) == [104_200_000, 33_500_000, 137_700_000, 150_000_000]


def test_a_sentence_after_a_declared_list_that_is_no_total_line_keeps_its_own_units():
    text = "Kostnader (tkr): material 450, arbete 300. Vi fick 20 000 kr från föreningen."
    assert sek(text) == [450_000, 300_000, 20_000]


def test_a_unit_line_under_a_table_holds_for_the_table_above_it():
    text = "Budget | Utfall | Avvikelse\n640 | 655 | -15\n(tkr)"
    assert sek(text) == [640_000, 655_000, 15_000]


def test_a_unit_line_under_a_table_leaves_a_paragraph_above_a_blank_line():
    text = "Vi var 45 deltagare.\n\nBudget | Utfall\n640 | 655\n(tkr)"
    assert sek(text) == [640_000, 655_000]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Budget och utfall per åtgärd (kr)\nBelysning 310 000 298 400\nStaket 80 000 82 500",
            [310_000, 298_400, 80_000, 82_500],
        ),
        ("Tabell 3 (kr)\nKameror 120 000 131 000", [120_000, 131_000]),
    ],
)
def test_two_columns_of_kronor_in_a_row_are_two_amounts(text, expected):
    assert sek(text) == expected


# --- an amount whose unit the sentence gave just before -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Renoveringen kostade 7,4 miljoner, jämfört med budgeterade 6,9.", [7_400_000, 6_900_000]),
        ("Utfallet blev 2,3 mnkr mot en budget på 2,5.", [2_300_000, 2_500_000]),
    ],
)
def test_a_decimal_figure_after_an_amount_in_millions_takes_its_unit(text, expected):
    assert sek(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Renoveringen kostade 7,4 miljoner och tog 2,5 år.",
        "Utfallet blev 2,3 mnkr, en ökning med 4,5 procent.",
        "Bidraget var 1,2 mnkr för 3,5 kilometer gångväg.",
        "Avvikelsen är 2,8 mnkr jämfört med prognosen efter tertial 1.",
        "Nämnden söker 3,5 mnkr för kostnader under covid-19.",
    ],
)
def test_a_decimal_figure_that_measures_something_else_is_not_money(text):
    assert len(sek(text)) == 1


# --- split digit groups ---------------------------------------------------------------------------


def test_an_ocr_space_moved_inside_a_million_is_joined():
    assert sek("Utfallet blev 14 75 000 kr.") == [1_475_000]


def test_a_one_digit_count_before_a_price_is_not_joined():
    assert sek("Vi köpte 3 25 000 kr skyltar.") == [25_000]
