"""Role rules: the cue nearest an amount in its clause decides."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities import find_amounts
from bilagor.extractor.entities.roles import classify, find_cues, section_role, split_clauses


def roles(text: str, section: str | None = None) -> list[tuple[int, str]]:
    return [(a.sek, a.role) for a in find_amounts(text, section)]


def test_seed_sentence_cue_far_before_and_comparison_clause():
    text = (
        "Det ekonomiska utfallet för projektet för 2018 bedöms uppgå till ca 2,6 mnkr jämfört med budget på 5,0 mnkr."
    )
    assert roles(text) == [(2_600_000, "utfall"), (5_000_000, "budget")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Budgeten var 800 tkr.", "budget"),
        ("Det budgeterade beloppet är 800 tkr.", "budget"),
        ("De kalkylerade utgifterna var 800 tkr.", "budget"),
        ("Utfallet blev 800 tkr.", "utfall"),
        ("Kostnaden blev 800 tkr.", "utfall"),
        ("Projektet kostade 800 tkr.", "utfall"),
        ("Kostnaderna uppgick till 800 tkr.", "utfall"),
        ("Upparbetade kostnader är 800 tkr.", "utfall"),
        ("Nämnden beviljades 800 tkr.", "beviljat"),
        ("Projektet tilldelades 800 tkr.", "beviljat"),
        ("Beviljat belopp 800 tkr.", "beviljat"),
        ("Sökt belopp: 800 tkr.", "sokt"),
        ("Förvaltningen söker 800 tkr.", "sokt"),
        ("Nämnden ansöker om 800 tkr.", "sokt"),
        ("Prognosen är 800 tkr.", "prognos"),
        ("Avvikelsen är 800 tkr.", "avvikelse"),
        ("Budgetavvikelsen är 800 tkr.", "avvikelse"),
        ("Projektet visar ett överskott på 800 tkr.", "avvikelse"),
        ("Projektet visar ett underskott på 800 tkr.", "avvikelse"),
        # A thing done for a price is money spent (third round); a sentence with no cue stays annat.
        ("Belysningen har förbättrats för 800 tkr.", "utfall"),
        ("Beloppet 800 tkr nämns i bilagan.", "annat"),
    ],
)
def test_single_cue(text, expected):
    assert roles(text) == [(800_000, expected)]


def test_varav_is_never_a_total():
    text = "Kostnaden blev 1,1 mnkr, varav 300 tkr avser installation och 200 tkr projektledning."
    assert roles(text) == [(1_100_000, "utfall"), (300_000, "annat"), (200_000, "annat")]


def test_prior_year_in_brackets_is_annat():
    assert roles("Utfallet blev 13,3 mnkr (12,7 mnkr).") == [(13_300_000, "utfall"), (12_700_000, "annat")]
    assert roles("Kostnaderna var 13 326 (12 681) tkr.") == [(13_326_000, "utfall"), (12_681_000, "annat")]


def test_contrast_words_open_a_new_clause():
    assert roles("Utfallet blev 3,4 mnkr mot budgeterade 3,5 mnkr.") == [(3_400_000, "utfall"), (3_500_000, "budget")]
    assert roles("Nämnden beviljades 2 mnkr av sökta 3 mnkr.") == [(2_000_000, "beviljat"), (3_000_000, "sokt")]
    # A comparison without its own cue does not inherit "utfall".
    assert roles("Utfallet blev 2,6 mnkr jämfört med 3 mnkr året innan.") == [
        (2_600_000, "utfall"),
        (3_000_000, "annat"),
    ]


def test_comma_list_inherits_the_cue():
    text = "Kostnaderna fördelas enligt följande: belysning 1 200 000 kr, röjning 300 000 kr."
    assert roles(text) == [(1_200_000, "utfall"), (300_000, "utfall")]


def test_cue_phrase_is_not_split():
    assert roles("Avvikelsen mot kalkylerade utgifter är 120 tkr.") == [(120_000, "avvikelse")]
    assert roles("Utfallet blev 4,6 mnkr, vilket är 0,4 mnkr lägre än budget.") == [
        (4_600_000, "utfall"),
        (400_000, "avvikelse"),
    ]


def test_cue_beyond_another_amount_belongs_to_it():
    text = "Av den beviljade investeringen på 4 mnkr har 3,2 mnkr använts."
    assert roles(text) == [(4_000_000, "beviljat"), (3_200_000, "utfall")]


def test_section_gives_the_role_when_no_cue():
    assert roles("220 000", "sokt_belopp") == [(220_000, "sokt")]
    assert roles("1,5 mnkr", "sokt_belopp") == [(1_500_000, "sokt")]
    assert section_role("ekonomiskt_utfall") is None
    # the rules' own section step: a figure with no word is annat, a cost line (a thing bought and its
    # price, role_cost_lines) the outcome
    rules = find_amounts("Belysningen 1,5 mnkr.", "ekonomiskt_utfall", role_decision="rules")
    assert [(a.sek, a.role) for a in rules] == [(1_500_000, "utfall")]
    rules = find_amounts("Föreningen stod själv för 1,5 mnkr.", "ekonomiskt_utfall", role_decision="rules")
    assert [(a.sek, a.role) for a in rules] == [(1_500_000, "annat")]


def test_classify_is_pure_over_offsets():
    sentence = "Budget 5 mnkr och utfall 4 mnkr."
    spans = [(7, 13), (25, 31)]
    assert [classify(sentence, s, spans) for s in spans] == ["budget", "utfall"]
    assert classify(sentence, spans[0], spans, prior_year=True) == "annat"


def test_clauses_and_cues():
    text = "Utfallet blev 2 mnkr jämfört med budget på 3 mnkr, varav 1 mnkr kameror."
    cues = find_cues(text)
    assert [c.role for c in cues] == ["utfall", "utfall", "budget", "annat"]  # "blev" is a copula cue
    clauses = split_clauses(text, cues)
    assert [text[c.start : c.end].strip() for c in clauses] == [
        "Utfallet blev 2 mnkr",
        "jämfört med budget på 3 mnkr",
        "varav 1 mnkr kameror.",
    ]
    assert [c.contrast for c in clauses] == [False, True, False]
