"""Seventh round of amount roles (issue #11): one test per class of phrasing that
failed on the dev halves of the burned sixth sets (heldout6_dev,
heldout6_public_dev; tests/roles_scoring.py HALF_SPLITS), each written in other
words than the corpus texts, with controls where the rule must not fire.

The conventions are the held-out writers' (tests/data/roles/README.md).
"""

from __future__ import annotations

import pytest

from bilagor.extractor.entities import find_amounts


def roles(text: str, section: str | None = None) -> list[tuple[int, str]]:
    return [(a.sek, a.role) for a in find_amounts(text, section, role_decision="rules")]


FOLLOW_UP = "ekonomiskt_utfall"
APPLICATION = "sokt_belopp"


# A. "A av B": a share of a whole. B is the whole the share is taken of (the base noun of the share,
# "av budgeten", names it; else it is the plan), A is the clause's own figure, not the base's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Utgifterna blev ungefär två tredjedelar av budgeten, 200 000 kr av 300 000 kr.",
            [(200000, "utfall"), (300000, "budget")],
        ),
        (
            "Vi har förbrukat omkring 80 procent av budgeten, alltså 96 tkr av 120 tkr.",
            [(96000, "utfall"), (120000, "budget")],
        ),
        # control: a whole with its own word keeps it
        ("Av beviljade 90 000 kr har 85 000 kr använts.", [(90000, "beviljat"), (85000, "utfall")]),
    ],
)
def test_a_share_of_a_whole_names_the_whole_by_its_base(text, expected):
    assert roles(text, FOLLOW_UP) == expected


# B. The verb of a part's own clause decides; a clause after it ("eftersom föreningen stod för …") is
# about something else.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Av de beviljade 200 000 kr har 150 000 kr använts, eftersom föreningen stod för materialet.",
            [(200000, "beviljat"), (150000, "utfall")],
        ),
        # control: paid by someone else in the part's own clause
        (
            "Av totalkostnaden på 400 000 kr betalade bostadsbolaget 120 000 kr.",
            [(400000, "utfall"), (120000, "annat")],
        ),
    ],
)
def test_a_part_is_read_in_its_own_clause(text, expected):
    assert roles(text, FOLLOW_UP) == expected


# C. A subject with its copula right before the amount ("då kalkylen var X") names it, whatever a
# stronger cue of another clause says.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vi redovisar ingen avvikelse mot budget då kalkylen var 420 000 kr.", [(420000, "budget")]),
        ("Något överskott uppstod inte eftersom kostnaden blev 80 000 kr.", [(80000, "utfall")]),
        # controls: the subject is itself the deviation; a fronted frame still governs
        ("Budgetavvikelsen blev 30 000 kr.", [(30000, "avvikelse")]),
        ("Enligt prognosen blir kostnaden 2,1 mnkr.", [(2100000, "prognos")]),
    ],
)
def test_the_subject_of_the_amounts_copula_names_it(text, expected):
    assert roles(text, FOLLOW_UP) == expected


# D. A comparison ("dyrare än planerat") is said of its own subject: a verb between it and the amount
# governs the amount.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eftersom entreprenaden blev dyrare än planerat kostade upprustningen till slut 540 000 kr.",
            [(540000, "utfall")],
        ),
        # controls: the comparison bound to the amount, or the amount right after the comparison
        ("Projektet kostade 40 000 kr mer än budgeterat.", [(40000, "avvikelse")]),
        ("Det blev 25 000 kr dyrare än planerat.", [(25000, "avvikelse")]),
    ],
)
def test_a_verb_between_a_comparison_and_the_amount_governs(text, expected):
    assert roles(text, FOLLOW_UP) == expected


# E. Money someone has "att använda", "att fördela" is what they had to spend: a budget.
@pytest.mark.parametrize(
    ("text", "section", "expected"),
    [
        (
            "Arbetet kostade 58 000 kr och föreningen hade 60 000 kr att använda.",
            FOLLOW_UP,
            [(58000, "utfall"), (60000, "budget")],
        ),
        ("Fritidsgården har fått 90 000 kronor att fördela mellan ungdomarnas förslag.", None, [(90000, "budget")]),
        # control: what something cost to do is what it cost
        ("Det kostade 31 000 kronor att laga stängslet.", FOLLOW_UP, [(31000, "utfall")]),
    ],
)
def test_money_to_spend_is_the_budget(text, section, expected):
    assert roles(text, section) == expected


# F. A cue right before another amount is that amount's ("budget 60 000 kr använt 57 500 kr").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("budget 60 000 kr använt 57 500 kr", [(60000, "budget"), (57500, "utfall")]),
        ("beviljat 45 000:- förbrukat 44 100:- rest 900:-", [(45000, "beviljat"), (44100, "utfall"), (900, "annat")]),
    ],
)
def test_a_cue_right_before_another_amount_is_that_amounts(text, expected):
    assert roles(text, FOLLOW_UP) == expected


