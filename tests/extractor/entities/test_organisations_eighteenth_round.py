"""Organisations, the seventeenth round's second wave (issues #11/#12): the study associations
Folkbildningsrådet funds and the universities and university colleges of Stockholm (UKÄ's register),
listed with the short forms they go by -- with controls where a like word names nothing."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities import find_organisations


def _names(text: str, year: int | None = 2019) -> list[str]:
    return sorted(o.name for o in find_organisations(text, year=year))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kurserna i svenska leddes av Folkuniversitetet.", ["Folkuniversitetet"]),
        ("Studieförbundet Bilda och NBV har hyrt lokalen varannan vecka.", ["NBV", "Studieförbundet Bilda"]),
        ("Cirkeln hölls av Studieförbundet Ibn Rushd i Tensta.", ["Studieförbundet Ibn Rushd"]),
        ("Kulturens bildningsverksamhet stod för musiken.", ["Kulturens bildningsverksamhet"]),
        # a control: the genitive of "kulturen" alone is no study association
        ("Kulturens roll i området diskuterades.", []),
    ],
)
def test_the_study_associations_are_listed(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Studenter från GIH har mätt hur många som tränar i parken.", ["Gymnastik- och idrottshögskolan"]),
        ("KMH lånade ut elever till invigningen.", ["Kungliga Musikhögskolan"]),
        ("Två lärare från Röda Korsets högskola höll i utbildningen.", ["Röda Korsets högskola"]),
        ("Ersta Sköndal Bräcke högskola har följt projektet.", ["Ersta Sköndal Bräcke högskola"]),
        ("Handelshögskolan i Stockholm har räknat på kostnaderna.", ["Handelshögskolan i Stockholm"]),
        # a control: a college named as a kind, in lower case, is none
        ("En högskola i närheten har visat intresse.", []),
    ],
)
def test_the_universities_of_stockholm_are_listed_with_their_short_forms(text, expected):
    assert _names(text) == expected
