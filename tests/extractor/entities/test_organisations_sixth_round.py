"""Organisation rules, sixth round (issue #12, class 9): every way of naming the police's local
areas, predecessors under their own names, legal forms dropped, compass-named regions, coordinated
names of any body, parishes, tenant-owner associations, sports clubs and more national agencies."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities import find_organisations


def names(text: str, year: int | None = 2019) -> list[str]:
    return sorted(o.name for o in find_organisations(text, year=year))


@pytest.mark.parametrize(
    "text",
    [
        "LPO Södermalm har lämnat en lägesbild.",
        "Närpolisområde Bromma har fått fler anmälningar.",
        "Polisområde Stockholm nord har deltagit.",
        "Områdespoliserna har gått med på vandringen.",
        "Områdespolisen har deltagit i vandringen.",
    ],
)
def test_every_form_of_the_local_police_is_polisen(text):
    assert names(text) == ["Polisen"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rikspolisstyrelsen gav ut en handbok.", ["Rikspolisstyrelsen"]),
        ("Vägverkets gamla belysning har bytts ut.", ["Vägverket"]),
        ("Banverket ägde bron fram till 2010.", ["Banverket"]),
        ("Statens räddningsverk har utbildat personalen.", ["Statens räddningsverk"]),
    ],
)
def test_predecessors_keep_their_own_names(text, expected):
    assert names(text, 2008) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Securitas AB har bevakat området.", ["Securitas"]),
        ("Arbetet utfördes av AB Elektroteknik Nord.", ["Elektroteknik Nord"]),
        ("Stockholms Stadshus AB har godkänt beslutet.", ["Stockholms Stadshus AB"]),
    ],
)
def test_a_legal_form_is_dropped_except_where_it_is_the_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BRÅ har publicerat en rapport.", ["Brottsförebyggande rådet"]),
        ("Enligt Brå:s undersökning ökar oron.", ["Brottsförebyggande rådet"]),
        ("Brottsförebyggande rådet har utvärderat metoden.", ["Brottsförebyggande rådet"]),
        ("IVO har granskat boendet.", ["Inspektionen för vård och omsorg"]),
        ("Kustbevakningen patrullerar viken.", ["Kustbevakningen"]),
        ("Statens institutionsstyrelse driver ett ungdomshem här.", ["Statens institutionsstyrelse"]),
    ],
)
def test_agencies_by_full_name_and_abbreviation(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Region Östra Götaland är påhittad men har ett namn i två ord.", ["Region Östra Götaland"]),
        ("Region Norra Halland har samma form.", ["Region Norra Halland"]),
        ("Region Skåne bjöd in till ett möte.", ["Region Skåne"]),
    ],
)
def test_a_region_named_with_a_compass_word_is_kept_whole(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Miljö- och hälsoskyddsnämnden i Täby har yttrat sig.", ["Miljö- och hälsoskyddsnämnden"]),
        ("Havs- och vattenmyndigheten har gett råd om dagvattnet.", ["Havs- och vattenmyndigheten"]),
        ("Social- och omsorgsutskottet har följt frågan.", ["Social- och omsorgsutskottet"]),
        ("Kultur- och fritidsförvaltningens chef deltog.", ["Kultur- och fritidsförvaltningen"]),
    ],
)
def test_coordinated_names_of_any_body_are_kept_whole(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Skarpnäcks församling har ställt upp med lokaler.", ["Skarpnäcks församling"]),
        ("Sankt Görans församlings diakon deltog.", ["Sankt Görans församling"]),
        ("Bostadsrättsföreningen Solrosen har bidragit.", ["Bostadsrättsföreningen Solrosen"]),
        ("Bostadsrättsföreningen Stora Bergen har bidragit.", ["Bostadsrättsföreningen Stora Bergen"]),
        ("Spånga IS har tränat på planen.", ["Spånga IS"]),
        ("IK Bele har lånat omklädningsrummen.", ["IK Bele"]),
        ("Enskede IK:s ungdomslag spelar här.", ["Enskede IK"]),
        ("Älvsjö AIK har tränat på planen.", ["Älvsjö AIK"]),
        ("AIK:s damlag har tränat på planen.", ["AIK"]),
        ("Djurgårdens IF har bidragit med ledare.", ["Djurgårdens IF"]),
    ],
)
def test_parishes_associations_and_clubs_as_they_write_themselves(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Församlingen har ställt upp med lokaler.",
        "Den församling som ligger närmast har bidragit.",
        "Föreningens styrelse har godkänt förslaget.",
        "Bostadsrättsföreningen har bidragit.",
        "Kommunstyrelsen och Projektstyrelsen möttes.",
        "IF och IK är förkortningar.",
    ],
)
def test_look_alike_common_words_name_nothing_new(text):
    assert not set(names(text)) - {"Kommunstyrelsen"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spelinspektionen har inte berörts.", ["Spelinspektionen"]),
        ("Arbetsmiljöinspektionen gjorde ett besök.", ["Arbetsmiljöinspektionen"]),
        ("Bevakningen sköts av Avarn Security.", ["Avarn Security"]),
        ("Securitas Sverige AB har patrullerat.", ["Securitas"]),
        ("Bostadsrättsföreningen Kransen 3 har bidragit.", ["Bostadsrättsföreningen Kransen 3"]),
        ("Brf Kransen har bidragit.", ["Bostadsrättsföreningen Kransen"]),
    ],
)
def test_more_agencies_companies_and_associations(text, expected):
    assert names(text) == expected


def test_an_agencys_own_region_is_not_region_stockholm():
    assert names("Trafikverkets region Stockholm har yttrat sig.") == ["Trafikverket"]
    assert names("Region Stockholm har yttrat sig.") == ["Region Stockholm"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forskare vid Stockholms universitet har utvärderat belysningen.", ["Stockholms universitet"]),
        ("Södertörns högskolas studenter gjorde intervjuerna.", ["Södertörns högskola"]),
        ("En studie från KTH visar samma sak.", ["Kungliga Tekniska högskolan"]),
        ("Förvaltningsrätten i Stockholm upphävde beslutet.", ["Förvaltningsrätten"]),
        ("Jernhusen äger stationshuset.", ["Jernhusen"]),
        ("Keolis kör busslinjen.", ["Keolis"]),
        ("Rädda Barnen har haft läxhjälp i lokalen.", ["Rädda Barnen"]),
        ("Stockholms Hamn AB har satt upp staket.", ["Stockholms Hamn"]),
    ],
)
def test_universities_courts_and_more_companies_and_associations(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Det universitet som ligger närmast har deltagit.", "En högskola har visat intresse."],
)
def test_a_university_without_a_name_is_none(text):
    assert names(text) == []


def test_the_royal_djurgarden_administration_by_its_full_name():
    assert names("Djurgårdsförvaltningen äger marken vid Skansen.") == ["Kungliga Djurgårdsförvaltningen"]
    assert names("Kungliga Djurgårdsförvaltningen har röjt.") == ["Kungliga Djurgårdsförvaltningen"]
