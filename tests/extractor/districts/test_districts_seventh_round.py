"""District rules, seventh round (issue #12, class 8): more places in the gazetteer (parks,
squares, sports grounds, baths, walkways), a place in another municipality names no district
("Eneby i Norrköping"), a police area written as one compound ("Järvapolisen"), a committee
sharing the cost or tried before as a partner, and an area spanning several districts of the
report's year ("Järvaområdet" in 2019) that makes the places listed with it name none."""

from __future__ import annotations

import pytest

from bilagor.extractor import districts
from bilagor.extractor.metadata import district_and_source


@pytest.mark.parametrize(
    ("place", "year", "district"),
    [
        ("Åkermyntans skola", 2018, "Hässelby-Vällingby"),
        ("Hässelbyvägen vid Maltesholmsbadet", 2019, "Hässelby-Vällingby"),
        ("Dalens centrum", 2017, "Enskede-Årsta-Vantör"),
        ("Elektraparken", 2016, "Hägersten-Liljeholmen"),
        ("Solbergaskogen", 2018, "Älvsjö"),
        ("Sjörövarparken", 2022, "Hägersten-Älvsjö"),
        ("Spelbomskan", 2016, "Norrmalm"),
        ("Hagstråket", 2024, "Järva"),
        ("Taxingegränd", 2018, "Spånga-Tensta"),
        ("Måsholmstorget", 2016, "Skärholmen"),
        ("Bildhuggarparken", 2019, "Enskede-Årsta-Vantör"),
        ("Kälvestaparken", 2021, "Hässelby-Vällingby"),
    ],
)
def test_more_places_imply_their_district(place, year, district):
    assert district_and_source([place], [], year) == (district, "place")


@pytest.mark.parametrize(
    "text",
    [
        "Kamerorna vid Lunda i Sigtuna har samma placering.",
        "Belysningen i Eneby i Norrköping har samma armaturer.",
        "Vid Solhem i Täby kommun har man röjt sly på samma sätt.",
        "Fältassistenterna från Hjulsta i Enköpings kommun deltog.",
    ],
)
def test_a_place_in_another_municipality_names_no_district(text):
    assert district_and_source([], [text], 2018) == (None, None)


@pytest.mark.parametrize(
    "text",
    ["Belysningen vid Lunda i Spånga har förstärkts.", "Belysningen vid Lunda i Stockholms stad har förstärkts."],
)
def test_a_place_said_to_lie_in_the_city_still_counts(text):
    assert district_and_source([], [text], 2018) == ("Spånga-Tensta", "place")


def test_the_gazetteer_holds_no_place_outside_the_city():
    # Vårby gård (centre and metro station) lies in Huddinge municipality.
    assert district_and_source(["Vårby gård centrum"], [], 2018) == (None, None)


@pytest.mark.parametrize(
    ("text", "year", "district"),
    [
        ("Järvapolisen har följt med på vandringen.", 2024, "Järva"),
        ("Skärholmspolisen har pekat ut platsen.", 2018, "Skärholmen"),
        ("Vällingbypolisen har pekat ut tre platser med narkotikahandel.", 2019, None),
        ("Globenpolisen har varit med vid två tillfällen.", 2022, None),
    ],
)
def test_a_police_area_written_as_one_word_names_its_district_or_none(text, year, district):
    assert district_and_source([], [text], year)[0] == district


@pytest.mark.parametrize(
    "text",
    [
        "Stadsdelsförvaltningen har delat kostnaden för armaturerna och stolparna med Skarpnäcks stadsdelsförvaltning.",
        "Kostnaden delades lika mellan förvaltningen och Skarpnäcks stadsdelsförvaltning.",
        "Metoden har tidigare prövats av Skarpnäcks stadsdelsförvaltning.",
        "Samma typ av armatur har testats av Skarpnäcks stadsdelsförvaltning.",
    ],
)
def test_a_committee_sharing_the_cost_or_tried_before_is_a_partner(text):
    assert districts.mentions(text) == []
    assert district_and_source(["Gubbängens centrum"], [text], 2019) == ("Farsta", "place")


