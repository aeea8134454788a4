"""Amount roles, eighteenth round (issue #11, rules side): a test for each class of wording the rules missed
in heldout17_dev / heldout17_public_dev, written in new sentences, with controls where a rule must stay quiet
(conventions: tests/data/roles/README.md)."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities.money import find_money
from bilagor.extractor.entities.role_clauses import _mask
from bilagor.extractor.entities.role_cost_lines import cost_line
from bilagor.extractor.entities.role_funders import funder_kind

from form_roles import roles


# A. Payers of one cost named each before its money in a follow-up (h17-039, h17-093, h17-155, h17-175): the
# city body is often written in lower case after the first payer, or names a bracket its share stands in; the
# city's share is the grant, an outside payer's (a fund, an association, a federation, the parents) `annat`.
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