# G. What is left of a budget is money left over; an amount as the subject of a perfect ("har X kr
# belastat projektet") was spent, whatever the verb.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Återstående budget, 40 000 kr, förs över till nästa år.", [(40000, "annat")]),
        ("Hittills har 64 000 kr belastat kontot för projektet.", [(64000, "utfall")]),
        # control: work still to do is a forecast
        ("Återstående arbeten beräknas kosta 50 000 kr.", [(50000, "prognos")]),
    ],
)
def test_left_of_a_budget_and_a_perfect_with_the_amount_as_subject(text, expected):
    assert roles(text, FOLLOW_UP) == expected


# H. A fronted source that is a plan ("Enligt ansökan …") holds the clause: the plan's figure.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Enligt ansökan skulle arbetet kosta 90 000 kr. Det kostade till slut 84 000 kr.",
            [(90000, "budget"), (84000, "utfall")],
        ),
        # control: "enligt plan" after the figure says the outcome met the plan
        ("Utfallet blev 70 000 kr, helt enligt plan.", [(70000, "utfall")]),
    ],
)
def test_a_fronted_plan_source_names_the_budget(text, expected):
    assert roles(text, FOLLOW_UP) == expected


# I. Sources of funding that add up to the budget beside them are its parts.
def test_funding_parts_of_a_budget_total_are_parts():
    text = (
        "Bidrag från trygghetsutskottet om 400 000 kronor och egna medel om 100 000 kronor gav en samlad budget "
        "på 500 000 kronor."
    )
    assert roles(text, FOLLOW_UP) == [(400000, "annat"), (100000, "annat"), (500000, "budget")]
    # control: an outcome and a deviation that add up to the budget are not its parts
    assert roles("Budget 100 000 kr, utfall 80 000 kr, avvikelse 20 000 kr.", FOLLOW_UP) == [
        (100000, "budget"),
        (80000, "utfall"),
        (20000, "avvikelse"),
    ]


# J. Whom money comes from: a city body in the genitive is the city; a co-funder before its verb
# ("bidrar bostadsbolaget med X") is co-funding.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Förvaltningen föreslår att nämnden ansöker om 400 000 kronor ur kommunstyrelsens investeringsmedel.",
            [(400000, "sokt")],
        ),
        ("Vi söker 500 tkr. Därutöver bidrar bostadsbolaget med 80 tkr.", [(500000, "sokt"), (80000, "annat")]),
    ],
)
def test_funders_in_an_application(text, expected):
    assert roles(text, APPLICATION) == expected


# K. Deviation words: "över fastställd budget", "fördyrat … med X".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Två av projekten ligger över fastställd budget, sammanlagt med 12 mnkr.", [(12000000, "avvikelse")]),
        ("Förseningarna har fördyrat bygget med 3 mnkr.", [(3000000, "avvikelse")]),
        ("Fördyringen blev 200 000 kronor.", [(200000, "avvikelse")]),
    ],
)
def test_deviation_words(text, expected):
    assert roles(text) == expected


# L. A calculated cost after a sentence that applies for money is the application's budget in an application's own
# sections; in public text it stays the forecast (the twenty-eighth round's settled row, tests/data/roles/README.md:
# it was `budget` here).
def test_a_calculated_cost_after_an_application_is_its_budget():
    text = "Föreningen har ansökt om stöd till en ny lekplats. Kostnaden beräknas till 900 000 kronor."
    assert roles(text) == [(900000, "prognos")]
    # control: without an application it is a forecast
    assert roles("Arbetet pågår. Kostnaden beräknas till 900 000 kronor.") == [(900000, "prognos")]


# M. "ett belopp av X" binds the amount to its noun like "på"/"om": no contrast.
def test_a_measure_noun_with_av_binds_the_amount():
    text = "Nämnden har tagit emot 40 ansökningar om ett sammanlagt belopp av 2,5 mnkr."
    assert roles(text) == [(2500000, "sokt")]


# N. A most or least per applicant or unit is no total.
@pytest.mark.parametrize(
    "text",
    ["Högsta bidrag per förening är 20 000 kronor.", "Stödbeloppet per ansökan är högst 25 000 kronor."],
)
def test_an_amount_per_unit_is_no_total(text):
    assert [role for _, role in roles(text)] == ["annat"]


# P. A noun bound to the amount before ("X i budget") is that amount's, not the next clause's; an amount
# alone right after a comparison ("Jämfört med kalkylen, X, …") is what the comparison names.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Insatsen hade 90 000 kr i budget och landade på 87 500 kr.", [(90000, "budget"), (87500, "utfall")]),
        (
            "Slutkostnaden blev 612 000 kr. Jämfört med kalkylen, 600 000 kr, är det en liten avvikelse.",
            [(612000, "utfall"), (600000, "budget")],
        ),
        # control: a comparison with no noun, then the figure, restates the subject's figure
        ("Den verkliga kostnaden blev lägre än så, 91 000 kronor.", [(91000, "utfall")]),
    ],
)
def test_a_noun_bound_to_another_amount_and_an_amount_after_a_comparison(text, expected):
    assert roles(text, FOLLOW_UP) == expected