@pytest.mark.parametrize(
    ("text", "year", "district"),
    [
        ("Skyltningen gäller hela Järvaområdet, från Akalla till Tensta.", 2019, None),
        ("Järvafältets entréer i Husby och Hjulsta har fått belysning.", 2016, None),
        ("Skyltningen gäller hela Järvaområdet, från Akalla till Tensta.", 2024, "Järva"),
        ("Belysningen vid Husby centrum har förstärkts.", 2019, "Rinkeby-Kista"),
    ],
)
def test_an_area_spanning_districts_of_the_year_makes_its_places_name_none(text, year, district):
    assert district_and_source([], [text], year)[0] == district


@pytest.mark.parametrize(
    ("fields", "text"),
    [
        ([], "Trygghetsvandringar har gjorts i Farsta och i Skarpnäck."),
        ([], "Kamerorna vid Rinkeby torg och vid Tensta centrum har bytts ut."),
    ],
)
def test_places_of_two_districts_in_a_text_name_none(fields, text):
    assert district_and_source(fields, [text] if text else [], 2019) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Belysningen vid Husby torg har förbättrats; liknande åtgärder gjordes i Tensta.",
        "I likhet med Tensta har Husby torg fått nya armaturer.",
        "Husby torg har fått samma belysning som Tensta centrum.",
        "Husby torg har rustats upp efter förebild från Tensta.",
    ],
)
def test_a_place_named_as_the_example_or_model_does_not_count(text):
    assert district_and_source([], [text], 2019) == ("Rinkeby-Kista", "place")


def test_a_location_field_names_its_main_place_first():
    assert district_and_source(["Tantolunden, gångvägen längs Årstaviken"], [], 2019) == ("Södermalm", "place")


@pytest.mark.parametrize(
    "text",
    [
        "Samtliga stadsdelsnämnder, bland annat Farsta stadsdelsnämnd, har fått medel.",
        "Alla stadsdelsförvaltningar, exempelvis Bromma stadsdelsförvaltning, deltar i mätningen.",
        "Medlen fördelades till flera stadsdelsnämnder, däribland Skarpnäcks stadsdelsnämnd och Farsta stadsdelsnämnd.",
    ],
)
def test_a_committee_named_as_one_example_of_several_names_no_district(text):
    assert district_and_source([], [text], 2019) == (None, None)


def test_a_committee_named_as_an_example_of_its_own_work_still_counts():
    text = "Farsta stadsdelsförvaltning har bland annat röjt sly vid gångvägen."
    assert district_and_source([], [text], 2019) == ("Farsta", "text")


@pytest.mark.parametrize(
    ("field", "year", "district"),
    [
        ("Järva", 2019, None),
        ("Hägersten-Älvsjö", 2018, None),
        ("Järva", 2024, "Järva"),
        ("Norrmalm", 2024, "Norra innerstaden"),
    ],
)
def test_a_district_named_bare_in_a_field_before_it_existed_names_none(field, year, district):
    assert district_and_source([field], [], year)[0] == district


@pytest.mark.parametrize(
    "text",
    [
        "Representanter från Skarpnäcks stadsdelsförvaltning deltog i vandringen.",
        "Skarpnäcks stadsdelsförvaltning har också deltagit i trygghetsvandringen.",
        "Skarpnäcks stadsdelsförvaltning har informerats om åtgärden.",
        "Planeringen har stämts av med Skarpnäcks stadsdelsförvaltning.",
        "Skarpnäcks stadsdelsförvaltning har lämnat synpunkter på förslaget.",
        "Kontakt har tagits med Skarpnäcks stadsdelsförvaltning om gångvägen.",
        "Skarpnäcks stadsdelsförvaltning medverkade i planeringen.",
        "Medfinansiering har erhållits från Skarpnäcks stadsdelsnämnd.",
        "Skarpnäcks stadsdelsnämnd har bidragit med 200 000 kronor.",
        "Skarpnäcks stadsdelsförvaltning var med som part i platssamverkan.",
        "En referensgrupp med Skarpnäcks stadsdelsförvaltning har träffats två gånger.",
    ],
)
def test_a_committee_taking_part_or_contributing_is_a_partner(text):
    assert district_and_source(["Gubbängens centrum"], [text], 2019) == ("Farsta", "place")


def test_a_committee_taking_part_is_still_the_answer_when_nothing_else_names_one():
    assert district_and_source([], ["Skarpnäcks stadsdelsförvaltning har deltagit i vandringen."], 2019) == (
        "Skarpnäck",
        "text",
    )
