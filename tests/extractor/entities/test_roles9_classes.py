"""Ninth round of amount roles (issue #11): one test per class of phrasing that failed on the dev halves
of the burned eighth sets (heldout8_dev, heldout8_public_dev) and on tuning20, each in other words than
the corpus texts, with controls where the rule must not fire.

The conventions are the held-out writers' (tests/data/roles/README.md).
"""

from __future__ import annotations

import pytest

from bilagor.extractor.entities import find_amounts


def roles(text: str, section: str | None = None) -> list[tuple[int, str]]:
    return [(a.sek, a.role) for a in find_amounts(text, section, role_decision="rules")]


FOLLOW_UP = "ekonomiskt_utfall"
APPLICATION = "kostnadsberakning"


# A. A surplus said as a plus or minus, or a result measured against the budget, is a deviation; a bare
# result of a whole body is what it came to.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fritidsgården gick med ett plus på 12 000 kr i år.", [(12000, "avvikelse")]),
        ("Det blev ett minus på 1,4 mnkr för miljönämnden.", [(1400000, "avvikelse")]),
        ("Socialnämnden redovisar ett resultat på -6,1 mnkr mot budget.", [(6100000, "avvikelse")]),
        ("Förvaltningens resultat på 2 mnkr i förhållande till budget beror på vakanser.", [(2000000, "avvikelse")]),
        # control: a municipality's result alone is the outcome
        ("Kommunens resultat för året uppgick till 48 mnkr.", [(48000000, "utfall")]),
    ],
)
def test_result_against_budget(text, expected):
    assert roles(text) == expected


# B. "X mer/mindre i <noun> än <plan>": a difference against the plan, with the noun between.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Regionen får 2,2 mnkr mindre i riktade statsbidrag än budgeterat.", [(2200000, "avvikelse")]),
        ("Vi betalade 4 500 kr mer i hyra än vi hade räknat med.", [(4500, "avvikelse")]),
        # control: more than last year is a change, not a deviation
        ("Föreningen fick 20 000 kr mer i bidrag än i fjol.", [(20000, "annat")]),
    ],
)
def test_more_or_less_in_noun_than_plan(text, expected):
    assert roles(text) == expected


# C. The distributor's pot and the largest (or smallest) single share: the share is no grant of the text's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nämnden fördelar 900 000 kronor i lovstöd. Störst belopp går till Rinkeby IF, 85 000 kronor.",
            [(900000, "beviljat"), (85000, "annat")],
        ),
        (
            "Sammanlagt delades 2 miljoner kronor ut. Minst fick en schackklubb: 8 000 kronor.",
            [(2000000, "beviljat"), (8000, "annat")],
        ),
        # control: a recipient's grant stays a grant
        ("Kören får 40 000 kronor i bidrag av kulturnämnden.", [(40000, "beviljat")]),
    ],
)
def test_largest_single_share(text, expected):
    assert roles(text) == expected


# D. Gains on a sale are no cost or grant, whatever the verb (income: the annotators disagree, left as it was).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vid försäljningen av marken uppstod en realisationsvinst på 4 miljoner kronor.", [(4000000, "annat")]),
        ("Bolaget gjorde en reavinst på 18 miljoner kronor på försäljningen.", [(18000000, "annat")]),
        # control: an income line below budget is a deviation
        ("Intäkterna blev 30 000 kr lägre än budgeterat.", [(30000, "avvikelse")]),
    ],
)
def test_income_and_gains(text, expected):
    assert roles(text) == expected


# E. A price per unit or period is no total, also after a verb of doing ("hyrdes för X per månad").
@pytest.mark.parametrize(
    ("text", "section", "expected"),
    [
        ("Containern hyrdes för 1 900 kr per månad i ett halvår.", FOLLOW_UP, [(1900, "annat")]),
        ("Det kostar 310 kronor i timmen att hyra isen.", None, [(310, "annat")]),
        ("Ombyggnaden kostar 640 000 kronor per lägenhet.", None, [(640000, "annat")]),
        ("Vi söker 25 000 kr per termin.", "sokt_belopp", [(25000, "annat")]),
        # control: what was hired for a total is spent
        ("Containern hyrdes för 11 400 kr.", FOLLOW_UP, [(11400, "utfall")]),
    ],
)
def test_price_per_unit(text, section, expected):
    assert roles(text, section) == expected


