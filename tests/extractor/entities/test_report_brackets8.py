"""A bracket after an amount that holds the figure a noun just before it names ("under budget (160 000 kr)",
"inom ramen (350 000:-)") is that figure, not the prior year's (role_parts.bracket_role); a bracket
with a year, or after a year, still is the prior year's. The first tests failed before the change (seen)."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities import find_amounts
from bilagor.extractor.entities.role_parts import bracket_role


def _spans(text: str, *amounts: str) -> list[tuple[int, int]]:
    return [(text.index(a), text.index(a) + len(a)) for a in amounts]


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("Vi landade på 143 700 kr, klart under budget (160 000 kr).", "143 700 kr", "160 000 kr"),
        ("Kostnaden, 58 900 kr, ryms inom det beviljade bidraget (60 000 kr).", "58 900 kr", "60 000 kr"),
        ("Totalt 1,9 mnkr vilket är något över kalkylen (1,8 mnkr).", "1,9 mnkr", "1,8 mnkr"),
    ],
)
def test_a_bracket_naming_the_figure_before_it_is_not_a_prior_year(text, first, second):
    assert bracket_role(text, _spans(text, second)[0], _spans(text, first, second)) != "annat"


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("Kostnaden blev 1,4 mnkr under 2022 (2,1 mnkr).", "1,4 mnkr", "2,1 mnkr"),
        ("Årets kostnad blev 96 000 kr (2022: 88 000 kr).", "96 000 kr", "88 000 kr"),
        ("Utfallet 310 tkr var lägre än förra årets budget (340 tkr).", "310 tkr", "340 tkr"),
    ],
)
def test_a_bracket_after_a_year_or_with_a_year_stays_a_prior_year(text, first, second):
    assert bracket_role(text, _spans(text, second)[0], _spans(text, first, second)) == "annat"


def test_the_bracket_takes_the_role_of_the_noun_before_it():
    text = "Kostnaden, 58 900 kr, ryms inom det beviljade bidraget (60 000 kr)."
    assert bracket_role(text, _spans(text, "60 000 kr")[0], _spans(text, "58 900 kr", "60 000 kr")) == "beviljat"


def test_the_bracketed_budget_is_summed_as_the_budget():
    found = find_amounts("Vi landade på 143 700 kr, klart under budget (160 000 kr).", "ekonomiskt_utfall")
    assert [(a.sek, a.role) for a in found] == [(143_700, "utfall"), (160_000, "budget")]
