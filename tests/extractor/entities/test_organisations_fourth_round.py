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
    ],
)
def test_gazetteer_organisations(text, expected):
    assert names(text) == expected
