"""Amount-role classes of the twenty-ninth round (issue #11, rules side): structures counted over every burned round's
misses (a class in at least three rounds' sets by different writers), each written here in new sentences (none a
held-out case's or a tuning file's), with controls where the rule must not fire; and the pure function behind it."""

from __future__ import annotations

from bilagor.extractor.entities import find_amounts
from bilagor.extractor.entities.role_follow_up import paid_product
from bilagor.extractor.entities.role_stage import new_calculation
from bilagor.extractor.entities.role_sum_lines import paid_lines_before_outcome

FOLLOW_UP = "ekonomiskt_utfall"


def roles(text: str, section: str | None = None) -> list[tuple[int, str]]:
    kind = None if section is None else "ansokan" if section == "kostnadsberakning" else "uppfoljning"
    return [(a.sek, a.role) for a in find_amounts(text, section, form_kind=kind, role_decision="rules")]


# 1. A unit price's product in a follow-up ("N à P, alltså X", "P per Y … blev det X") takes its clause's verb, a
# cost paid, whatever the verb is ("tog", "hyrde … för", "var"): the outcome, not the rate's `annat`; the rate stays
# `annat`, and a product beside a total it adds up into is a part (burned rounds 10, 16, 17, 19, 20, 22, 23, 24, 26).
def test_a_unit_prices_product_in_a_follow_up_is_the_outcome() -> None:
    text = "Vi hyrde tre kajaker à 350 kr per dag i fyra dagar, alltså 4 200 kr. Nämnden gav oss 5 000 kr."
    assert roles(text, FOLLOW_UP) == [(350, "annat"), (4_200, "utfall"), (5_000, "beviljat")]
    text = "Simläraren tog 420 kr per barn, och med 18 barn blev det 7 560 kr."
    assert roles(text, FOLLOW_UP) == [(420, "annat"), (7_560, "utfall")]


def test_a_unit_prices_product_controls() -> None:
    # a product that adds up with another line into a stated total is a part of it
    text = "Vi köpte 12 bollar à 250 kr, alltså 3 000 kr, och koner för 800 kr. Sammanlagt 3 800 kr."
    assert roles(text, FOLLOW_UP) == [(250, "annat"), (3_000, "annat"), (800, "annat"), (3_800, "utfall")]
    # a plan named in the clause makes the product planned, not paid
    assert not paid_product(*_spans("Vi räknade med 10 pass à 800 kr, alltså 8 000 kr.", "800 kr", "8 000 kr"))
    assert paid_product(*_spans("Vi hade 10 pass à 800 kr, alltså 8 000 kr.", "800 kr", "8 000 kr"))


def _spans(text: str, unit: str, product: str) -> tuple[str, tuple[int, int], list[tuple[int, int]]]:
    first, last = text.index(unit), text.rindex(product)
    spans = [(first, first + len(unit)), (last, last + len(product))]
    return text, spans[1], spans


# 2. In the answer on the outcome, a figure with no word of its own after a sentence that states a plan's or a grant's
# figure ("Vi fick X. Det blev Y.", "Budgeten var X. Hyra: Y.") is what was spent, not more of the plan (burned rounds
# 6, 11 … 15, 17 … 21, 23 … 26); a heading without a figure still names the lines under it.
def test_a_bare_figure_after_a_plans_sentence_in_a_follow_up_is_the_outcome() -> None:
    text = "Vi fick 12 000 kr. Instruktörens lön var 10 400 kr."
    assert roles(text, FOLLOW_UP) == [(12_000, "beviljat"), (10_400, "utfall")]
    text = "Budgeten låg på 44 000 kr. Den landade till slut på 47 900 kr, eftersom vi fick hyra en större sal."
    assert roles(text, FOLLOW_UP)[1] == (47_900, "utfall")


