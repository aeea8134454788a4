"""Stockholm's local police areas as a clue to the district (issue #12 class 8): the forms documents
write them in ("LPO Södermalm", "Järva lokalpolisområde", "närpolisområde Farsta"), the areas
named for a district, and the areas that span several districts, which give none."""

from __future__ import annotations

import pytest

from bilagor.extractor import districts
from bilagor.extractor.districts.gazetteer import hand_gazetteer
from bilagor.extractor.metadata import district_and_source


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("LPO Södermalm har deltagit i trygghetsvandringen.", 2019, "Södermalm"),
        ("Enligt lpo Farsta har anmälningarna minskat.", 2019, "Farsta"),
        ("Underlaget kommer från Lpo Skärholmen.", 2018, "Skärholmen"),
        ("Järva lokalpolisområde har bidragit med lägesbilden.", 2024, "Järva"),
        ("Södermalms lokalpolisområde har bidragit med lägesbilden.", 2019, "Södermalm"),
        ("Enligt närpolisområde Farsta har inbrotten ökat.", 2012, "Farsta"),
        ("Skärholmens närpolisområde har deltagit.", 2013, "Skärholmen"),
        ("LPO Norra innerstaden har deltagit.", 2025, "Norra innerstaden"),
        ("Lokalpolisområde Lidingö-Kungsholmen har deltagit.", 2025, "Kungsholmen"),
        ("Enligt LPO Rinkeby har brotten minskat.", 2018, "Rinkeby-Kista"),
    ],
)
def test_a_police_area_in_its_written_forms_names_its_district(text, year, expected):
    assert district_and_source([], [text], year) == (expected, "police")


@pytest.mark.parametrize(
    "text",
    [
        "Lokalpolisområde Globen har deltagit i vandringen.",  # Enskede-Årsta, Skarpnäck and Älvsjö
        "LPO Globen har deltagit i vandringen.",
        "Lokalpolisområde Vällingby har deltagit i vandringen.",  # Hässelby-Vällingby, Bromma (and Ekerö)
        "Enligt polisområde Stockholm syd har rånen minskat.",  # a polisområde: many districts
        "Polisområde Stockholm city har bidragit med statistik.",
        "Polisområde Stockholm nord har bidragit med statistik.",
        "LPO City har bidragit med statistik.",
    ],
)
def test_a_police_area_spanning_several_districts_gives_none(text):
    assert districts.police_mentions(text) == []
    assert district_and_source([], [text], 2019) == (None, None)


def test_a_place_named_beside_such_an_area_still_counts():
    text = "Lokalpolisområde Globen har deltagit. Belysningen vid Medborgarplatsen byttes."
    assert district_and_source([], [text], 2019) == ("Södermalm", "place")


def test_the_police_area_outranks_a_place_in_the_text():
    text = "Enligt LPO Farsta har otryggheten ökat, särskilt kring Medborgarplatsen."
    assert district_and_source([], [text], 2019) == ("Farsta", "police")


def test_police_areas_of_the_gazetteer_name_a_district_or_none():
    for area, district in hand_gazetteer()["police_areas"].items():
        assert district is None or districts.canonical(district) == district, area
