"""Organisation rules, seventh round (issue #12, class 9): names with a hyphen ("E-hälsomyndigheten",
"Upplands-Bro kommun"), an association's name with "och" inside ("Föreningen Hem och Skola") that
does not swallow the next body, a name broken over a line, a local police written as one compound
("Järvapolisen"), regions of two words, and energy and property companies in the gazetteer."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities import find_organisations


def names(text: str, year: int | None = 2019) -> list[str]:
    return sorted(o.name for o in find_organisations(text, year=year))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("E-hälsomyndigheten har inte yttrat sig.", ["E-hälsomyndigheten"]),
        ("Enligt E-hälsomyndighetens vägledning sparas inga bilder.", ["E-hälsomyndigheten"]),
        ("Upplands-Bro kommun har gjort samma sak.", ["Upplands-Bro kommun"]),
        ("Projektet har visats för Upplands-Bro kommuns trygghetssamordnare.", ["Upplands-Bro kommun"]),
    ],
)
def test_names_with_a_hyphen_are_whole(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Föreningen Hem och Skola har skrivit till nämnden.", ["Föreningen Hem och Skola"]),
        ("Föreningen Grannar och Vänner har bjudit in.", ["Föreningen Grannar och Vänner"]),
        ("Föreningen Nattvandrarna och Trafikverket har deltagit.", ["Nattvandrarna", "Trafikverket"]),
        ("Föreningen Mitt Kvarter och Polisen har deltagit.", ["Föreningen Mitt Kvarter", "Polisen"]),
    ],
)
def test_an_association_named_with_och_is_whole_but_never_swallows_a_body(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kamerorna godkändes av Integritetsskydds-\nmyndigheten förra året.", ["Integritetsskyddsmyndigheten"]),
        ("Anslutningen gjordes av Stockholm\nExergi under sommaren.", ["Stockholm Exergi"]),
        ("Tryggheten kartlades av Stiftelsen\nTryggare Sverige.", ["Stiftelsen Tryggare Sverige"]),
    ],
)
def test_a_name_broken_over_a_line_is_found(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Järvapolisen har varit med vid vandringarna.",
        "Enligt Söderortspolisen har rånen minskat.",
        "Vällingbypolisens lägesbild låg till grund för åtgärden.",
    ],
)
def test_a_local_police_written_as_one_compound_is_polisen(text):
    assert names(text) == ["Polisen"]


def test_the_security_police_keeps_its_own_name():
    assert names("Säkerhetspolisen har inte varit inblandad.") == ["Säkerhetspolisen"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Region Jämtland Härjedalen har tagit del av rapporten.", ["Region Jämtland Härjedalen"]),
        ("Mälarenergi och Telge Energi har lämnat anbud.", ["Mälarenergi", "Telge Energi"]),
        ("Söderenergi levererar fjärrvärmen.", ["Söderenergi"]),
        ("Balder och Fabege äger fastigheterna runt torget.", ["Balder", "Fabege"]),
        ("Sveafastigheter har bekostat belysningen på gården.", ["Sveafastigheter"]),
        ("Länsförsäkringar Stockholm har stöttat grannsamverkan.", ["Länsförsäkringar Stockholm"]),
    ],
)
def test_more_regions_and_companies_in_the_gazetteer(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Justitiedepartementet har tagit del av rapporten.", ["Justitiedepartementet"]),
        ("Enligt Finansdepartementets anvisningar redovisas kostnaden.", ["Finansdepartementet"]),
    ],
)
def test_a_government_department_is_named_like_an_agency(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fryshuset har haft fältassistenter i området.", ["Fryshuset"]),
        ("Skyddsvärnet har anlitats för trygghetsvärdar.", ["Skyddsvärnet"]),
        ("Alla Kvinnors Hus har fått information om platsen.", ["Alla Kvinnors Hus"]),
        ("Equmeniakyrkan har öppnat sin lokal på kvällarna.", ["Equmeniakyrkan"]),
        ("Stadsarkivet har fått en kopia av rapporten.", ["Stadsarkivet"]),
    ],
)
def test_more_associations_churches_and_city_bodies_in_the_gazetteer(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Föreningen Nattvandrarna och Svenska kyrkan har gått tillsammans.", ["Nattvandrarna", "Svenska kyrkan"]),
        (
            "Föreningen Nattvandrarna och Stockholms Stadsmission har deltagit.",
            ["Nattvandrarna", "Stockholms Stadsmission"],
        ),
        ("Föreningen Nattvandrarna och Region Stockholm har deltagit.", ["Nattvandrarna", "Region Stockholm"]),
        (
            "Föreningen Grannstöd och Farsta stadsdelsförvaltning har deltagit.",
            ["Farsta stadsdelsnämnd", "Föreningen Grannstöd"],
        ),
    ],
)
def test_an_association_never_swallows_the_first_word_of_the_next_body(text, expected):
    assert names(text) == sorted(expected)
