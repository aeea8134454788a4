"""District rules, fourth round (issue #12, class 8): OCR's digit for a capital and a space
inside a name, neighbouring municipalities and streets that begin like a place, the city hall
as a metonym, more places in the gazetteer, merged districts before their merger, more ways
of naming another district's committee, misread places in a scan's body text."""

from __future__ import annotations

import pytest

from bilagor.extractor import districts
from bilagor.extractor.districts.places import one_edit_apart
from bilagor.extractor.metadata import district_and_source


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stadsdelsnarnnden i 0stermalm har beslutat om kamerorna.", "Östermalm"),  # 0 for Ö
        ("0stermalms stadsdelsnamnd", "Östermalm"),
        ("Projektet har letts av stadsdelsnamnden i Hassel by-Vallingby.", "Hässelby-Vällingby"),  # a space inside
        ("Projektet har letts av Kungs holmens stadsdelsforvaltning.", "Kungsholmen"),
        ("Stadsdelsfórvaltningen i Skarholmen har anlitat en vaktare.", "Skärholmen"),  # ó for ö
        # Words before the noun taken for a split name must not hide the name after it.
        ("Sokande ar stadsdelsnamnden i Enskede-Arsta-Vant0r.", "Enskede-Årsta-Vantör"),
        ("Ostermalms stadsdelsforvaItning har bytt armaturer.", "Östermalm"),  # I for l in the noun
    ],
)
def test_scan_misreadings_of_a_committee(text, expected):
    assert districts.mentions(text) == [expected]


def test_a_space_inside_a_name_does_not_swallow_the_next_word():
    assert districts.mentions("Stadsdelsnamnden i Farsta har beslutat.") == ["Farsta"]
    assert districts.mentions("Stadsdelsnamnden i Stockholm har beslutat.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Sundbybergs stad och Stockholms stad delar på kostnaden för gångbron.",
        "Trafikkontoret har bytt belysning längs Sundbybergsvägen i Solna.",
        "Enebybergs trafikplats ligger i Danderyd.",
    ],
)
def test_places_outside_the_city_are_not_compounds_of_its_places(text):
    assert districts.place_mentions(text) == []


def test_a_street_named_after_a_place_elsewhere_is_its_own_place():
    assert districts.place_mentions("Lundagatan har fått ny belysning.") == ["Södermalm"]


def test_the_city_hall_in_body_text_is_the_city_not_kungsholmen():
    texts = ["Kommunfullmäktige beslutade i Stadshuset om medel för trygghetsinvesteringar."]
    assert district_and_source([], texts, 2018) == (None, None)
    assert district_and_source(["Stadshuset, entrén mot Norr Mälarstrand"], [], 2018) == ("Kungsholmen", "place")


@pytest.mark.parametrize(
    ("place", "district"),
    [
        ("Gullmarsplan", "Enskede-Årsta-Vantör"),  # metro stations
        ("Skärmarbrinks tunnelbanestation", "Enskede-Årsta-Vantör"),
        ("Blåsut", "Enskede-Årsta-Vantör"),
        ("Sockenplan", "Enskede-Årsta-Vantör"),
        ("Islandstorget", "Bromma"),
        ("Ängbyplan", "Bromma"),
        ("Rådmansgatan", "Norrmalm"),
        ("Tekniska högskolan", "Östermalm"),
        ("Örnsberg", "Hägersten-Liljeholmen"),
        ("Södra Latins gymnasium", "Södermalm"),  # schools
        ("Norra Real", "Norrmalm"),
        ("Östra Real", "Östermalm"),
        ("Folkungagatan", "Södermalm"),  # streets
        ("Fleminggatan", "Kungsholmen"),
        ("Karlavägen", "Östermalm"),
        ("Vinterviken", "Hägersten-Liljeholmen"),  # parks, baths, woods
        ("Ivar Los park", "Södermalm"),
        ("Rosenlundsparken", "Södermalm"),
        ("Eriksdalsbadet", "Södermalm"),
        ("Smedsuddsbadet", "Kungsholmen"),
        ("Judarskogen", "Bromma"),
        ("Valla torg", "Enskede-Årsta-Vantör"),  # squares and centres
        ("Västermalmsgallerian", "Kungsholmen"),
        ("Ringens centrum", "Södermalm"),
        ("Örby", "Enskede-Årsta-Vantör"),  # as the city lists its stadsdelar (start.stockholm): Örby is
        ("Örby slott", "Älvsjö"),  # Enskede-Årsta-Vantör's, Örby slott Älvsjö's (the fourth round had them swapped)
    ],
)
def test_gazetteer_places(place, district):
    assert district_and_source([place], [], 2018) == (district, "place")


