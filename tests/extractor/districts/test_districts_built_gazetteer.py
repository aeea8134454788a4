"""The gazetteer built from open data (issue #12, class 8, eleventh round): extractor/places_built.json,
made by bench/build_places.py from the city's stadsdel polygons and the stops of GTFS Sverige 2.
A place the hand gazetteer never listed names its district; a name the data finds in two districts
or outside the city names none; a one-word place that is also a Swedish word ("Dalen") counts in
prose only where its capital cannot come from the start of a sentence."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from bilagor.extractor import districts
from bilagor.extractor.districts.gazetteer import hand_gazetteer
from bilagor.extractor.metadata import district_and_source


def _built() -> dict:
    return json.loads(resources.files("bilagor.extractor").joinpath("places_built.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("place", "year", "district"),
    [
        ("Sjövikstorget", 2022, "Hägersten-Älvsjö"),  # a stop of Liljeholmen, not in the hand list
        ("Skrubba", 2021, "Skarpnäck"),  # a stadsdel the hand list lacked
        ("Ölmevägen", 2017, "Farsta"),
        ("Ärvingevägen", 2024, "Järva"),
        ("Riddersviksvägen", 2016, "Hässelby-Vällingby"),
        ("Orhem", 2019, "Skarpnäck"),
    ],
)
def test_a_built_place_implies_its_district(place, year, district):
    assert district_and_source([place], [], year) == (district, "place")


def test_stieg_trenters_torg_lies_in_farsta_strand():
    # The square the project's data gave Kungsholmen lies in Farsta strand (Mitt i, 2019: "Stieg
    # Trenters torg i Farsta strand ska rustas upp").
    assert district_and_source(["Stieg Trenters torg"], [], 2018) == ("Farsta", "place")


def test_every_built_place_reads_as_its_district():
    for district, names in _built()["places"].items():
        for name in names:
            assert districts.place_mentions(name)[:1] == [district], name


def test_an_ambiguous_name_decides_nothing_alone():
    ambiguous = _built()["ambiguous"]
    assert ambiguous, "the builder found no ambiguous name"
    keys = {districts.name_key(p) for ps in districts.gazetteer_places().values() for p in ps}
    assert not [name for name in ambiguous if districts.name_key(name) in keys]


def test_the_built_gazetteer_is_small():
    size = len(resources.files("bilagor.extractor").joinpath("places_built.json").read_bytes())
    assert size < 1_000_000


@pytest.mark.parametrize(
    "text",
    [
        "Dalen nedanför skolan har fått belysning längs stigen.",
        "Gärdet bakom förskolan har röjts.",
        "Slussen vid kanalen har fått nya räcken.",
    ],
)
def test_a_common_word_at_a_sentence_start_names_no_district(text):
    assert district_and_source([], [text], 2018) == (None, None)


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("Belysningen i Dalen har förbättrats.", "Enskede-Årsta-Vantör"),
        ("Buskagen på Gärdet har glesats ut.", "Östermalm"),
    ],
)
def test_a_common_word_inside_a_sentence_is_a_place(text, district):
    assert district_and_source([], [text], 2018) == (district, "place")


def test_a_common_word_in_the_location_field_is_a_place():
    assert district_and_source(["Dalen"], [], 2018) == ("Enskede-Årsta-Vantör", "place")


def test_the_hand_gazetteer_agrees_with_the_citys_stadsdel_table():
    # Each stadsdel the hand gazetteer names lies in the district the city lists it under
    # (start.stockholm: Enskededalen is Skarpnäck's, Örby slott Älvsjö's, Örby Enskede-Årsta-Vantör's,
    # Skeppsholmen was Norrmalm's).
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))
    from places_gazetteer import DISTRICT_OF_STADSDEL, area_name

    table = {districts.name_key(area_name(s)): d for s, d in DISTRICT_OF_STADSDEL.items()}
    hand = hand_gazetteer()["places"]
    wrong = [
        (p, d, table[districts.name_key(p)])
        for d, ps in hand.items()
        for p in ps
        if table.get(districts.name_key(p), d) != d
    ]
    assert wrong == []


@pytest.mark.parametrize("field", ["Liseberg i Göteborg", "Vinsta i Uppsala", "Sätra strand i Sigtuna kommun"])
def test_a_location_said_to_lie_in_another_town_names_no_district(field):
    # A stadsdel's name is a place elsewhere too; the loose (misread-letter) reading must not find it either.
    assert district_and_source([field], [], 2018) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Bryggan vid Farstaviken i Gustavsberg har fått belysning.",
        "Kamerorna vid Skarpnäcks gård i Vallentuna har samma placering.",
    ],
)
def test_a_place_said_to_lie_in_a_town_outside_the_city_names_no_district(text):
    # Not only the municipalities: the localities of the county that the stop data names (Gustavsberg
    # lies in Värmdö) are elsewhere too.
    assert district_and_source([], [text], 2018) == (None, None)


def test_the_localities_outside_hold_no_place_of_the_city():
    localities = {districts.name_key(t) for t in _built()["localities_outside"]}
    keys = {districts.name_key(p) for ps in districts.gazetteer_places().values() for p in ps}
    assert localities and not localities & keys
