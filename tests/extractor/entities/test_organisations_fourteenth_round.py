"""Organisations, fourteenth round (issue #12, class 9), one test per class named from the burned
sets' and the thirteenth dev half's misses, in wordings of their own: a club's genitive after its
form ("IF X:s" written "IF Xs"), a sentence opener before a municipality, a federation in
"-förbundet", and "-förvaltningen" as the work of managing something rather than a body."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities import find_organisations
from bilagor.extractor.entities.organisations import canonicalise, OFFICE_ID


def _names(text: str, year: int = 2019) -> set[str]:
    return {o.name for o in find_organisations(text, year=year)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("IK Sätras juniorer har målat om klubbstugan.", "IK Sätra"),
        ("Vi har fått låna IFK Bagarmossens lokal för mötet.", "IFK Bagarmossen"),
    ],
)
def test_a_club_named_form_first_loses_its_genitive(text, name):
    assert _names(text) == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Enligt Täby kommuns gatuenhet är sträckan för smal.", "Täby kommun"),
        ("Även Järfälla kommun har provat lösningen.", "Järfälla kommun"),
    ],
)
def test_a_sentence_opener_is_no_part_of_a_municipality(text, name):
    assert _names(text) == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sveriges Pensionärsförbundet har ordnat en promenad.", "Sveriges Pensionärsförbundet"),
        ("Boken gavs ut av Handikappförbundet år 2009.", "Handikappförbundet"),
    ],
)
def test_a_federation_in_forbundet_is_a_name(text, name):
    assert _names(text) == {name}


def test_a_bare_federation_names_none():
    assert _names("Förbundet har skickat ett yttrande om förslaget.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Markförvaltningen av gårdarna har gått till en entreprenör.",
        "Bostadsförvaltningen skedde tidigare från ett kontor i Vällingby.",
        "Trädförvaltningen har skett enligt en plan från 2015.",
    ],
)
def test_forvaltningen_as_managing_something_is_no_body(text):
    assert _names(text) == set()


def test_an_office_named_before_of_is_kept_when_it_acts():
    # "av" after the name only marks the activity; a body that does something keeps its name.
    assert canonicalise("Miljöförvaltningen", OFFICE_ID, 2019, " har mätt bullret.") == (
        "Miljöförvaltningen",
        "forvaltning",
    )
    assert canonicalise("Markförvaltningen", OFFICE_ID, 2019, " av gårdarna") is None


def test_a_national_agency_in_verket_is_a_name_a_work_is_not():
    assert _names("Riksskatteverket hade ett kontor i huset.") == {"Riksskatteverket"}
    assert _names("Pumpverket vid sjön har fått ny belysning.") == set()
