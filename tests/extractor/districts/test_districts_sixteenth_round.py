"""Districts, sixteenth round: a church's churchyard and parish lie where the church does, and a
saint's place is written "S:t" or "Sankt" whichever the gazetteer lists."""

from __future__ import annotations

import pytest

from bilagor.extractor import districts


def test_church_grounds_follow_each_listed_church():
    names = ["Lilla Ekby kyrka", "Ekby torg", "Kyrkan"]
    assert districts.church_grounds(names) == ["Lilla Ekby kyrkogård", "Lilla Ekby församling"]


def test_saint_spellings_go_both_ways():
    assert districts.saint_spellings(["S:t Ekbys skola", "Sankt Ekbys gränd", "Ekby"]) == [
        "Sankt Ekbys skola",
        "S:t Ekbys gränd",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oscars kyrkogård, gången längs muren", ["Östermalm"]),
        ("Hedvig Eleonora församling har lånat ut sin lokal.", ["Östermalm"]),
        ("Sankt Görans sjukhus, gångvägen till entrén", ["Kungsholmen"]),
    ],
)
def test_a_churchyard_a_parish_and_a_saints_place_name_their_district(text, expected):
    assert districts.place_mentions(text) == expected
