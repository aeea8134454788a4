"""Amount-role classes of the nineteenth round (issue #11, rules side): phrasings that failed on the eighteenth
sets' dev halves, each written here in new sentences, with controls where the rule must not fire."""

from __future__ import annotations

import re

from bilagor.extractor.entities import find_amounts
from bilagor.extractor.entities.role_follow_up import product_of_unit_price
from bilagor.extractor.entities.role_passage import PassageAmount
from bilagor.extractor.entities.role_supplements import supplement_roles

FOLLOW_UP = "ekonomiskt_utfall"


def roles(text: str, section: str | None = FOLLOW_UP) -> list[tuple[int, str]]:
    kind = "uppfoljning" if section else None
    return [(a.sek, a.role) for a in find_amounts(text, section, form_kind=kind, role_decision="rules")]


# 1. A supplement beside the new total it led to: the supplement and the plan before it annat, the total the budget.
def test_a_supplement_and_the_new_total_in_one_sentence() -> None:
    text = "Föreningen fick ett tilläggsanslag på 20 000 kr i mars, och den samlade ramen landade därmed på 120 000 kr."
    assert roles(text) == [(20_000, "annat"), (120_000, "budget")]


def test_a_plan_raised_by_a_verb_then_its_new_total() -> None:
    text = (
        "Budgeten för odlingslotterna var 60 000 kr. I april utökades den med 8 000 kr, så den nya budgeten blev "
        "68 000 kr. Vi använde 67 500 kr."
    )
    assert roles(text) == [(60_000, "annat"), (8_000, "annat"), (68_000, "budget"), (67_500, "utfall")]


def test_a_supplement_and_the_new_total_in_the_next_sentence_of_public_text() -> None:
    text = "Tekniska nämnden i Alingsås fick en ramförstärkning på 4 mnkr under hösten. Nämndens totala ram uppgår därmed till 310 mnkr."
    assert roles(text, None) == [(4_000_000, "annat"), (310_000_000, "budget")]


def test_a_raise_in_apposition_to_the_new_grant() -> None:
    text = "Biblioteket i Lerum får 430 000 kronor i driftbidrag nästa år, en höjning med 30 000 kronor."
    assert roles(text, None) == [(430_000, "beviljat"), (30_000, "annat")]


def test_a_supplement_without_a_new_total_is_more_budget() -> None:
    text = "Budgeten var 100 000 kr. Vi fick också en tilläggsbudget på 20 000 kr. Kostnaden blev 119 000 kr."
    assert roles(text) == [(100_000, "budget"), (20_000, "budget"), (119_000, "utfall")]


def test_a_grant_beside_the_raised_budget_is_kept_unless_it_adds_up_to_it() -> None:
    text = (
        "Arvsfonden gav oss 50 000 kr. Budgeten var 90 000 kr. I juni fick vi en utökad ram på 10 000 kr, "
        "så att ramen blev 100 000 kr."
    )
    assert roles(text) == [(50_000, "beviljat"), (90_000, "annat"), (10_000, "annat"), (100_000, "budget")]


def test_supplement_roles_is_pure_over_plain_data() -> None:
    first = "Vi fick en tilläggsbudget på 5 000 kr."
    second = "Den nya budgeten är 45 000 kr."
    amounts = [_one(0, first, "5 000 kr", "budget"), _one(1, second, "45 000 kr", "utfall")]
    assert supplement_roles(amounts) == {0: "annat", 1: "budget"}
    # a "supplement" larger than the figure after it is no supplement to it
    bigger = [_one(0, first.replace("5 000", "50 000"), "50 000 kr", "budget"), amounts[1]]
    assert supplement_roles(bigger) == {}


def _one(index: int, sentence: str, amount: str, role: str) -> PassageAmount:
    start = sentence.index(amount)
    span = (start, start + len(amount))
    return PassageAmount(index, sentence, span, (span,), role)


# 2. A payer as the label of its line in a follow-up: the city's line the grant, an outside funder's co-funding.
def test_payers_labelling_their_lines_beside_a_cost_line() -> None:
    text = "Skärholmens stadsdelsnämnd: 25 000 kr\nFamiljebostäder: 10 000 kr\nUtgifter för scen och ljud: 34 800 kr"
    assert roles(text) == [(25_000, "beviljat"), (10_000, "annat"), (34_800, "utfall")]


def test_a_grant_label_naming_the_city_after_fran_beside_an_outside_payers_line() -> None:
    text = "Bidrag från stadsdelsnämnden: 30 000 kr\nSvenska Bostäder: 12 000 kr\nUtgifter för tält och fika: 41 500 kr"
    assert roles(text) == [(30_000, "beviljat"), (12_000, "annat"), (41_500, "utfall")]


def test_cost_lines_with_no_payer_stay_the_outcome() -> None:
    assert roles("Lokalhyra: 8 000 kr\nMaterial: 4 000 kr") == [(8_000, "utfall"), (4_000, "utfall")]


# 3. In a follow-up, figures whose words make them a plan or a running cost elsewhere (role_follow_up).
def test_the_product_of_a_present_unit_price_in_a_follow_up_is_the_outcome() -> None:
    text = "Instruktören kostar 800 kr per pass, och vi hade 12 pass, alltså 9 600 kr."
    assert roles(text) == [(800, "annat"), (9_600, "utfall")]


def test_the_product_of_a_planned_unit_price_is_not_made_an_outcome() -> None:
    done = "Instruktören kostar ### kr per pass, och vi hade 12 pass, alltså #####."
    assert product_of_unit_price(done, _masked_spans(done)[1], _masked_spans(done))
    planned = "Vi räknade med 12 pass för ### kr per pass, alltså #####."
    assert not product_of_unit_price(planned, _masked_spans(planned)[1], _masked_spans(planned))


