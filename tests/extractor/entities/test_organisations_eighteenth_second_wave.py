"""Organisations, the eighteenth round's second wave (h23b/f-districts, issue #12): the postal company is named as
it writes itself, PostNord, whichever spelling a text uses (tests/data/entities_heldout/README.md), and the agencies
of the national climate adaptation work and the temperance movement's federations the gazetteer lacked are named."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities import find_organisations


@pytest.mark.parametrize(
    "text",
    [
        "Postnord har satt upp ett paketskåp vid tunnelbanan.",
        "Paketskåpet ägs av PostNord och står vid entrén.",
        "Postnords brevbärare har anmält trasig belysning.",
    ],
)
def test_the_postal_company_is_named_as_it_writes_itself(text):
    assert [o.name for o in find_organisations(text, year=2020)] == ["PostNord"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # agencies of the national climate adaptation work (klimatanpassning.se, SMHI), by name or short form
        ("SMHI:s prognoser för skyfall styrde arbetet.", ["Sveriges meteorologiska och hydrologiska institut"]),
        ("HaV har gett råd om dagvattendammen.", ["Havs- och vattenmyndigheten"]),
        ("Statens geotekniska institut har bedömt risken för skred i slänten.", ["Statens geotekniska institut"]),
        # control: SGI is also the sickness-benefit income, so only the full name counts
        ("Ersättningen beräknas på SGI enligt Försäkringskassans regler.", ["Försäkringskassan"]),
    ],
)
def test_climate_adaptation_agencies_are_named(text, expected):
    assert sorted(o.name for o in find_organisations(text, year=2021)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the four federations of the IOGT-NTO movement (unf.se, nsf.scout.se), UNF listed before
        ("IOGT-NTO:s lokalförening har drivit kaféet i parken.", ["IOGT-NTO"]),
        ("IOGT-NTO:s juniorförbund har haft dagläger på gården.", ["Junis"]),
        ("Nykterhetsrörelsens Scoutförbund har städat skogen.", ["Nykterhetsrörelsens Scoutförbund"]),
        # a name that ends in a capital takes ":s", and still a plain -s
        ("E.ON:s elnät har byggts ut längs gångvägen.", ["E.ON"]),
        ("E.ONs elnät har byggts ut längs gångvägen.", ["E.ON"]),
    ],
)
def test_the_temperance_movements_federations_and_a_capital_names_genitive(text, expected):
    assert sorted(o.name for o in find_organisations(text, year=2021)) == expected