@pytest.mark.parametrize(
    ("texts", "year", "expected"),
    [
        (["Lokalpolisområde Järva har deltagit i trygghetsvandringen."], 2019, (None, None)),
        (["Lokalpolisområde Järva har deltagit i trygghetsvandringen."], 2024, ("Järva", "police")),
        (["Trygghetsvandringar har gjorts i hela Järvaområdet."], 2018, (None, None)),
        (["Trygghetsvandringar har gjorts i hela Järvaområdet."], 2024, ("Järva", "place")),
    ],
)
def test_a_merged_district_named_before_its_merger_is_no_answer(texts, year, expected):
    assert district_and_source([], texts, year) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Erfarenhetsutbyte har skett med Norrmalms stadsdelsförvaltning.",
        "Inspirationen kom från ett liknande projekt i Skarpnäcks stadsdelsområde.",
        "Liknande åtgärder har genomförts av stadsdelsförvaltningen i Kungsholmen tidigare.",
        "Gränsen mot Bromma stadsdelsområde går vid Råcksta.",
    ],
)
def test_another_districts_committee_or_area_is_not_the_reports_own(text):
    assert districts.mentions(text) == []


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("Belysningen i Vitabergsparkcn har bytts ut mot LED.", "Södermalm"),
        ("Kamerorna vid Medborgarplatscn ar nu uppsatta.", "Södermalm"),
        ("Kamerorna vid 0stermalmstorg har satts upp.", "Östermalm"),  # 0 for Ö at the start
        ("Belysningen i Brornma har bytts ut.", "Bromma"),  # shorter, but undoing rn for m is enough
    ],
)
def test_misread_long_places_in_a_scans_body_text(text, district):
    assert district_and_source([], [text], 2018) == (district, "place")


def test_short_places_in_body_text_are_read_exactly():
    # "Tanto" is one letter from "Tanta", "Kista" from "Kisla": short words are not read loosely in prose.
    assert district_and_source([], ["Bilden visar en kista i museet."], 2018) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Kontakt: Stadsledningskontoret, Sveavägen 44, 111 34 Stockholm",
        "Trafikkontoret, Fleminggatan 4, 112 26 Stockholm. Telefon 08-508 27 200",
    ],
)
def test_a_postal_address_in_prose_is_no_place_of_the_work(text):
    # Central offices' addresses in contact lines say where the office sits, not where the work was done.
    assert district_and_source([], [text], 2018) == (None, None)


def test_a_street_without_a_postal_code_is_still_a_place():
    assert district_and_source([], ["Belysningen längs Sveavägen har bytts ut."], 2018) == ("Norrmalm", "place")


def test_a_place_ending_in_en_in_a_compound_with_its_genitive():
    # "Hjorthagen" + "s" + "vägen", as "Skärholmen" + "torget" drops its "en".
    assert districts.place_mentions("Belysningen längs Hjorthagensvägen har bytts.") == ["Östermalm"]


def test_the_one_pass_edit_check_agrees_with_edit_distance():
    import random

    from bilagor.extractor.text import edit_distance

    rng = random.Random(7)
    for _ in range(3000):
        a = "".join(rng.choice("abmnr") for _ in range(rng.randint(0, 7)))
        b = a
        for _ in range(rng.randint(0, 2)):  # up to two random inserts, deletions or substitutions
            where = rng.randint(0, len(b))
            op = rng.choice(["insert", "delete", "substitute"])
            if op == "insert":
                b = b[:where] + rng.choice("abmnr") + b[where:]
            elif op == "delete":
                b = b[:where] + b[where + 1 :]
            else:
                b = b[:where] + rng.choice("abmnr") + b[where + 1 :]
        assert one_edit_apart(a, b) == (edit_distance(a, b, 1) <= 1), (a, b)


@pytest.mark.parametrize(
    "text",
    [
        "Projektet samfinansieras av Spånga-Tensta stadsdelsnämnd.",
        "Åtgärden har medfinansierats av Farsta stadsdelsförvaltning.",
        "Med bidrag från Skarpnäcks stadsdelsnämnd har belysningen bytts.",
    ],
)
def test_a_committee_that_only_pays_a_share_is_a_partner(text):
    # Looked at after the fourth round's rules: tuning3_late's one failure (written before them).
    assert districts.mentions(text) == []
    assert district_and_source(["Husby centrum"], [text], 2019) == ("Rinkeby-Kista", "place")
