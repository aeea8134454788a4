"""Amount roles, eighteenth round (issue #11, rules side): a test for each class of wording the rules missed
in heldout17_dev / heldout17_public_dev, written in new sentences, with controls where a rule must stay quiet
(conventions: tests/data/roles/README.md)."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities.money import find_money
from bilagor.extractor.entities.role_clauses import _mask
from bilagor.extractor.entities.role_cost_lines import cost_line
from bilagor.extractor.entities.role_funders import funder_kind

from form_roles import APPLICATION, FOLLOW_UP, roles


# A. Payers of one cost named each before (or, "kom från X", after) its money in a follow-up (h17-039, h17-051,
# h17-093, h17-155, h17-175): the city body is often written in lower case after the first payer, or names a
# bracket its share stands in; the city's share is the grant, an outside payer's (a fund, an association, a
# federation, the parents) `annat`.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Stiftelsen Solgläntan gav 12 000 kr och stadsdelsnämnden 26 000 kr till kören.",
            [(12000, "annat"), (26000, "beviljat")],
        ),
        (
            "Kostymerna betalades av Ungdomsfonden (5 500 kr), kulturförvaltningen (9 000 kr) och föräldrarna (1 200 kr).",
            [(5500, "annat"), (9000, "beviljat"), (1200, "annat")],
        ),
        (
            "Verktygen bekostades av stadsdelsförvaltningen (14 000 kr) och Östra Bågskytteförbundet (3 000 kr).",
            [(14000, "beviljat"), (3000, "annat")],
        ),
        (
            "Teatern kostade 39 000 kr. Kulturförvaltningen stod för 27 000 kr och resten, 12 000 kr, kom från Vallby församling.",
            [(39000, "utfall"), (27000, "beviljat"), (12000, "annat")],
        ),
        (
            "Så delades kostnaden: nämnden 16 000 kr, idrottsförvaltningen 8 000 kr och Hembygdsföreningens förbund 2 000 kr.",
            [(16000, "beviljat"), (8000, "beviljat"), (2000, "annat")],
        ),
    ],
)
def test_payers_named_before_their_share(text, expected):
    assert roles(text) == expected


def test_named_association_is_an_outside_funder_but_the_applicant_alone_is_none():
    assert funder_kind("Lilla Essingens förening") == "outside"
    assert funder_kind("Brukshundsförbundet") == "outside"
    assert funder_kind("föreningen") is None


def test_bracketed_prior_year_figure_without_a_payer_stays_annat():
    # control: a bare figure in brackets after the outcome is the year before, not a payer's share
    assert roles("Utfallet blev 47 000 kr (43 000 kr).") == [(47000, "utfall"), (43000, "annat")]


# B. Cost lines with no role word in a follow-up's economy answer are the outcome (h17-006, h17-036, h17-061,
# h17-094, h17-098, h17-166): a label of things bought before a colon, a label whose nouns a preposition joins
# or that holds a count, the product of a count and a unit price, and lines after a sentence with money of its
# own. A label that names a figure of the project (a decided frame, an earlier report) is no thing bought.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lim, papper och ramar till utställningen: 2 760 kr. Bidraget var 3 000 kr.",
            [(2760, "utfall"), (3000, "beviljat")],
        ),
        ("Båtresa till Vaxholm 6 400 kr. Glass åt 30 barn 1 350 kr.", [(6400, "utfall"), (1350, "utfall")]),
        (
            "Beviljat: 9 tkr\nVävstolar (2 st): 5,2 tkr\nGarn: 3,1 tkr",
            [(9000, "beviljat"), (5200, "utfall"), (3100, "utfall")],
        ),
        ("Dansworkshop: pedagog 4 × 1 800 kr = 7 200 kr.", [(1800, "annat"), (7200, "utfall")]),
        (
            "Sökt belopp 15 000 kr, beviljat 12 000 kr. Trummor för 8 300 kr samt noter 1 900 kr.",
            [(15000, "sokt"), (12000, "beviljat"), (8300, "utfall"), (1900, "utfall")],
        ),
    ],
)
def test_cost_lines_of_a_follow_up(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Beslutad ram: 90 000 kr",
        "Tidigare redovisat: 40 000 kr.",
        "Vi hade 7 000 kr.",
        "Staden 5 000 kr.",
    ],
)
def test_labels_that_name_no_thing_bought_are_no_cost_lines(text):
    assert not cost_line(_masked(text), _first_amount(text))


def test_a_place_ending_in_staden_is_no_funder():
    text = "Virke till snickarverkstaden: 4 000 kr."
    assert cost_line(_masked(text), _first_amount(text))


def _masked(text: str) -> str:
    return _mask(text, [(m.start, m.end) for m in find_money(text)])


def _first_amount(text: str) -> tuple[int, int]:
    first = find_money(text)[0]
    return first.start, first.end


# C. A budget changed after the figure ("Budgeten på X justerades till Y", "… sänktes budgeten i juni till Y"):
# the figure changed from is superseded (`annat`), the one changed to is the plan its noun names, whatever a
# clause after it says (h17-042, h17-133).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ramen på 64 000 kr reviderades i april till 59 000 kr eftersom bussen blev billigare. Vi gjorde av med 58 300 kr.",
            [(64000, "annat"), (59000, "budget"), (58300, "utfall")],
        ),
        (
            "I ansökan räknade vi med 44 000 kr. Efter offerten höjdes budgeten till 47 500 kr. Det kostade 47 100 kr.",
            [(44000, "annat"), (47500, "budget"), (47100, "utfall")],
        ),
        ("Bidraget på 15 000 kr har sänkts till 12 000 kr.", [(15000, "annat"), (12000, "beviljat")]),
    ],
)
def test_a_plan_changed_to_a_new_figure(text, expected):
    assert roles(text) == expected


# D. A part of a figure in a "varav"/"därav" clause, with its own verb, is a part beside its whole: never the
# outcome or budget beside it (the README's summing rule 1; the brief's open class).
@pytest.mark.parametrize(
    ("text", "section", "expected"),
    [
        (
            "Renoveringen kostade 84 000 kr, varav en stiftelse betalade 20 000 kr.",
            FOLLOW_UP,
            [(84000, "utfall"), (20000, "annat")],
        ),
        ("Scenen kostade 2,4 mnkr (därav stod regionen för 0,6 mnkr).", None, [(2400000, "utfall"), (600000, "annat")]),
        (
            "Kostnaden beräknas till 96 000 kr, varav vi planerar 30 000 kr till ljud.",
            APPLICATION,
            [(96000, "budget"), (30000, "annat")],
        ),
    ],
)
def test_a_part_in_a_varav_clause(text, section, expected):
    assert roles(text, section) == expected


def test_varav_label_opening_an_application_line_stays_sought():
    # control: "Varav sökt från KS" labels the sought part and has no figure before it in its sentence
    assert roles("Kostnaden är 90 000 kr.\nVarav sökt från KS: 40 000 kr", APPLICATION) == [
        (90000, "budget"),
        (40000, "sokt"),
    ]


# E. How far the cost went past or under the plan, told by a verb of going and "med" ("så vi gick över med X",
# "låg under ramen med X"), is the deviation, not a second outcome (h17-125).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Budgeten var 18 000 kr men vi gick över med 650 kr.", [(18000, "budget"), (650, "avvikelse")]),
        (
            "Slutkostnaden blev 9 400 kr och vi låg därmed under ramen med 600 kr.",
            [(9400, "utfall"), (600, "avvikelse")],
        ),
    ],
)
def test_a_deviation_told_by_going_over_or_under(text, expected):
    assert roles(text) == expected
