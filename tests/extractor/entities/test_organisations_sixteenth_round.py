"""Organisations, sixteenth round (issues #11/#12): a listed body as the first part of a hyphenated
compound, a unit written after its parent's genitive, a listed company's division, a club of two places,
a federation named by its short form, the police's old districts, a listed club after a sentence's
opener, and names with no head noun that the gazetteer now lists -- with controls where the same
structure names nothing else."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities import find_organisations
from bilagor.extractor.entities.organisation_compounds import compound_mentions
from bilagor.extractor.entities.organisation_departments import without_departments


def _names(text: str, year: int | None = 2019) -> list[str]:
    return sorted(o.name for o in find_organisations(text, year=year))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Enligt SLK-rapporten ska belysningen bytas ut i år.", ["Stadsledningskontoret"]),
        ("IMY-beslutet om kamerorna kom i mars.", ["Integritetsskyddsmyndigheten"]),
        ("Fibern drogs i Stokab-kanalisationen längs gatan.", ["Stokab"]),
        ("Vi följde Brå-modellen för platssamverkan.", ["Brottsförebyggande rådet"]),
    ],
)
def test_a_listed_body_before_a_hyphen_names_the_body(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Polisbilarna stod parkerade vid torget hela kvällen.",  # a lower-case solid compound
        "Projektet i Enskede-Årsta fortsätter nästa år.",  # a place's two parts
        "Vi använde slk-mallen för rapporten.",  # not written as the gazetteer writes it
    ],
)
def test_a_compound_names_no_body_without_a_listed_first_part(text):
    assert _names(text) == []


def test_compound_mentions_cover_the_first_part_only():
    text = "Ett ABC-bidrag och ett abc-bidrag."
    assert compound_mentions(text, {"ABC": ("Alfa Beta", "bolag")}) == [(4, 7, "Alfa Beta", "bolag")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stockholms läns landstings miljö- och hälsoförvaltning har mätt bullret.", ["Stockholms läns landsting"]),
        ("Region Stockholms kultur- och fritidsförvaltning lånade ut scenen.", ["Region Stockholm"]),
    ],
)
def test_a_unit_after_its_parents_genitive_is_the_parent(text, expected):
    assert _names(text) == expected


def test_a_unit_beside_a_body_not_in_the_genitive_is_its_own():
    text = "Region Stockholm och miljö- och hälsoskyddsnämnden har yttrat sig."
    assert _names(text) == ["Miljö- och hälsoskyddsnämnden", "Region Stockholm"]


def test_a_unit_before_another_municipality_is_named_with_it():
    text = "Kultur- och fritidsnämnden i Nacka kommun har frågat om metoden."
    assert _names(text) == ["Kultur- och fritidsnämnden", "Nacka kommun"]


def test_a_name_ending_in_s_takes_a_colon_genitive():
    assert _names("Securitas:s väktare har gått ronder sedan i våras.") == ["Securitas"]


def test_without_departments_drops_only_a_unit_right_after_a_genitive():
    text = "Alfas idrottsnämnd; Betas, idrottsnämnd"
    parent, unit = (0, 5, "Alfa", "bolag"), (6, 18, "Idrottsnämnden", "forvaltning")
    assert without_departments(text, [unit, parent]) == [parent]
    # a company after a genitive is no unit of it
    company = (6, 18, "Gamma", "bolag")
    assert without_departments(text, [parent, company]) == [parent, company]
    # a comma between the two: not one name
    other, listed = (20, 25, "Beta", "bolag"), (27, 39, "Idrottsnämnden", "forvaltning")
    assert without_departments(text, [other, listed]) == [other, listed]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Skanska Anläggning har asfalterat gången till skolan.", ["Skanska"]),
        ("Securitas Bevakning gick ronder i parkeringshuset.", ["Securitas"]),
        ("Under natten gick Nordqvists Bevakning ronder.", ["Nordqvists Bevakning"]),  # not listed: its own name
    ],
)
def test_a_listed_companys_division_is_the_company(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spånga Tensta IK har tränat på den nya planen.", ["Spånga Tensta IK"]),
        ("Även Hässelby SK har fått nycklar till förrådet.", ["Hässelby SK"]),
        ("Även AIK har bidragit till läktarbelysningen.", ["AIK"]),
    ],
)
def test_clubs_of_two_places_and_listed_clubs_after_an_opener(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Riksförbundet DHR har gått trygghetsvandringen med oss.", ["Riksförbundet DHR"]),
        ("Förbundet har inte svarat på remissen.", []),
    ],
)
def test_a_federation_named_by_its_short_form(text, expected):
    assert _names(text) == expected


def test_the_polices_old_districts_are_the_police():
    assert _names("Västerorts polismästardistrikt har lämnat statistiken.", 2012) == ["Polisen"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Frälsningsarmén har delat ut soppa vid torget.", ["Frälsningsarmén"]),
        ("Ersta diakoni har haft ett kafé i lokalen.", ["Ersta diakoni"]),
        ("Fältbiologerna har ringmärkt fåglar vid dammen.", ["Fältbiologerna"]),
        ("Två ungdomar anvisades sommarjobb av Af.", ["Arbetsförmedlingen"]),
        ("Glesbygdsverket gav stöd till liknande projekt.", ["Glesbygdsverket"]),
        ("Birka Energi drog fram elen till belysningen.", ["Birka Energi"]),
        ("PRO i Bagarmossen har ordnat kvällspromenader.", ["PRO"]),
        ("SPF Seniorerna har haft boulekvällar i parken.", ["SPF Seniorerna"]),
    ],
)
def test_names_with_no_head_noun_and_closed_bodies_are_listed(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stockholms Stads Parkerings AB har bytt lysrören.", ["Stockholm Parkering"]),
        ("Stockholms Hamnar har satt upp räcken.", ["Stockholms Hamn"]),
        ("KTH har mätt ljuset i tunneln.", ["Kungliga Tekniska högskolan"]),
        ("Barnens rätt i samhället har haft föräldramöten.", ["BRIS"]),
        ("ABF och Arbetarnas bildningsförbund Stockholm ordnade kurser.", ["ABF"]),  # one body (h23 decision)
    ],
)
def test_the_names_the_fifteenth_decisions_give(text, expected):
    assert _names(text) == expected
