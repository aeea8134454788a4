"""Districts, the twenty-fourth round: a location field whose last part is another municipality ("Sätra,
bollplanen, Gävle kommun") names no district, however many details stand before the town, and the text's
places are that town's namesakes; every municipality of Sweden counts, not only the county's; an applicant that
is a committee of the whole city ("Trafiknämnden") makes a district committee its text names a helper, not the
answer; "förvaltningen i X" names X's committee."""

from __future__ import annotations

import pytest

from bilagor.extractor import districts
from bilagor.extractor.metadata import district_from


@pytest.mark.parametrize(
    "field",
    [
        "Årsta, lekplatsen bakom skolan, Uppsala kommun",
        "Sätra, bollplanen, Gävle kornmun",  # a scan's "kommun"
        "Tensta kyrka, vägen upp, Uppsala k0mmun",
        "Östermalm, parken vid ån, Västerås stad",
        "Hammarby, tunneln under spåret, Upplands Väsby kommun",
        "Bromma, byvägen, Ystad",  # a municipality far from the county, without "kommun"
        "Husby, grusplanen (Hedemora)",
        "Hjulsta, parkeringen, i Enköpings kommun",
        "Sätra, grusplanen vid skolan i Gävle",  # a detail and "i" before the town
        "Sätra, grusplanen, Gävle Kommun",
        "Sätra, Gävleborgs län",
        "Storgatan 4, 803 20 Gävle",  # a postal address in another town
        "Skärholmen, Jakobsberg",  # a locality of the county outside the city (the stop data)
        "Farsta, Gustavsberg",
    ],
)
def test_a_field_whose_last_part_is_another_municipality_names_none(field):
    assert districts.field_elsewhere(field)
    assert district_from([field], [], 2019) is None


@pytest.mark.parametrize(
    ("field", "district"),
    [
        ("Tensta centrum, gångvägen mot Spånga station", "Spånga-Tensta"),
        ("Husby torg, Rinkeby-Kista", "Rinkeby-Kista"),
        ("Årsta torg, hållplatsen mot Uppsala", "Enskede-Årsta-Vantör"),  # leads towards the town: no last part
        ("Vårberg, gångvägen vid centrum", "Skärholmen"),
        ("Hammarbyhöjden, Stockholms stad", "Skarpnäck"),
        ("Skärholmen, Stockholms län", "Skärholmen"),
        ("Tensta, entrén i Spånga", "Spånga-Tensta"),
        ("Hornsgatan 12, 118 20 Stockholm", "Södermalm"),
    ],
)
def test_a_field_of_the_city_keeps_its_district(field, district):
    assert not districts.field_elsewhere(field)
    assert district_from([field], [], 2019) == district


def test_the_text_places_beside_a_field_elsewhere_are_namesakes():
    text = "Bollplanen i Sätra har fått ny belysning."
    assert district_from([], [text], 2019) == "Skärholmen"
    assert district_from(["Sätra, bollplanen, Gävle kommun"], [text], 2019) is None


def test_every_municipality_of_sweden_but_the_citys_namesakes():
    names = districts.sweden_municipalities()
    assert {"Härnösand", "Hedemora", "Ystad", "Solna", "Upplands Väsby"} <= set(names)
    assert "Stockholm" not in names
    assert "Varberg" not in names  # "Vårberg" without its ring, a place of Skärholmen


@pytest.mark.parametrize(
    "field", ["Trafiknämnden", "Idrottsnämnden", "Kommunstyrelsen", "Miljö- och hälsoskyddsnämnden", "Trafikkontoret"]
)
def test_a_committee_of_the_whole_city(field):
    assert districts.city_committee_field(field)


@pytest.mark.parametrize(
    "field", ["Farsta stadsdelsnämnd", "Farstanämnden", "Stadsdelsnämnden", "Skärholmsförvaltningen", "Husby torg"]
)
def test_no_committee_of_the_whole_city(field):
    assert not districts.city_committee_field(field)


@pytest.mark.parametrize(
    ("applicant", "text", "district"),
    [
        (
            "Trafiknämnden",
            "Gångtunnlarna i hela söderort lyses upp. Farsta stadsdelsförvaltning bidrog med sin tekniker.",
            None,
        ),
        (
            "Kulturnämnden",
            "Konsten gäller stationerna i västerort. Bromma stadsdelsförvaltning fick en kopia av rapporten.",
            None,
        ),
        (
            "Trafiknämnden",
            "Arbetet gäller Husby torg. Rinkeby-Kista stadsdelsförvaltning bidrog med synpunkter.",
            "Rinkeby-Kista",
        ),
        ("Trafiknämnden", "Arbetet har letts av Farsta stadsdelsförvaltning.", "Farsta"),
        ("Skärholmens stadsdelsnämnd", "Farsta stadsdelsförvaltning bidrog med sin tekniker.", "Skärholmen"),
        ("", "Farsta stadsdelsförvaltning bidrog med sin tekniker.", "Farsta"),  # no applicant: the partner at last
    ],
)
def test_a_committee_beside_a_city_wide_applicant_lent_a_hand(applicant, text, district):
    fields = [applicant] if applicant else []
    assert district_from(fields, [text], 2019) == district


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("Förvaltningen i Järva har bekostat belysningen.", "Järva"),
        ("Beslutet fattades av nämnden för Farsta.", "Farsta"),
        ("Belysningen betalades av förvaltningen på Södermalm.", "Södermalm"),
    ],
)
def test_the_bare_noun_before_a_districts_name_is_its_committee(text, district):
    assert districts.mentions(text) == [district]


@pytest.mark.parametrize(
    "text",
    [
        "Trafikförvaltningen i Farsta har bytt skyltar.",
        "Förvaltningen i Stockholm har svarat.",
        "Förvaltningen har svarat.",
    ],
)
def test_no_committee_without_a_districts_name_after_the_bare_noun(text):
    assert districts.mentions(text) == []
