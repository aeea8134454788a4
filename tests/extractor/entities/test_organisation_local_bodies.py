"""Organisations named by how such bodies build their names (extractor/entities/organisation_local_bodies.py): a
municipality's housing company and a national organisation's regional unit written as its initialism and the city;
with phrases built alike that name none."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities import find_organisations
from bilagor.extractor.entities.organisation_local_bodies import HOUSING_COMPANY_ID, REGIONAL_UNIT_ID, name_of


def found(text: str) -> list[tuple[str, str]]:
    return sorted((o.name, o.kind) for o in find_organisations(text, year=2022))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town's name with "hem", "byggen" or "bostäder", in one word or two, also in the genitive
        ("Lidingöhem har satt upp nya armaturer i trapphusen.", [("Lidingöhem", "bolag")]),
        ("Vallentunahems fastighetsskötare har röjt slyet.", [("Vallentunahem", "bolag")]),
        ("Haninge Bostäder har bjudits in till nätverket.", [("Haninge Bostäder", "bolag")]),
        ("Täby Bostäders trapphus har fått ny belysning.", [("Täby Bostäder", "bolag")]),
        # an initialism and the city: the organisation, as a regional unit is named
        ("FUB Stockholm har deltagit i trygghetsvandringen.", [("FUB", "forening")]),
        ("NTF Stockholms representant gav råd om övergångsstället.", [("NTF", "forening")]),
        # ... a listed body by its own name
        ("RFSL Stockholm har haft ett bord på torget.", [("RFSL", "forening")]),
    ],
)
def test_bodies_named_by_how_their_names_are_built(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a home or a building of a town, a town's homes in lower case, and the town alone
        "Hemmet i Lidingö har fått nya lampor.",
        "Solnahemmet har fått nya lampor.",
        "Nya bostäder i Haninge har fått belysta gångvägar.",
        "Vi åkte till Nacka och Lidingö för att se deras lösningar.",
        # capitals that are no organisation's initialism before the city
        "Armaturen är märkt LED Stockholm på sidan.",
        "BILAGA Stockholm 2021 saknar sidnummer.",
    ],
)
def test_phrases_built_alike_name_none(text):
    assert found(text) == []


def test_the_name_is_read_without_its_genitive():
    assert name_of("Botkyrkabyggens", HOUSING_COMPANY_ID) == ("Botkyrkabyggen", "bolag")
    assert name_of("Täby Bostäders", HOUSING_COMPANY_ID) == ("Täby Bostäder", "bolag")
    assert name_of("FUB Stockholms", REGIONAL_UNIT_ID) == ("FUB", "forening")
