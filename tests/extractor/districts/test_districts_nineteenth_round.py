"""Districts, the eighteenth round's second wave (issues #11/#12): a road or bridge beside a place the text
names as itself, the police noun as a scan reads it, and Gubbängsfältet in Farsta."""

from __future__ import annotations

import pytest

from bilagor.extractor import districts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a road named for a place elsewhere, beside the neighbourhood where the work lies
        ("Belysningen i Rågsved sattes upp längs cykelvägen mot Farstavägen.", ["Enskede-Årsta-Vantör"]),
        ("Vid Husby har staketet längs Spångavägen bytts.", ["Rinkeby-Kista"]),
        # a bridge named for a place, beside a neighbourhood of another district
        ("I Liljeholmen har gångvägen under Tranebergsbron fått ljus.", ["Hägersten-Liljeholmen"]),
        # controls: a road alone still names its district; two plain places keep both, in order
        ("Cykelbanan längs Spångavägen har fått ny asfalt.", ["Spånga-Tensta"]),
        ("Träden i Rågsved och i Husby har beskurits.", ["Enskede-Årsta-Vantör", "Rinkeby-Kista"]),
    ],
)
def test_a_road_or_bridge_gives_way_to_a_place_named_as_itself(text, expected):
    assert districts.place_mentions(text, prose=True, others=False) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a zero for the o of "polis": still a police area, one spanning several districts names none
        ("Lokalp0lisområdet Globen har varit med på promenaden.", []),
        ("LOKALP0LISOMRÅDE Farsta deltog i mötet.", ["Farsta"]),
    ],
)
def test_the_police_noun_with_a_zero_for_o_is_read(text, expected):
    assert districts.police_mentions(text) == expected


def test_a_police_area_with_a_zero_for_o_is_no_place():
    # Globen as a place is Enskede-Årsta-Vantör; as a police area it spans several districts
    assert districts.place_mentions("Lokalp0lisområdet Globen har varit med.", prose=True) == []


def test_gubbangsfaltet_lies_in_farsta():
    # the city's own project pages place it under Gubbängen (detaljplan Gubbängen 1:1), a stadsdel of Farsta
    assert districts.place_mentions("Gubbängsfältet") == ["Farsta"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a scan split a one-word place of fewer than ten letters in two (longer ones are one edit from theirs)
        ("Horn stull: lamporna har bytts ut.", ["Södermalm"]),
        ("Vid Gubb ängen har buskarna klippts.", ["Farsta"]),
        # OCR's letter pairs in a split place are undone too
        ("Karla p1an: fontänen har fått ljus.", ["Östermalm"]),
        # controls: two words whose join is no place, and a join too short to trust
        ("Stora delar av parken har fått ljus.", []),
        ("Vid Al vik står en ny bänk.", []),
    ],
)
def test_a_place_a_scan_split_in_two_is_read(text, expected):
    assert districts.misread_place_mentions(text, prose=True) == expected
