"""Values, fourteenth round (issue #11 class 9): the value classes heldout12's miss stands for, in wording of
their own (tests/data/roles/values_tuning14.jsonl has more). Each case failed before the change; the controls
(non-money numbers beside money) passed before and must still."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities.money import find_money


def sek(text: str) -> list[int]:
    return [m.sek for m in find_money(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a plus before a label line's figure: the difference is a figure like the lines above it
        ("Kalkyl 52 000\nBokfört 55 900\nSkillnad +3 900", [52_000, 55_900, 3_900]),
        # control (passed before: "Över budget" is a money label of its own)
        ("Bidrag 40 000\nKostnad 41 250\nÖver budget + 1 250", [40_000, 41_250, 1_250]),
    ],
)
def test_a_plus_before_a_label_lines_figure(text, expected):
    assert sek(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a unit declared in a bracket that closes the heading holds for the lines under it, as "… i tkr." does
        ("Redovisning (belopp i tkr)\nBudget: 640\nUtfall: 612", [640_000, 612_000]),
        ("Ekonomi (belopp i kronor)\nBeviljat: 90 000\nUtfall: 93 300\nAvvikelse: +3 300", [90_000, 93_300, 3_300]),
        ("Sammanställning (i mnkr):\nKalkyl 4,2\nUtfall 4,5", [4_200_000, 4_500_000]),
    ],
)
def test_a_unit_declared_in_a_bracket_closing_the_heading(text, expected):
    assert sek(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kontakt (telefon i kontorstid)\nTel: +46 8 508 123 45\nVäxel: +46 8 508 000 00",
        "Resultat (i procent)\nÖkning: +12\nMinskning: -4",
        "Statistik (antal i kronor per deltagare anges inte)\nDeltagare: 1 250\nBesök: 3 400",
        "Ekonomi (belopp i tkr)\nAntal deltagare: 45\nProjektnummer: 2024-118",
    ],
)
def test_non_money_numbers_stay_out(text):
    assert sek(text) == []
