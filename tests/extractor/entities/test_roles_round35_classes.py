"""Amount-role classes of the thirty-fifth round (issue #11, rules side): structures counted over every burned
round's misses, each written here in new sentences (none a held-out case's or a tuning file's), with controls where
the rule must not fire; and the pure function behind them."""

from __future__ import annotations

from bilagor.extractor.entities import find_amounts
from bilagor.extractor.entities.role_item_costs import part_sent_out_of_sum
from bilagor.extractor.entities.role_stage import earlier_project_year


def roles(text: str, section: str | None = None) -> list[tuple[int, str]]:
    return [(a.sek, a.role) for a in find_amounts(text, section, role_decision="rules")]


# 1. A cost broken down by "fördela" with the costs' object or an auxiliary between ("Kostnaderna för festen
# fördelade sig så här: …", "Utgifterna har fördelats enligt följande: …"): lines of a cost beside their total, not
# money handed out, so the lines are parts (`annat`) and the total the outcome.
def test_a_cost_broken_down_by_fordela_is_no_grant() -> None:
    text = (
        "Kostnaderna för grillkvällen fördelade sig så här: kött 3 200 kr, dryck 1 100 kr och hyra 900 kr. "
        "Sammanlagt 5 200 kr."
    )
    assert roles(text, "ekonomiskt_utfall") == [(3200, "annat"), (1100, "annat"), (900, "annat"), (5200, "utfall")]
    text = "Utgifterna har fördelats enligt följande: staket 74 000 kr och grind 16 000 kr, totalt 90 000 kr."
    assert roles(text, "ekonomiskt_utfall") == [(74000, "annat"), (16000, "annat"), (90000, "utfall")]


def test_a_cost_broken_down_controls() -> None:
    # money a committee shares out stays a grant, also across a clause of its own after a cost noun
    assert roles("Nämnden fördelade 25 000 kr till vårfesten.", "ekonomiskt_utfall") == [(25000, "beviljat")]
    text = "Medlen fördelades så här: 12 000 kr till Farsta IF och 8 000 kr till Hökarängens BK."
    assert roles(text, "ekonomiskt_utfall") == [(12000, "beviljat"), (8000, "beviljat")]
    assert roles("Kostnaden täcks av pengar som nämnden fördelade, 40 000 kr.", "ekonomiskt_utfall") == [
        (40000, "beviljat")
    ]


# 2. In an application, a grant or a cost of an earlier numbered year of the project ("År 1 beviljades X",
# "Fältgruppen fick X för första året"): that year's money, not the application's, so `annat`.
def test_an_earlier_project_years_grant_in_an_application_is_other_money() -> None:
    text = "Fjärde året av sommarsimskolan. År 3 beviljades 85 000 kr."
    assert roles(text, "beskrivning") == [(85000, "annat")]
    text = "Sökt belopp: 130 000 kr. Första året fick vi 110 000 kr."
    assert roles(text, "sokt_belopp") == [(130000, "sokt"), (110000, "annat")]
    text = "Kvällsöppet på fritidsgården fick 70 000 kr för första året."
    assert roles(text, "beskrivning") == [(70000, "annat")]


def test_an_earlier_project_year_controls() -> None:
    # the sum sought for a year stays sought; in a follow-up the first year's cost is the project's outcome
    assert roles("Vi söker 120 000 kr för första året.", "beskrivning") == [(120000, "sokt")]
    assert roles("Första året kostade 48 000 kr.", "ekonomiskt_utfall") == [(48000, "utfall")]
    text = "Vi söker 60 000 kr för år 2."
    assert not earlier_project_year(text, (text.index("60"), text.index("60") + 9))
    text = "År 1 beviljades 50 000 kr."
    assert earlier_project_year(text, (text.index("50"), text.index("50") + 9))


# 3. In a follow-up, what went to one thing out of a sum named before ("Av detta gick X till …", "Av utgifterna gick
# X till A, Y till B och Z till C"): a part of that sum, not the outcome itself, so `annat`.
def test_a_part_sent_out_of_a_sum_is_not_the_outcome() -> None:
    text = "Festivalen kostade 73 000 kr. Av detta gick 41 000 kr till scenen och 32 000 kr till vakter."
    assert roles(text, "ekonomiskt_utfall") == [(73000, "utfall"), (41000, "annat"), (32000, "annat")]
    text = "Av kostnaderna gick 2 600 kr till tårtor, 1 900 kr till ballonger och 700 kr till tejp."
    assert roles(text, "ekonomiskt_utfall") == [(2600, "annat"), (1900, "annat"), (700, "annat")]


def test_a_part_sent_out_of_a_sum_controls() -> None:
    # out of a grant, what went to each thing is what was spent (the seventeenth round's convention); money sent
    # back, or spent with no sum named before it, stays as the other rules read it
    text = "Kören fick 36 000 kr. Av det gick 20 000 kr till noter och 9 000 kr till resor."
    assert roles(text, "ekonomiskt_utfall") == [(36000, "beviljat"), (20000, "utfall"), (9000, "utfall")]
    assert roles("Av bidraget gick 3 000 kr tillbaka till nämnden.", "ekonomiskt_utfall") == [(3000, "utfall")]
    assert roles("Det gick 14 000 kr till hyra av lokalen.", "ekonomiskt_utfall") == [(14000, "utfall")]
    text = "Till sist gick 9 000 kr till en buss, av det vi hade kvar."
    assert not part_sent_out_of_sum(text, (text.index("9 000"), text.index("9 000") + 8))
    # a pronoun counts only after a cost word (the sentence before, or earlier in its own)
    text = "Av dessa gick 9 000 kr till en buss."
    assert not part_sent_out_of_sum(text, (text.index("9 000"), text.index("9 000") + 8), "Vi fick 20 000 kr.")
    assert part_sent_out_of_sum(text, (text.index("9 000"), text.index("9 000") + 8), "Resan kostade 20 000 kr.")
