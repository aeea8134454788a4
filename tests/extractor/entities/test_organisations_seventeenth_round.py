"""Organisations, the sixteenth round's second wave (issues #11/#12): the county's municipal housing
companies, a federation's name after its head, a foundation's name that holds a county or town in the
genitive, a listed body's local association, and a district's committee before the bare "förvaltning"
or "nämnd" -- with controls where the same structure names nothing else."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities import find_organisations


def _names(text: str, year: int | None = 2019) -> list[str]:
    return sorted(o.name for o in find_organisations(text, year=year))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sollentunahem och Järfällahus har delat med sig av sina trapphusrutiner.", ["Järfällahus", "Sollentunahem"]),
        ("Hyresgästerna hos Telge Bostäder har svarat på enkäten.", ["Telge Bostäder"]),
        ("Signalistens förvaltare berättade om belysningen.", ["Signalisten"]),
    ],
)
def test_the_countys_municipal_housing_companies_are_listed(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kvällen leddes av Studieförbundet Sensus tillsammans med biblioteket.", ["Studieförbundet Sensus"]),
        ("Cirkeln hölls av Studieförbundet Ibn Rushd i Tensta.", ["Studieförbundet Ibn Rushd"]),
        # a name after the head that is a body of its own stays one
        ("Idrottsförbundet och Polisen har träffats.", ["Idrottsförbundet", "Polisen"]),
    ],
)
def test_a_federations_name_after_its_head_is_part_of_it(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stiftelsen Uppsala läns Ungdomsfond har bidragit.", ["Stiftelsen Uppsala läns Ungdomsfond"]),
        ("Bidraget kom från Stiftelsen Solna stads Idrottsfond.", ["Stiftelsen Solna stads Idrottsfond"]),
    ],
)
def test_a_foundations_name_may_hold_a_county_or_town_in_the_genitive(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hyresgästföreningens lokalförening har ordnat en trygghetsvandring.", ["Hyresgästföreningen"]),
        ("Villaägarnas lokalförening i Bromma har lämnat synpunkter.", ["Villaägarna"]),
        # a common noun's local association names no body
        ("Skolans lokalförening har bjudit in till möte.", []),
    ],
)
def test_a_listed_bodys_local_association_is_the_body(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("Skarpnäcks förvaltning har beställt armaturerna.", 2019, ["Skarpnäcks stadsdelsnämnd"]),
        ("Beslutet fattades av Järva nämnd i mars.", 2024, ["Järva stadsdelsnämnd"]),
        # the work of managing, not the committee
        ("Bromma förvaltning av parkerna sköts av en entreprenör.", 2019, []),
    ],
)
def test_a_districts_name_before_the_bare_noun_is_its_committee(text, year, expected):
    assert _names(text, year) == expected
