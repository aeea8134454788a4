"""Third round of amount roles (issue #11): one test per rule added for a class
of phrasing, each in other words than the corpus sentences (tests/data/roles)."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities import find_amounts


def roles(text: str) -> list[tuple[int, str]]:
    # the rules' classes, so the rules' decision: the learned one is judged on held-out sets (since the
    # twenty-first round's retrain it turns "har stigit med 90 tkr" to annat; docs/benchmarks.md)
    return [(a.sek, a.role) for a in find_amounts(text, role_decision="rules")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a frame that governs its whole clause: a judgement, a source document
        ("Vi bedömer att bygget landar på 90 tkr.", "prognos"),
        ("Förvaltningen tror att arbetet kostar 90 tkr.", "prognos"),
        ("Enligt senaste bedömningen kostar bygget 90 tkr.", "prognos"),
        ("Enligt kalkylen skulle skyltarna kosta 90 tkr.", "budget"),
        ("Enligt slutredovisningen blev summan 90 tkr.", "utfall"),
        ("Ytterligare 90 tkr kan behöva läggas på staket.", "prognos"),
        ("I inriktningsbeslutet angavs utgiften till 90 tkr.", "budget"),
        # phrases that name no role of their own
        ("Inga avvikelser uppstod; kostnaden blev 90 tkr precis som kalkylerat.", "utfall"),
        ("Beräknad utgift enligt ansökan: 90 tkr.", "budget"),
        # a granted frame is the grant
        ("Projektets beviljade investeringsram uppgick till 90 tkr.", "beviljat"),
        ("Medlen om 90 tkr räckte till allt.", "beviljat"),
        ("Till åtgärden anslogs 90 tkr ur budgeten.", "budget"),  # a committee's own appropriation (roles README)
        # fees and running costs are not the project's figures; a price for a whole thing is
        ("Bygglovsavgiften kostade 90 tkr.", "annat"),
        ("Elkostnaden för belysningen beräknas till 90 tkr.", "annat"),
        ("Löpande kostnader på 90 tkr belastar nämndens budget.", "annat"),
        ("Priset för renoveringen blev 90 tkr.", "utfall"),
        # an expected outcome is a forecast
        ("Preliminärt utfall för året är 90 tkr.", "prognos"),
        # deviations named after the amount, left-over and unused money
        ("Summan hamnade 90 tkr under den budgeterade.", "avvikelse"),
        ("Det blev 90 tkr mer än vad styrelsen räknat med.", "avvikelse"),
        ("Arbetet drog över med 90 tkr.", "avvikelse"),
        ("Anslaget som inte förbrukats, 90 tkr, går tillbaka.", "annat"),  # left over: annat since the fifth round
        ("Vid årsskiftet kvarstod 90 tkr.", "annat"),
        ("Den höjda kostnaden på 90 tkr beror på frakt.", "avvikelse"),
        ("Summan är 90 tkr högre än året innan.", "annat"),
        # the verb of a relative clause after the amount
        ("Av de 90 tkr som beviljades återstår hälften.", "beviljat"),
        # a thing done for a price
        ("Staketet byggdes för 90 tkr.", "utfall"),
        ("En vakt anlitades för 90 tkr.", "utfall"),
        ("Skolan har köpt datorer för 90 tkr.", "utfall"),
        ("Renoveringen kom att kosta 90 tkr.", "utfall"),
        # asked-for money stays asked for, whatever its kind
        ("Föreningen ansöker om 90 tkr i stöd.", "sokt"),
        # commitments
        ("Beloppet utökades med 90 tkr efter beslut.", "budget"),
        ("Enligt förslaget ska 90 tkr läggas på lekplatsen.", "budget"),
        # "jämfört med" a month compares in time, inside one clause
        ("Avvikelsen jämfört med mars är 90 tkr.", "avvikelse"),
    ],
)
def test_third_round_single_amount(text, expected):
    assert roles(text) == [(90_000, expected)]


def test_compared_pair_after_a_deviation():
    assert roles("Utgifterna blev högre än kalkylerat, 95 tkr mot 90 tkr.") == [(95_000, "utfall"), (90_000, "budget")]


def test_compared_pair_never_shares_a_role():
    text = "Kostnaden beräknas till 95 tkr, att jämföra med budgeterade 90 tkr."
    assert roles(text) == [(95_000, "prognos"), (90_000, "budget")]


def test_two_years_compared_are_no_budget_pair():
    # A guard on the pair rule above: fails if the pair rule ignores the year after the second amount.
    assert roles("Intäkterna blev 95 tkr mot 90 tkr året innan.")[1] == (90_000, "annat")


def test_pronoun_points_back_to_the_noun_not_the_verb():
    assert roles("Förvaltningen fick en ny kalkyl i maj. Den visar 90 tkr.") == [(90_000, "budget")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a breakdown and work still to do name no role
        ("Äskandet gäller 90 tkr fördelat på fyra insatser.", "sokt"),
        ("Fasaden är klar och återstående etapper beräknas kosta 90 tkr.", "prognos"),
        # a price per unit is no project figure
        ("Det kostar 90 tkr att anlita vakter per helg.", "annat"),
        # money left
        ("Efter årets slut finns 90 tkr kvar.", "annat"),  # left over: annat since the fifth round
        # part of a cost someone else carries
        ("Bostadsbolaget betalar hälften av kostnaden, 90 tkr.", "annat"),
        # a condition makes a forecast
        ("Om nämnden väljer det större alternativet blir kostnaden 90 tkr.", "prognos"),
        # keeping under a cap is the budget
        ("Ambitionen är att hålla utgifterna inom 90 tkr.", "budget"),
        # a past estimate and an approval are budgets
        ("Bygget uppskattades från början kosta 90 tkr.", "budget"),
        ("Styrelsen godkände en projektutgift på 90 tkr.", "budget"),
        # a verb of relation lets the subject decide
        ("Ansökan omfattar 90 tkr.", "sokt"),
        # spending
        ("Hittills har 90 tkr tagits i anspråk.", "utfall"),
        ("Reparationen har gått på 90 tkr.", "utfall"),
        # money from a funder, unless asked for
        ("Projektet delfinansieras med 90 tkr från Vinnova.", "beviljat"),
        ("Vi har ansökt om 90 tkr från Boverket.", "sokt"),  # guards the line above,
        # a purpose phrase after the amount
        ("Förvaltningen tilldelas 90 tkr för ökade kostnader för vinterväghållning.", "beviljat"),
        ("Staten har skjutit till ytterligare 90 tkr till satsningen.", "beviljat"),
        # the amount after a comparison restates the subject
        ("Utgiften blev något högre än kalkylerat, cirka 90 tkr.", "utfall"),
    ],
)
def test_third_round_tuning9_classes(text, expected):
    assert roles(text) == [(90_000, expected)]


def test_a_bare_comparative_after_the_amount_is_the_deviation():
    # Guards the rule above: an amount with its own comparative is the difference.
    assert roles("Bygget blev dyrare än väntat, 90 tkr mer.") == [(90_000, "avvikelse")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relation verb lets the subject decide; a compound takes its head's role
        ("Kostnadskalkylen för bygget hamnade på 90 tkr.", "budget"),
        # a cost that increased by an amount; a grant that did stays a grant
        ("Utgifterna för bevakning har stigit med 90 tkr.", "avvikelse"),
        ("Bidraget till fritidsgården ökar med 90 tkr nästa år.", "beviljat"),  # guards the line above,
        # a forecast document or frame
        ("I prognosen beräknas lönekostnaderna till 90 tkr.", "prognos"),
        ("Nämnden bedömer att arbetet blir klart till en kostnad av 90 tkr.", "prognos"),
        ("Ytterligare 90 tkr bedöms behövas under hösten.", "prognos"),
        ("Upprustningen kan genomföras för 90 tkr.", "prognos"),
        # commitments and intents
        ("Nämnden har öronmärkt 90 tkr för sommarlovet.", "budget"),
        ("Vi vill använda 90 tkr av potten till utbildning.", "budget"),
        # grant funds, leftover funds
        ("Trygghetsmedlen uppgick till 90 tkr.", "beviljat"),
        ("Överblivna medel, 90 tkr, går tillbaka till utskottet.", "annat"),  # left over: annat since the fifth round
        ("Beslutet om 90 tkr till Farsta togs i maj.", "beviljat"),
        ("Av anslaget på 90 tkr återstår en del.", "budget"),
        # a relative clause's first cue
        ("Hälften av de 90 tkr som låg i budgeten förbrukades.", "budget"),
    ],
)
def test_third_round_tuning10_classes(text, expected):
    assert roles(text) == [(90_000, expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Den sammanlagda utgiften är uppskattad till 90 tkr.", "prognos"),  # a forecast since the fifth round
        ("Nämnden redovisar ett underskott jämfört med budget på 90 tkr.", "avvikelse"),
        ("De tre fritidsgårdarna delar på 90 tkr.", "beviljat"),
        ("Fastighetsägaren betalar 90 tkr av ombyggnaden.", "annat"),
        ("Ett beslut om ytterligare 90 tkr fattas i juni.", "beviljat"),
        ("Utfallet blev 90 tkr sämre än prognosen.", "avvikelse"),
        ("Skyltar för 90 tkr har satts upp i parken.", "utfall"),
    ],
)
def test_third_round_tuning11_classes(text, expected):
    assert roles(text) == [(90_000, expected)]