# F. Money saved per year runs, whoever expects it ("räknar med att spara X per år").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Förvaltningen räknar med att spara 350 000 kronor om året på nya avtal.", [(350000, "annat")]),
        ("Med solceller sparar skolan cirka 90 000 kr per år.", [(90000, "annat")]),
        # control: a forecast of a cost stays a forecast
        ("Förvaltningen räknar med att bygget kostar 3 miljoner kronor.", [(3000000, "prognos")]),
    ],
)
def test_saving_per_year(text, expected):
    assert roles(text) == expected


# G. Spent or planned, told by the verb: a past active investment is spent; "ska <verb>as för X" is
# planned; "skulle ha kostat X" is the plan that did not hold.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stiftelsen investerade 14 miljoner kronor i nya hissar under året.", [(14000000, "utfall")]),
        ("Den nya skateparken ska byggas för 5,5 miljoner kronor.", [(5500000, "budget")]),
        ("Bryggan skulle ha kostat 900 000 kronor.", [(900000, "budget")]),
        # controls: a plan to invest, money invested in the perfect
        ("Bolaget planerar att investera 30 miljoner kronor.", [(30000000, "budget")]),
        ("Hittills har 2 miljoner kronor investerats.", [(2000000, "utfall")]),
    ],
)
def test_spent_or_planned_by_verb(text, expected):
    assert roles(text) == expected


# H. A budget changed from one figure to another: the old figure is superseded, the new one the budget.
@pytest.mark.parametrize(
    ("text", "section", "expected"),
    [
        (
            "Budgeten justerades i oktober från 60 000 kr till 72 000 kr.",
            FOLLOW_UP,
            [(60000, "annat"), (72000, "budget")],
        ),
        (
            "Investeringsbudgeten för badet sänktes från 90 miljoner kronor till 82 miljoner kronor.",
            None,
            [(90000000, "annat"), (82000000, "budget")],
        ),
        # a change to come: the old level `annat`, the new one the coming year's budget (the twenty-seventh round's
        # settled conventions; this control had both as budgets); control: two budgets with no change between them
        ("Anslaget minskar nästa år från 3 mnkr till 2,5 mnkr.", None, [(3000000, "annat"), (2500000, "budget")]),
        (
            "Budgeten var 40 000 kr för våren och 35 000 kr för hösten.",
            FOLLOW_UP,
            [(40000, "budget"), (35000, "budget")],
        ),
    ],
)
def test_budget_changed_from_to(text, section, expected):
    assert roles(text, section) == expected


# I. A forecast told in the past and overtaken in the same sentence by the outcome is no figure of its own.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prognosen i juni låg på 410 000 kr, men utfallet blev 398 000 kr.",
            [(410000, "annat"), (398000, "utfall")],
        ),
        # control: a forecast alone stays a forecast
        ("Prognosen i juni låg på 410 000 kr.", [(410000, "prognos")]),
    ],
)
def test_forecast_overtaken(text, expected):
    assert roles(text) == expected


# J. A thing done for a price with its object between the verb and "för" is money spent.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Under hösten avropades städtjänster för 2,3 miljoner kronor.", [(2300000, "utfall")]),
        ("Förvaltningen har asfalterat tre gångvägar för sammanlagt 1,6 miljoner kronor.", [(1600000, "utfall")]),
        # controls: a verb of planning keeps the plan; "att" is no verb; a time is no object
        ("Nämnden har reserverat medel för 400 000 kronor.", [(400000, "budget")]),
        ("Offerten visar att bygget kan göras för 700 000 kr.", [(700000, "prognos")]),
    ],
)
def test_done_with_object_for_price(text, expected):
    assert roles(text) == expected


