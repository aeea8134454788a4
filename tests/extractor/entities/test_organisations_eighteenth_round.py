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
        ("NBV har hyrt lokalen varannan vecka.", ["NBV"]),
        (
            "Nykterhetsrörelsens bildningsverksamhet och Ibn Rushd delade på salen.",
            ["Ibn Rushd", "NBV"],
        ),
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Föreningen Gubbängens framtid har ordnat en vandring.", ["Föreningen Gubbängens framtid"]),
        ("Vi har samarbetat med Föreningen Bagarmossens vänner om belysningen.", ["Föreningen Bagarmossens vänner"]),
        # controls: what the association has is no part of its name; a genitive that is no place's
        # is a body's own ("Nattvandrarna" is listed); a verb after the genitive ends the name
        ("Föreningen Hökarängens ordförande invigde torget.", ["Föreningen Hökarängen"]),
        ("Föreningen Nattvandrarnas medlemmar gick i området.", ["Nattvandrarna"]),
    ],
)
def test_a_places_genitive_after_foreningen_takes_the_noun_it_governs(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sociala nämnden i Solna har yttrat sig över ansökan.", ["Sociala nämnden"]),
        ("Lampan sattes upp efter ett beslut i Tekniska nämndens arbetsutskott.", ["Tekniska nämnden"]),
        # controls: an adjective of scope, or one in lower case, describes a committee
        ("Lokala nämnden har följt arbetet.", []),
        ("Frågan gick till den tekniska nämnden i kommunen.", []),
    ],
)
def test_a_committee_named_by_its_field_is_a_name(text, expected):
    assert _names(text) == expected
