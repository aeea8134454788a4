"""bench/places_gazetteer.py: the pure functions that turn stadsdel polygons and stop names into
the built gazetteer, on small data made here."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))  # the builder lives in bench/

from places_gazetteer import (  # noqa: E402
    build,
    clean_stop_name,
    is_common_word,
    point_in_ring,
    school_points,
    stadsdel_at,
    street_of_address,
)


def _square(x0: float, y0: float, size: float = 1.0) -> list[list[float]]:
    return [[x0, y0], [x0 + size, y0], [x0 + size, y0 + size], [x0, y0 + size], [x0, y0]]


# Two stadsdelar of two districts side by side, a third with a hole.
AREAS = [
    ("FARSTA", [[_square(0, 0)]]),
    ("KISTA", [[_square(1, 0)]]),
    ("SKRUBBA", [[_square(0, 1, 2), _square(0.5, 1.5)]]),
]


def test_a_point_is_inside_a_ring_or_not():
    assert point_in_ring(0.5, 0.5, _square(0, 0))
    assert not point_in_ring(1.5, 0.5, _square(0, 0))


def test_a_hole_is_not_inside():
    assert stadsdel_at(0.2, 1.2, AREAS) == "SKRUBBA"
    assert stadsdel_at(0.9, 1.9, AREAS) is None
    assert stadsdel_at(5, 5, AREAS) is None


def test_a_stop_name_loses_its_kind_and_its_locality():
    localities = ["Kista", "Farsta strand"]
    assert clean_stop_name("Kista T-bana", localities) == "Kista"
    assert clean_stop_name("Stockholm Frihamnen", localities) == "Frihamnen"
    assert clean_stop_name("Kista Jan Stenbecks torg", localities) == "Jan Stenbecks torg"
    assert clean_stop_name("Farsta Strand station", localities) == "Farsta Strand"
    assert clean_stop_name("Kronobergsgatan (på Kungsholms strand)", localities) == "Kronobergsgatan"


def test_a_generic_or_numbered_stop_is_no_place():
    assert clean_stop_name("Centrum", []) is None
    assert clean_stop_name("Stockholm Torget", []) is None
    assert clean_stop_name("Väg 222", []) is None


def test_a_common_word_is_told_by_the_dictionary():
    words = {"dal", "sluss", "torg"}
    assert is_common_word("Dalen", words) and is_common_word("Slussen", words)
    assert not is_common_word("Husby", words)
    assert not is_common_word("Dalen centrum", words)


def test_the_build_splits_places_from_ambiguous_names():
    stops = [
        ("Ölmevägen", 0.5, 0.5),  # (name, lat, lon): Farsta
        ("Kyrkvägen", 0.5, 0.5),  # in Farsta ...
        ("Kyrkvägen", 0.5, 1.5),  # ... and in Kista: two districts
        ("Skolvägen", 0.5, 0.5),  # in Farsta and in another town
        ("Täby Skolvägen", 9.0, 9.0),
        ("Husby torg", 0.5, 1.5),  # the hand gazetteer has it
    ]
    built = build(AREAS, stops, {"Rinkeby-Kista": ["Husby torg"]}, frozenset())
    assert built["places"]["Farsta"] == ["Farsta", "Ölmevägen"]
    assert built["places"]["Rinkeby-Kista"] == ["Kista"]
    assert built["places"]["Skarpnäck"] == ["Skrubba"]
    assert built["ambiguous"] == {
        "Kyrkvägen": ["Farsta", "Rinkeby-Kista"],
        "Skolvägen": ["Farsta", "outside the city"],
    }


def test_the_build_is_deterministic():
    stops = [("Ölmevägen", 0.5, 0.5), ("Arvikagatan", 0.6, 0.6)]
    first = build(AREAS, stops, {}, frozenset())
    second = build(list(reversed(AREAS)), list(reversed(stops)), {}, frozenset())
    assert first == second
    assert first["places"]["Farsta"] == ["Arvikagatan", "Farsta", "Ölmevägen"]


def test_an_address_gives_its_street():
    assert street_of_address("Askebykroken 22") == "Askebykroken"
    assert street_of_address("Edvard Griegsgången 26.") == "Edvard Griegsgången"
    assert street_of_address("Hjulsta backar 6") == "Hjulsta backar"
    assert street_of_address("Dartanjangs Gata 1") == "Dartanjangs gata"  # the kind of street in lower case
    assert street_of_address("Kärrtorpsvägen 7A") == "Kärrtorpsvägen"
    assert street_of_address("Bredbyplan 34a, entré B") == "Bredbyplan"
    assert street_of_address("12") is None


def test_a_school_gives_its_name_and_its_street_a_preschool_its_street_only():
    markers = [
        {"title": "Askebyskolan", "adress": "Askebykroken 22", "type": "Skola",
         "coordinates": {"lat": 0.5, "lng": 0.5}},
        {"title": "Viadukten 5", "adress": "Viadukten 5", "type": "Förskola",
         "coordinates": {"lat": 0.5, "lng": 1.5}},
    ]  # fmt: skip
    assert school_points(markers) == [
        ("Askebyskolan", 0.5, 0.5),
        ("Askebykroken", 0.5, 0.5),
        ("Viadukten", 0.5, 1.5),
    ]


def test_named_points_are_places_of_their_stadsdel_and_ambiguous_across_two():
    points = [
        ("Askebyskolan", 0.5, 0.5),  # Farsta
        ("Skogsvägen", 0.5, 0.5),  # in Farsta ...
        ("Skogsvägen", 0.5, 1.5),  # ... and in Kista
        ("Skolvägen", 0.5, 0.5),  # a stop of that name lies outside the city, in the county
        ("Oxhagsskolan", 0.5, 1.5),  # a stop of that name lies in a far town: still a place
        ("Utanförskolan", 9.0, 9.0),  # outside every stadsdel: nothing
    ]
    stops = [("Täby Skolvägen", 59.4, 18.0), ("Huskvarna Oxhagsskolan", 57.7, 14.2)]
    built = build(AREAS, stops, {}, frozenset(), points)
    assert built["places"]["Farsta"] == ["Askebyskolan", "Farsta"]
    assert built["places"]["Rinkeby-Kista"] == ["Kista", "Oxhagsskolan"]
    assert built["ambiguous"] == {
        "Skogsvägen": ["Farsta", "Rinkeby-Kista"],
        "Skolvägen": ["Farsta", "outside the city"],
    }
    assert "Utanförskolan" not in str(built)