def _masked_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in re.finditer("#+", text))


def test_a_running_cost_noun_paid_once_in_a_follow_up_is_the_outcome() -> None:
    assert roles("Skötseln av planteringarna under sommaren kostade 6 200 kr.") == [(6_200, "utfall")]
    assert roles("Vi betalade 3 600 kr för licensen till programmet under terminen.") == [(3_600, "utfall")]
    text = "Materialet kostade 14 000 kr och serviceavtalet för första halvåret 2 100 kr."
    assert roles(text) == [(14_000, "utfall"), (2_100, "utfall")]


def test_a_running_cost_with_a_rate_stays_annat_in_a_follow_up() -> None:
    assert roles("Licensen kostar 1 200 kr per år.") == [(1_200, "annat")]
    assert roles("Den årliga skötseln kostade 4 000 kr.") == [(4_000, "annat")]


def test_a_cost_explaining_an_overrun_is_a_part() -> None:
    text = (
        "Kursen kostade 31 000 kr mot budgeterade 29 000 kr. Överskridandet beror på att en projektor gick sönder "
        "och fick bytas för 2 900 kr."
    )
    assert roles(text) == [(31_000, "utfall"), (29_000, "budget"), (2_900, "annat")]


def test_a_cost_that_came_on_top_is_the_outcome_unless_its_whole_is_named() -> None:
    assert roles("Lokalen var gratis, men kaffe och bullar för 1 900 kr tillkom.") == [(1_900, "utfall")]
    assert roles("En extra buss tillkom för 3 000 kr, men totalen höll sig inom ramen.") == [(3_000, "annat")]


def test_a_count_of_things_for_their_whole_price_is_a_cost_line() -> None:
    text = "Dockteatern på fritidsgården: 12 föreställningar för totalt 30 000 kr. Bidraget var 32 000 kr."
    assert roles(text) == [(30_000, "utfall"), (32_000, "beviljat")]


# 4. Public passages read as a whole (role_passage).
def test_money_paid_so_far_this_year_beside_the_whole_year_forecast_is_an_interim_figure() -> None:
    text = "Socialnämnden i Hässelby har hittills i år betalat ut 21 mnkr i ekonomiskt bistånd. Helårsprognosen pekar på 33 mnkr."
    assert roles(text, None) == [(21_000_000, "annat"), (33_000_000, "prognos")]


def test_a_studys_figure_beside_what_was_built_is_an_estimate_but_its_own_cost_is_spent() -> None:
    text = "Skateparken i Tyresö blev klar i maj och kostade 4,1 miljoner kronor. Förstudien hade stannat på 5,5 miljoner kronor."
    assert roles(text, None) == [(4_100_000, "utfall"), (5_500_000, "annat")]
    spent = "Bygget av hallen kostade 4 mnkr. Förstudien inför bygget gjordes för 300 000 kronor."
    assert roles(spent, None) == [(4_000_000, "utfall"), (300_000, "utfall")]


# 5. A sum sought made up of its cost lines; the city taking on a follow-up's cost with its money.
def test_cost_lines_after_the_sum_sought_that_add_up_to_it_are_its_parts() -> None:
    text = "Vi söker 12 600 kr: tyg och tråd för 4 100 kr och kursledarens arvode för 8 500 kr."
    found = find_amounts(text, "sokt_belopp", form_kind="ansokan", role_decision="rules")
    assert [(a.sek, a.role) for a in found] == [(12_600, "sokt"), (4_100, "annat"), (8_500, "annat")]


def test_the_city_taking_on_the_cost_with_its_money_is_the_grant() -> None:
    text = "Tygerna kostade 2 300 kr och tråden 400 kr. Stadsdelsförvaltningen stod för kostnaden med sina 3 000 kr."
    assert roles(text) == [(2_300, "utfall"), (400, "utfall"), (3_000, "beviljat")]


# 6. A committee's own appropriation ("anslag") to the project is its budget (the roles README's convention since
# the twelfth round); an extra one or a tilläggsanslag stays a grant.
def test_a_committees_appropriation_is_the_budget() -> None:
    assert roles("Anslag: 14 000 kr\nKostnader: 13 650 kr") == [(14_000, "budget"), (13_650, "utfall")]
    assert roles("Kulturnämnden anslog 22 000 kr till körresan. Resan kostade 21 300 kr.") == [
        (22_000, "budget"),
        (21_300, "utfall"),
    ]
    assert roles("Fritidsnämnden i Mora har ett anslag på 3,2 miljoner kronor för 2026.", None) == [
        (3_200_000, "budget")
    ]


def test_an_extra_appropriation_stays_a_grant() -> None:
    assert roles("Äldrenämnden i Lerum fick ett extra anslag på 2 mnkr i oktober.", None) == [(2_000_000, "beviljat")]
    assert roles("Ett tilläggsanslag på 40 000 kr beviljades i maj.") == [(40_000, "beviljat")]


def test_a_budget_we_got_is_the_budget_the_noun_decides() -> None:
    text = "Den budget vi fick av förvaltningen var 28 000 kr. Kostnaderna stannade på 27 400 kr."
    assert roles(text) == [(28_000, "budget"), (27_400, "utfall")]
    assert roles("Vi fick 28 000 kr av förvaltningen.") == [(28_000, "beviljat")]


def test_an_extra_cost_every_year_is_a_running_cost_not_a_deviation() -> None:
    text = "Elpriset i Mora stiger. För kommunens skolor innebär det en merkostnad på cirka 800 000 kronor per år."
    assert roles(text, None) == [(800_000, "annat")]
    assert roles("Merkostnaden på 4 000 kr berodde på dyrare bussar.") == [(4_000, "avvikelse")]
