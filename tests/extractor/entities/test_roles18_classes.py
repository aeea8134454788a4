"""Amount roles, eighteenth round (issue #11, rules side): a test for each class of wording the rules missed
in heldout17_dev / heldout17_public_dev, written in new sentences, with controls where a rule must stay quiet
(conventions: tests/data/roles/README.md)."""

from __future__ import annotations

import pytest

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
