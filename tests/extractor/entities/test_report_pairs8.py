"""A sentence that opens on the figure replaced ("Istället för 420 000 kronor blev den 365 000 kronor"): the
first is what the second is measured against, never the same role (role_pairs.compared_pair_roles). Seen
failing before the change (both were `utfall`); the control ("A i stället för B") passed before too."""

from __future__ import annotations

from bilagor.extractor.entities import find_amounts


def roles(text: str) -> list[tuple[int, str]]:
    return [(a.sek, a.role) for a in find_amounts(text, "ekonomiskt_utfall")]


def test_a_fronted_instead_names_the_budget_first():
    assert roles("Istället för 610 000 kronor landade den på 574 000 kronor.") == [
        (610_000, "budget"),
        (574_000, "utfall"),
    ]


def test_control_the_measured_figure_first():
    assert roles("Kostnaden blev 415 000 kr i stället för 350 000 kr.") == [(415_000, "utfall"), (350_000, "budget")]
