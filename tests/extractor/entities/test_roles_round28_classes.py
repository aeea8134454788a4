"""Amount-role classes of the twenty-eighth round (issue #11, rules side): grouped from the twenty-seventh dev halves'
misses, each written here in new sentences (none a dev case's or a tuning file's), with controls where the rule must
not fire; and the pure function behind it."""

from __future__ import annotations

from bilagor.extractor.entities import find_amounts
from bilagor.extractor.entities.role_sum_lines import bare_sum, shares_after_total

FOLLOW_UP = "ekonomiskt_utfall"


def roles(text: str, section: str | None = None) -> list[tuple[int, str]]:
    kind = None if section is None else "ansokan" if section == "kostnadsberakning" else "uppfoljning"
    return [(a.sek, a.role) for a in find_amounts(text, section, form_kind=kind, role_decision="rules")]


# 1. Shares listed right after the amount they add up to are parts beside their total: `annat` (the README's
# convention), whatever verb hands each one out ("fick", "går till", "avser").
def test_shares_after_their_total_are_parts() -> None:
    text = (
        "Fritidsnämnden fördelade totalt 260 000 kr i sommarlovsstöd. Seglarklubben fick 120 000 kr, "
        "fotbollsklubben 90 000 kr och schackklubben 50 000 kr."
    )
    assert roles(text) == [(260_000, "beviljat"), (120_000, "annat"), (90_000, "annat"), (50_000, "annat")]
    text = "Landstinget budgeterar 22 mnkr för projektet. Av dem går 15 mnkr till hyror och 7 mnkr till personal."
    assert [role for _, role in roles(text)][1:] == ["annat", "annat"]


def test_shares_after_total_controls() -> None:
    # cost lines of another role beside a grant are what it paid for: the outcome's lines keep their role
    text = "Vi fick 32 000 kr från nämnden. Bussen kostade 20 000 kr och maten 12 000 kr."
    assert roles(text, FOLLOW_UP) == [(32_000, "beviljat"), (20_000, "utfall"), (12_000, "utfall")]
    # no exact sum: each grant stays a grant
    assert shares_after_total([100_000, 60_000, 30_000], ["beviljat"] * 3) == set()


def test_shares_after_total_pure() -> None:
    assert shares_after_total([90, 50, 40], ["beviljat"] * 3) == {1, 2}
    assert shares_after_total([90, 50, 40], ["annat", "budget", "budget"]) == {1, 2}  # a total the rules left open
    assert shares_after_total([90, 50, 40], ["beviljat", "utfall", "utfall"]) == set()
    assert shares_after_total([90, 50, 40, 7], ["budget"] * 4) == {1, 2}  # the run stops at the sum
    assert shares_after_total([None, 50, 40], ["budget"] * 3) == set()


# 2. Public text: a project's calculated cost ("beräknas kosta X") after a grant or an application for part of it is
# the forecast it is told as; a decision that approves the work still makes it the budget (the fifth round's
# convention; tests/data/roles/README.md, "Settled conventions").
def test_a_calculated_cost_beside_a_grant_in_public_text_is_a_forecast() -> None:
    text = "Vinnova har beviljat kommunen 3,1 mnkr till en ny lekplats i Solberga. Lekplatsen beräknas kosta 4,5 mnkr."
    assert roles(text) == [(3_100_000, "beviljat"), (4_500_000, "prognos")]
    text = "Scoutkåren söker 70 000 kronor till en ny kanot. Kanoten beräknas kosta 95 000 kronor."
    assert roles(text)[1] == (95_000, "prognos")


def test_a_calculated_cost_under_an_approving_decision_stays_the_budget() -> None:
    text = "Nämnden fattade i mars ett genomförandebeslut för den nya idrottshallen. Utgiften beräknas till 88 mnkr."
    assert roles(text) == [(88_000_000, "budget")]
    # an application form's own estimate is its budget
    text = "Vi söker 30 000 kr till nya tält. Tälten beräknas kosta 41 000 kr."
    assert roles(text, "kostnadsberakning")[1] == (41_000, "budget")


# 3. Public text: a forecast made at an earlier time of the year ("I våras var prognosen X", "I tertialrapport 2 låg
# prognosen på X") beside the current forecast is overtaken: `annat` (the seventh round's convention); alone it keeps
# its role.
def test_an_earlier_forecast_beside_the_current_one_is_overtaken() -> None:
    text = (
        "Fritidsnämnden räknar nu med ett underskott på 5,5 mnkr i år. "
        "I tertialrapport 1 låg prognosen på ett underskott på 2 mnkr."
    )
    assert roles(text) == [(5_500_000, "avvikelse"), (2_000_000, "annat")]
    text = "Kommunen bedömer nu att resultatet blir 12 mnkr. I höstas var prognosen 20 mnkr."
    assert roles(text)[1] == (20_000_000, "annat")


def test_an_earlier_forecast_alone_keeps_its_role() -> None:
    assert roles("I tertialrapport 2 räknade kulturnämnden med ett underskott på 1,5 mnkr.") == [
        (1_500_000, "avvikelse")
    ]


def test_shares_of_an_outcome_or_of_a_deviation_are_left_to_their_own_rules() -> None:
    # deviations add up with their signs; what was paid is told by its payers
    assert shares_after_total([5, 3, 2], ["avvikelse"] * 3) == set()
    assert shares_after_total([296, 214, 82], ["utfall"] * 3) == set()


# 4. A follow-up's bare total line under cost lines that add up to it exactly is the outcome; the lines are parts.
def test_a_bare_total_line_under_its_cost_lines_is_the_outcome() -> None:
    text = "Ljudtekniker 26 000\nScenhyra 14 500\nAffischer 2 300\n42 800"
    assert roles(text, FOLLOW_UP) == [(26_000, "annat"), (14_500, "annat"), (2_300, "annat"), (42_800, "utfall")]
    assert bare_sum([10, 20, 30], ["annat"] * 3, ["default"] * 3) == {2}
    assert bare_sum([10, 20, 31], ["annat"] * 3, ["default"] * 3) == set()
    assert bare_sum([10, 20, 30], ["annat", "budget", "annat"], ["default", "cue", "default"]) == set()
