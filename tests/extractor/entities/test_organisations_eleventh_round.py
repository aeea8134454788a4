"""Organisation rules, eleventh round (issue #12, class 9): a state body named "Statens <body noun>"
("Statens haverikommission", "Statens servicecenter") or a one-word "-institutet"; a district
committee written as one compound ("Östermalmsförvaltningen", "Skarpnäcksnämnden") is the committee
as the city writes it; and the naming convention for bodies known by a short name
("Föreningen Nattvandrarna" and "Svenska Röda Korset" are Nattvandrarna and Röda Korset)."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities import find_organisations


def _names(text: str, year: int | None = 2019) -> set[str]:
    return {o.name for o in find_organisations(text, year=year)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Statens haverikommission har utrett olyckan vid bryggan.", "Statens haverikommission"),
        ("Statens servicecenter har lokaler i samma hus.", "Statens servicecenter"),
        ("Enligt Statens medieråds rapport har det ökat.", "Statens medieråd"),
        ("Skolforskningsinstitutets rapport låg till grund för insatsen.", "Skolforskningsinstitutet"),
        ("Folkhälsoinstitutet har mätt tryggheten.", "Folkhälsoinstitutet"),
    ],
)
def test_a_state_body_or_institute_is_an_organisation(text, name):
    assert _names(text) == {name}


@pytest.mark.parametrize(
    "text",
    [
        "Statens regler för kamerabevakning har följts.",
        "Statens bidrag täckte halva kostnaden.",
        "Institutet har inte svarat.",
    ],
)
def test_the_state_or_an_unnamed_institute_is_no_organisation(text):
    assert _names(text) == set()


@pytest.mark.parametrize(
    ("text", "year", "name"),
    [
        ("Östermalmsförvaltningen har låtit glesa ut buskagen.", 2017, "Östermalms stadsdelsnämnd"),
        ("Skarpnäcksförvaltningens parkenhet har röjt sly.", 2019, "Skarpnäcks stadsdelsnämnd"),
        ("Järvanämnden beslutade om investeringen.", 2024, "Järva stadsdelsnämnd"),
    ],
)
def test_a_district_committee_as_one_compound_is_the_committee(text, year, name):
    assert _names(text, year) == {name}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Föreningen Nattvandrarna har gått i området varje fredag.", {"Nattvandrarna"}),
        ("Nattvandrarna har gått i centrum.", {"Nattvandrarna"}),
        ("Svenska Röda Korset har ordnat läxhjälp.", {"Röda Korset"}),
        ("Röda Korset har ordnat läxhjälp.", {"Röda Korset"}),
    ],
)
def test_a_body_known_by_its_short_name_is_named_so(text, names):
    assert _names(text) == names
