"""Amount-role classes of the thirty-third round (issue #11, rules side): structures counted over every burned
round's misses, each written here in new sentences (none a held-out case's or a tuning file's), with controls where
the rule must not fire; and the pure functions behind them."""

from __future__ import annotations

from bilagor.extractor.entities import find_amounts
from bilagor.extractor.entities.role_item_costs import single_item_cost
from bilagor.extractor.entities.role_other_kinds import received_of_another_kind


def roles(text: str, section: str | None = None) -> list[tuple[int, str]]:
    return [(a.sek, a.role) for a in find_amounts(text, section, role_decision="rules")]


# 1. Money of another kind than a grant or spending, named as that kind: a gift, an inheritance, a dividend, a loan,
# a debt, a fine, a capital injection or group contribution ("har tagit emot en gåva på X", "fick X i utdelning",
# "gav klubben ett lån på X"): `annat` in public text, where "fick", "har fått" and "ger" read it as a grant.
def test_money_of_another_kind_is_no_grant() -> None:
    assert roles("Hembygdsgården har tagit emot en gåva på 45 000 kronor från en stiftelse.") == [(45_000, "annat")]
    assert roles("Motala kommun fick ett arv på 3,4 mnkr efter en tidigare lärare.") == [(3_400_000, "annat")]
    assert roles("Kommunen fick 2,8 mnkr i utdelning från vattenbolaget 2025.") == [(2_800_000, "annat")]
    assert roles("Kommunen ger tennisklubben ett lån på 600 000 kr till en ny hall.") == [(600_000, "annat")]
    assert roles("Sigtuna kommun har fått ett vite på 150 000 kronor från Arbetsmiljöverket.") == [(150_000, "annat")]
    text = "Fullmäktige har beslutat om ett kapitaltillskott på 40 mnkr till fastighetsbolaget."
    assert roles(text) == [(40_000_000, "annat")]
    # the kind as the subject; a dividend paid
    assert roles("Kommunens låneskuld hos bankerna uppgick vid årsskiftet till 2,1 mdkr.") == [(2_100_000_000, "annat")]
    assert roles("Bolaget betalade en utdelning på 12 mnkr till kommunen.") == [(12_000_000, "annat")]
    # paid off on a loan
    assert roles("Klubben har betalat 120 000 kr på lånet under året.") == [(120_000, "annat")]


def test_money_of_another_kind_controls() -> None:
    # the grant beside the loan stays a grant; a grant named so stays one; the kind's word elsewhere does not count
    text = "Stadsdelsnämnden har beviljat föreningen 80 000 kronor till en loppmarknad där gåvor säljs."
    assert roles(text) == [(80_000, "beviljat")]
    text = "Kulturnämnden har beviljat körföreningen ett bidrag på 120 000 kronor för konserter."
    assert roles(text) == [(120_000, "beviljat")]
    # gifts summed over a year stay what the body received
    text = "Under 2025 har äldreomsorgen fått 85 000 kronor i gåvor från anhöriga."
    assert not received_of_another_kind(text, (text.index("85 000"), text.index("85 000") + 13))
    text = "Föreningen fick ett lån på 1 mnkr från banken och beviljades 400 000 kr av stadsdelsnämnden."
    assert received_of_another_kind(text, (text.index("1 mnkr"), text.index("1 mnkr") + 6))
    assert not received_of_another_kind(text, (text.index("400 000"), text.index("400 000") + 10))


# 2. One item's cost told in a follow-up's deviation answer ("Blästringen kostade X extra", "Den nya pumpen kostade X
# och ingick inte i kalkylen"), or said to cost so much alone in any answer ("vilket ensamt kostade X"): the item
# explains the deviation; its price is neither the outcome nor the deviation, so `annat`.
def test_one_items_cost_in_a_deviation_answer() -> None:
    assert roles("Fogningen kostade 8 400 kr extra.", "avvikelser") == [(8_400, "annat")]
    text = "En ny dränering, som inte fanns med i kalkylen, kostade 27 000 kr."
    assert roles(text, "avvikelser") == [(27_000, "annat")]
    text = "Vi fick 40 000 kr till dansläger. Hyran av salen kostade ensam 12 000 kr."
    assert roles(text, "ekonomiskt_utfall")[1] == (12_000, "annat")


def test_one_items_cost_controls() -> None:
    # the whole project's cost stays the outcome, in the deviation answer or in the economy answer
    assert roles("Projektet kostade 212 000 kr.", "avvikelser") == [(212_000, "utfall")]
    assert roles("Dansgolvet kostade 86 000 kr.", "ekonomiskt_utfall") == [(86_000, "utfall")]
    # a cost told against the plan is no item's price
    text = "Pumpen kostade 3 000 kr mer än beräknat."
    assert not single_item_cost(text, (text.index("3 000"), text.index("3 000") + 8), "avvikelser")
    text = "Det kostade 5 000 kr."
    assert not single_item_cost(text, (text.index("5 000"), text.index("5 000") + 8), "avvikelser")