# K. Money carried over to next year and a deviation's change are no figure of their own.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nämnden vill föra över 2 mnkr till nästa år.", [(2000000, "annat")]),
        ("Skolan begär att få föra över drygt 1 mnkr till kommande år.", [(1000000, "annat")]),
        ("Underskottet har ökat med 1,8 mnkr sedan augusti.", [(1800000, "annat")]),
        # control: a cost that increased by an amount is still a deviation
        ("Kostnaderna har ökat med 1,8 mnkr jämfört med budget.", [(1800000, "avvikelse")]),
    ],
)
def test_damages_carried_over_and_changes(text, expected):
    assert roles(text) == expected


# M. A signed result against the budget, and a noun phrase of a few words between "i" and "än".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kulturnämnden redovisar ett resultat på +1,3 mnkr mot budget.", [(1300000, "avvikelse")]),
        ("Kommunen får 1,5 mnkr mindre i bidrag för ensamkommande barn än beräknat.", [(1500000, "avvikelse")]),
    ],
)
def test_signed_result_and_longer_noun(text, expected):
    assert roles(text) == expected


# N. A decision as the subject states the budget it set: "Beslutet från 2022 gällde X".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nämndens beslut i mars gällde 3,4 mnkr.", [(3400000, "budget")]),
        ("Fullmäktigebeslutet omfattade 75 miljoner kronor.", [(75000000, "budget")]),
        # control: a decision about a grant names the grant
        ("Beslutet om bidrag på 80 000 kronor togs i maj.", [(80000, "beviljat")]),
    ],
)
def test_decision_as_subject(text, expected):
    assert roles(text) == expected


# O. "<a funder> har stått för X": a co-funder's part, not money spent by the verb "stått".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ombyggnaden kostade 12 mnkr, varav regionen har stått för 4 mnkr.",
            [(12000000, "utfall"), (4000000, "annat")],
        ),
        # control: a thing done for a price is still spent
        ("Fasaden målades för 4 mnkr.", [(4000000, "utfall")]),
    ],
)
def test_co_funder_stood_for(text, expected):
    assert roles(text) == expected


# P. A municipality's tax income and general state grants are its income, no grant to the thing followed up.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Skatteintäkter och generella statsbidrag uppgick till 1 480 miljoner kronor.", [(1480000000, "annat")]),
        ("De generella statsbidragen blev 212 mnkr.", [(212000000, "annat")]),
        # control: a targeted state grant to a project is a grant
        ("Projektet fick 600 000 kronor i statsbidrag.", [(600000, "beviljat")]),
    ],
)
def test_tax_income_and_general_grants(text, expected):
    assert roles(text) == expected


# Q. "varav X söks från <a city body>": the part asked for in the form is what is sought.
@pytest.mark.parametrize(
    ("text", "section", "expected"),
    [
        (
            "Projektet kostar 400 000 kr, varav 250 000 kr söks från stadsdelsnämnden.",
            "finansiering",
            [(400000, "budget"), (250000, "sokt")],
        ),
        # control: a part paid by another is a part
        (
            "Projektet kostar 400 000 kr, varav 150 000 kr betalas av föreningen.",
            "finansiering",
            [(400000, "budget"), (150000, "annat")],
        ),
    ],
)
def test_part_asked_for(text, section, expected):
    assert roles(text, section) == expected


# R. "I augusti prognostiserade vi X": a time and a verb, not the frame "i prognosen"; the outcome after "men"
# keeps its role.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I maj prognostiserade föreningen 64 000 kr, men slutkostnaden stannade på 61 500 kr.",
            [(64000, "annat"), (61500, "utfall")],
        ),
        # control: the frame "i prognosen" holds its clause
        ("I den senaste prognosen landar kostnaden på 61 500 kr.", [(61500, "prognos")]),
    ],
)
def test_forecast_verb_after_a_time(text, expected):
    assert roles(text, "ekonomiskt_utfall") == expected
