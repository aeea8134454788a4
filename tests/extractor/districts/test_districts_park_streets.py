"""Districts, the eighteenth round (h23/f-entities, issues #11/#12): a park no list holds is read as lying where
the streets that share its first part lie (extractor/park_names.py), with controls where the streets disagree,
the first part is too short to be a name, or a list already places the park."""

from __future__ import annotations

import pytest

from bilagor.extractor import districts
from bilagor.extractor.park_names import parks_named_by_streets, street_stem, street_stems


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("Blecktornsgränd", "Blecktorns"),
        ("Svandammsplan", "Svandamms"),
        ("Tantogatan", "Tanto"),
        ("Kyrkvägen", None),  # too short a first part to be a name
        ("Bengt Tranas väg", None),  # several words
        ("Vitabergsparken", None),  # a park, not a street
    ],
)
def test_a_streets_first_part(name, stem):
    assert street_stem(name) == stem


def test_a_stem_shared_by_two_districts_or_found_elsewhere_decides_nothing():
    places = {
        "Södermalm": ["Lindblomsgatan", "Ekorrvägen"],
        "Farsta": ["Lindblomsvägen", "Hästhagsvägen"],
    }
    assert street_stems(places, elsewhere=["Ekorrbacken"]) == {"Hästhags": "Farsta"}


def test_parks_come_from_the_stems_and_a_listed_park_is_not_made_again():
    places = {"Södermalm": ["Blecktornsgränd", "Blecktornsparken"], "Bromma": ["Ålstensgatan"]}
    assert parks_named_by_streets(places) == {
        "Södermalm": ["Blecktornslunden"],
        "Bromma": ["Ålstensparken", "Ålstenslunden"],
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Blecktornsgränd lies on Södermalm; no list holds the park.
        ("Lekplatsen i Blecktornsparken har fått belysning.", ["Södermalm"]),
        # Svandammsplan and Svandammsvägen lie in Hägersten: the park's own name outranks the compound of a
        # stop called Svandammen elsewhere.
        ("Gångvägen genom Svandammsparken har fått nya lampor.", ["Hägersten-Liljeholmen"]),
        # controls: the stop itself keeps its place, and a short common first part names nothing
        ("Vi röjde sly vid Svandammen i fjol.", ["Spånga-Tensta"]),
        ("Kyrkparken har fått nya bänkar.", []),
    ],
)
def test_a_park_named_like_its_streets_names_their_district(text, expected):
    assert districts.place_mentions(text) == expected
