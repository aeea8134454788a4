"""Districts, the nineteenth round (h24/f-entities, issues #11/#12): a district's own name inside a place said to
lie in another municipality ("Bromma kyrka, Ystads kommun"), "kommun" as a scan reads it, and a place named as
the thing a comparison points to ("på samma sätt som lekplatsen i Björkhagen")."""

from __future__ import annotations

import pytest

from bilagor.extractor import districts
from bilagor.extractor.metadata import build_metadata


def field_district(place: str, year: int = 2019) -> str | None:
    return build_metadata([f"Uppföljning {year}"], [("plats", place)], []).district


@pytest.mark.parametrize(
    "place",
    [
        "Bromma kyrka, Ystads kommun",
        "Farsta gård, Ronneby kommun",
        "Skarpnäcks kyrka, Eslövs kommun",
        # a scan's "rn" for "m" and zero for "o" in the municipality's noun
        "Vällingby torg, Kumla kornrnun",
        "Skarpnäcks gård, Mora k0mmun",
    ],
)
def test_a_district_name_inside_a_place_of_another_municipality_names_none(place):
    assert field_district(place) is None


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        # controls: the city's own place, alone, with the city's name, or beside a district
        ("Bromma kyrka", "Bromma"),
        ("Farsta centrum, Stockholms stad", "Farsta"),
        ("Husby torg, Rinkeby-Kista", "Rinkeby-Kista"),
        ("Vällingby torg, Stockholms kommun", "Hässelby-Vällingby"),
    ],
)
def test_a_district_name_of_the_city_in_a_location_field_still_names_it(place, expected):
    assert field_district(place) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lekplatsen i Hökarängen har fått ny belysning, på samma sätt som lekplatsen i Björkhagen året innan.",
            ["Farsta"],
        ),
        ("Gångvägen i Rågsved har fått samma stolpar som gångvägen vid Husby.", ["Enskede-Årsta-Vantör"]),
        # control: "som" that opens a clause of its own, long before the place, compares nothing with it
        ("Samma belysning som användes förra vintern har nu satts upp i Björkhagen.", ["Skarpnäck"]),
    ],
)
def test_a_place_named_as_what_a_comparison_points_to_is_another_districts(text, expected):
    assert districts.place_mentions(text, prose=True, others=False) == expected


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        # a long one-word place with two of a scan's misread letters: still one place alone
        ("Vitaberqsparkcn", ["Södermalm"]),
        # controls: a shorter name two letters off, and a long word that is no place, name none
        ("Vasaparkcm", []),
        ("Trygghetsvandringen", []),
    ],
)
def test_a_long_place_may_hold_two_misread_letters(field, expected):
    assert districts.misread_place_mentions(field) == expected
