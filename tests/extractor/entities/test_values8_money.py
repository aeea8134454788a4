"""Values found on the burned seventh set's dev half, in new wording: a bare figure linked to an amount in
kronor right after it ("X av Y kronor", "X i stället för Y kr") shares its unit; a range of thousands with
no unit ("190–195 tusen") keeps both bounds. Seen failing before the change; the controls passed before."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities.money import find_money


def values(text: str) -> list[tuple[int, int | None]]:
    return [(m.sek, m.high) for m in find_money(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Vi landade på 92 procent, eller 41 500 av 45 000 kronor.", [(41_500, None), (45_000, None)]),
        ("Lokalen blev dyrare, 7 200 istället för 6 000 kr.", [(7_200, None), (6_000, None)]),
        ("Det blev 96 000 mot budgeterade 100 000 kr.", [(96_000, None), (100_000, None)]),
        ("Budget 80 000 kr; slutnotan hamnar på 72–76 tusen.", [(80_000, None), (72_000, 76_000)]),
    ],
)
def test_figures_that_share_a_unit(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Vi nådde 1 200 av 1 500 deltagare och fick 30 000 kr.", [(30_000, None)]),
        ("Mellan 20-30 tusen besökare kom, och vi fick 40 000 kr.", [(40_000, None)]),
    ],
)
def test_controls_counts_stay_out(text, expected):
    assert values(text) == expected
