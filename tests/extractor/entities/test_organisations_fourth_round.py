"""Organisation rules, fourth round (issue #12, class 9): offices that are common nouns,
fire services, the state's public-art body, national agencies and housing companies."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities import find_organisations


def names(text: str, year: int | None = 2019) -> list[str]:
    return [o.name for o in find_organisations(text, year=year)]


@pytest.mark.parametrize(
    "text",
    [
        "Brottsofferjouren har haft en informationsträff i medborgarkontoret.",
        "Informationsmötet hölls på medborgarkontoret i Rinkeby.",
        "Försäkringskassan och Skatteverket finns i det nya servicekontoret i centrum.",
        "Det nya servicekontoret öppnade i våras.",
        "Medborgarkontoret i Skärholmen stängde i juni.",  # at a sentence start, too
    ],
)
def test_offices_written_as_common_nouns_are_not_organisations(text):
    assert not {"Medborgarkontoret", "Servicekontoret"} & set(names(text))


def test_a_capitalised_office_name_is_still_an_organisation():
    assert names("Servicenämnden och Serviceförvaltningen ansvarar för kontaktcenter.") == [
        "Servicenämnden",
        "Serviceförvaltningen",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Storstockholms brandförsvar deltog med en brandbil.", ["Storstockholms brandförsvar"]),
        ("Synpunkter lämnades av Södertörns brandförsvarsförbund.", ["Södertörns brandförsvarsförbund"]),
        ("Statens konstråd har valt konstnären.", ["Statens konstråd"]),
        ("Skolinspektionen och Socialstyrelsen har inte granskat frågan.", ["Skolinspektionen", "Socialstyrelsen"]),
        ("Statistiska centralbyrån har tagit fram statistiken.", ["Statistiska centralbyrån"]),
        ("Lantmäteriet har justerat gränsen.", ["Lantmäteriet"]),
        ("Stockholms Stadsmission delar ut mat.", ["Stockholms Stadsmission"]),
        ("Marken ägs av Akademiska Hus.", ["Akademiska Hus"]),
        ("Heimstaden och Stena Fastigheter har bytt lås.", ["Heimstaden", "Stena Fastigheter"]),
        ("Vasakronan och Atrium Ljungberg deltar i platssamverkan.", ["Vasakronan", "Atrium Ljungberg"]),
        ("Myndigheten för delaktighet har granskat tillgängligheten.", ["Myndigheten för delaktighet"]),
    ],
)
def test_gazetteer_organisations(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stockholms stads trafikkontor har bytt belysning.", ["Trafikkontoret"]),
        ("Enligt Stockholms stads miljöförvaltning är bullret för högt.", ["Miljöförvaltningen"]),
        ("Stockholms stads idrottsnämnds beslut gäller.", ["Idrottsnämnden"]),
    ],
)
def test_a_city_unit_in_its_formal_indefinite_form(text, expected):
    assert names(text) == expected


def test_a_district_administration_in_the_formal_form_is_no_city_unit():
    assert names("Stockholms stads stadsdelsförvaltning har bytt belysning.") == []
