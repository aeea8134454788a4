"""Amount-role classes of the nineteenth round (issue #11, rules side): phrasings that failed on the eighteenth
sets' dev halves, each written here in new sentences, with controls where the rule must not fire."""

from __future__ import annotations

from bilagor.extractor.entities import find_amounts
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
