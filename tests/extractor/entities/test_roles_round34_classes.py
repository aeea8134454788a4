"""Amount-role classes of the thirty-fourth round (issue #11, rules side): structures counted over every burned
round's misses, each written here in new sentences (none a held-out case's or a tuning file's), with controls where
the rule must not fire; and the pure function behind them."""

from __future__ import annotations

from bilagor.extractor.entities import find_amounts
from bilagor.extractor.entities.role_other_kinds import distributed_pot, investments_beside_result


def roles(text: str, section: str | None = None) -> list[tuple[int, str]]:
    return [(a.sek, a.role) for a in find_amounts(text, section, role_decision="rules")]


# 1. A distributor's whole pot told in the present ("Boverket fördelar totalt X till …", "Totalt fördelar
# Tillväxtverket X"): the round's frame before any share is granted, no one's grant, so `annat`.
def test_a_distributors_whole_pot_is_no_grant() -> None:
    assert roles("Vinnova fördelar totalt 70 miljoner kronor till innovationsprojekt i kommunerna.") == [
        (70_000_000, "annat")
    ]
    assert roles("Totalt fördelar Folkhälsomyndigheten 35 mnkr i stöd mot spelberoende.") == [(35_000_000, "annat")]
    text = "Länsstyrelsen fördelar i år sammanlagt 8 miljoner kronor. Nynäshamns kommun fick 300 000 kronor."
    assert roles(text) == [(8_000_000, "annat"), (300_000, "beviljat")]


def test_a_distributors_pot_controls() -> None:
    # what was handed out stays a grant; a single grant stays one; the passive frame is left to the other rules
    assert roles("Totalt fördelade nämnden 1,9 miljoner kronor till 30 föreningar förra året.") == [
        (1_900_000, "beviljat")
    ]
    assert roles("Stadsdelsnämnden har beviljat Husby IF 75 000 kronor till en ny bollplan.") == [(75_000, "beviljat")]
    text = "Totalt fördelas 900 000 kr av årets ram."
    assert not distributed_pot(text, (text.index("900"), text.index("900") + 10))
    # the function reads the words only (roles.decide asks it in public text alone)
    text = "Kommunen fördelar totalt 400 000 kr till projektet."
    assert distributed_pot(text, (text.index("400"), text.index("400") + 10))


# 2. A body's investments told after its result ("… redovisar ett resultat på X. Investeringarna uppgick till Y."):
# the result is the outcome, the year's investments another figure of its accounts, so `annat`.
def test_investments_beside_a_result_are_not_the_outcome() -> None:
    text = "Borlänge Energi redovisar ett resultat på 88 mnkr för 2025. Investeringarna uppgick till 240 mnkr."
    assert roles(text) == [(88_000_000, "utfall"), (240_000_000, "annat")]
    text = (
        "Västerås stad redovisar ett resultat på 310 miljoner kronor. Investeringarna uppgick under året till 1,6 mdkr."
    )
    assert roles(text)[1] == (1_600_000_000, "annat")


def test_investments_beside_a_result_controls() -> None:
    # investments set against their budget, or without a result before them, stay the outcome
    text = "Nämnden redovisar ett resultat i balans. Investeringarna uppgick till 45 mnkr (budget 50 mnkr)."
    assert (45_000_000, "utfall") in roles(text)
    text = "Investeringarna uppgick till 12 mnkr."
    assert not investments_beside_result(text, (text.index("12"), text.index("12") + 7), None)
