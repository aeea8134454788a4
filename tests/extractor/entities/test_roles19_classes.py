"""Amount roles, eighteenth round's second wave (issue #11, rules side): a test for each class of wording the
rules missed in heldout18_dev, written in new sentences, with controls where a rule must stay quiet
(conventions: tests/data/roles/README.md)."""

from __future__ import annotations

import pytest

from form_roles import APPLICATION, roles


# A. A table of cost lines under a line that labels the grant or budget with its own amount, closed by a total
# (h18-108, report u61): the total sums the cost lines (the outcome in a follow-up), not the grant named above
# them; the lines are its parts.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sommarlovsfisket vid Magelungen\nBeviljat 26 000 kr\nSpön och beten 9 300 kr\nBussresor 14 100 kr\nTotalt 23 400 kr",
            [(26000, "beviljat"), (9300, "annat"), (14100, "annat"), (23400, "utfall")],
        ),
        (
            "Budget 48 000 kr\nLokalhyra 20 500 kr\nLedararvode 25 000 kr\nSumma 45 500 kr",
            [(48000, "budget"), (20500, "annat"), (25000, "annat"), (45500, "utfall")],
        ),
    ],
)
def test_a_total_below_cost_lines_is_not_the_grant_line_above_them(text, expected):
    assert roles(text) == expected


def test_cost_lines_under_a_total_without_a_grant_line_still_sum_to_the_outcome():
    # control: a cost line's own label ("Arbetskostnad") is no grant; the total still reads the lines above
    text = "Ekonomisk redovisning\nVirke 12 000 kr\nArbetskostnad 30 000 kr\nSumma 42 000 kr"
    assert roles(text) == [(12000, "annat"), (30000, "annat"), (42000, "utfall")]


def test_a_heading_over_an_application_list_still_names_its_total():
    # control: "Budget:" before the first line is a heading over the list, not a label of its own amount
    text = "Budget: Hyra 10 000 kr, Material 5 000 kr, Summa 15 000 kr"
    assert roles(text, APPLICATION) == [(10000, "annat"), (5000, "annat"), (15000, "budget")]


# B. A unit price told with "Varje … kostade" in a follow-up, then its product (h18-163, report u95): the unit
# price is `annat`, the product after it what the verb says of the whole (the outcome), not a restatement of the
# unit price nor the grant named in the sentence before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vi fick 30 000 kr i bidrag. Varje cykelhjälm kostade 350 kr, alltså 28 000 kr för alla 80.",
            [(30000, "beviljat"), (350, "annat"), (28000, "utfall")],
        ),
        ("Varje tält kostade 2 400 kr, totalt 12 000 kr.", [(2400, "annat"), (12000, "utfall")]),
    ],
)
def test_a_unit_price_and_its_product(text, expected):
    assert roles(text) == expected


def test_a_bare_past_cost_that_an_alltsa_breaks_down_stays_the_outcome():
    # control: no "varje": the first figure is the whole, the one after "alltså … per natt" the unit price
    assert roles("Stugan kostade 8 400 kr, alltså 2 100 kr per natt.") == [(8400, "utfall"), (2100, "annat")]


# C. Next year's grant on a line of its own below this year's grant and outcome (h18-130, report u75): a grant or
# budget line labelled with a later year than every line above it, one of which is an outcome, is the next
# period's figure (`annat`), not summed with this year's grant.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bidrag 2023: 25 000 kr\nKostnader 2023: 24 000 kr\nBidrag 2024: 30 000 kr",
            [(25000, "beviljat"), (24000, "utfall"), (30000, "annat")],
        ),
        (
            "Budget 2022: 60 000 kr\nUtfall 2022: 57 500 kr\nBudget 2023: 65 000 kr",
            [(60000, "budget"), (57500, "utfall"), (65000, "annat")],
        ),
    ],
)
def test_next_years_grant_line_below_this_years_outcome(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # outcomes of each year of a project that ran over two are both its own
        ("Utfall 2023: 25 000 kr\nUtfall 2024: 30 000 kr", [(25000, "utfall"), (30000, "utfall")]),
        # grants of two years above one outcome: no outcome above the later grant, so both count
        (
            "Bidrag 2023: 25 000 kr\nBidrag 2024: 30 000 kr\nUtfall: 52 000 kr",
            [(25000, "beviljat"), (30000, "beviljat"), (52000, "utfall")],
        ),
    ],
)
def test_later_years_lines_of_the_project_itself_stay_its_figures(text, expected):
    assert roles(text) == expected