def test_a_bare_figure_after_a_plan_controls() -> None:
    # a heading with no figure of its own names the lines under it
    text = "Budget:\nLokal 6 000 kr\nMaterial 2 500 kr"
    assert [role for _, role in roles(text, "kostnadsberakning")] == ["budget", "budget"]
    text = "Vi fick 14 000 kr.\nBudget:\nLokal 6 000 kr\nMaterial 2 500 kr"
    assert [role for _, role in roles(text, FOLLOW_UP)][1:] == ["budget", "budget"]
    # the figure a plan was changed to is still the plan ("Den skrevs … upp till X")
    text = "Kalkylen låg först på 30 000 kr. Den skrevs i maj upp till 34 000 kr. Utfallet blev 33 100 kr."
    assert roles(text, FOLLOW_UP) == [(30_000, "budget"), (34_000, "budget"), (33_100, "utfall")]


# 3. A follow-up's cost lines right before the outcome they add up to are its parts, whatever verb each one was told
# with (an outcome's "kostade", nothing's "jord 3 600 kr"): arithmetic, not the lines' own roles (burned rounds 15, 19,
# 24 and the twenty-eighth dev half); a grant's figure stops the run.
def test_lines_of_mixed_roles_before_the_outcome_are_its_parts() -> None:
    text = "Bussen tog 3 000 kr för resan, och maten 2 000 kr. Totalt kostade utflykten 5 000 kr."
    assert roles(text, FOLLOW_UP) == [(3_000, "annat"), (2_000, "annat"), (5_000, "utfall")]
    assert paid_lines_before_outcome([7_000, 2_600, 9_600], ["utfall", "annat", "utfall"]) == {0, 1}


def test_lines_before_the_outcome_controls() -> None:
    # a grant and own money that make up the outcome are its sources, not cost lines
    assert paid_lines_before_outcome([10_000, 5_000, 15_000], ["beviljat", "annat", "utfall"]) == set()
    # no exact sum: each line is a line of its own
    assert paid_lines_before_outcome([7_000, 2_500, 9_600], ["utfall", "annat", "utfall"]) == set()


# 4. Public text: the figure of a new or latest calculation that no decision approves ("har gjort en ny kalkyl: X",
# "enligt den senaste kalkylen kostar … X", "X, enligt en ny kalkyl") is where the cost is heading, the forecast; the
# earlier calculation after it ("Den förra kalkylen låg på Y") is one it replaced, `annat` (burned rounds 12, 19,
# 21, 22, 24 … 27 and the twenty-eighth dev half).
def test_a_new_calculation_in_public_text_is_a_forecast() -> None:
    text = "Parkförvaltningen har gjort en ny kalkyl för dammen i Judarn: 8,4 mnkr. Den förra kalkylen låg på 6,1 mnkr."
    assert roles(text) == [(8_400_000, "prognos"), (6_100_000, "annat")]
    text = "Bron över Bällstaån kostar 77 mnkr, enligt en ny kalkyl. Fullmäktige har beslutat om en budget på 60 mnkr."
    assert roles(text)[0] == (77_000_000, "prognos")


def test_a_new_calculation_controls() -> None:
    # alone, with no earlier figure or plan beside it, a calculation is the plan it states (the first round's row)
    assert roles("Den reviderade kalkylen landar på 5,5 mnkr.") == [(5_500_000, "budget")]
    # approved, it is the budget; "inte godkänd" approves nothing
    assert new_calculation("Nämnden har godkänt en ny kalkyl på X.", (33, 34)) is False
    assert new_calculation("Den nya kalkylen på X är inte godkänd.", (19, 20)) is True
    # a plan named between the calculation and the figure is that plan's figure
    text = "Den senaste kalkylen hamnar på 12 mnkr, medan budgeten är 10 mnkr."
    assert roles(text) == [(12_000_000, "prognos"), (10_000_000, "budget")]
    # an earlier figure before the calculation, other words between: not the calculation's
    assert new_calculation("Först låg den på X, sedan på Y, och enligt den senaste bedömningen Z.", (15, 16)) is False
