"""Districts, the sixteenth round's second wave: the inner city's churches, OCR's 1 for l, "Söder" for
Södermalm next to a committee noun, a place whose town follows after a comma, and a district that only
showed interest in the work."""

from __future__ import annotations

import pytest

from bilagor.extractor import districts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stefanskyrkan, trappan mot Vanadislunden", ["Norrmalm"]),
        ("Sankt Johannes kyrka, muren mot gatan", ["Norrmalm"]),
        ("Maria Magdalena kyrkogård, nya lampor vid grinden", ["Södermalm"]),
        ("Ulrika Eleonora församling har ställt sin gård till förfogande.", ["Kungsholmen"]),
    ],
)
def test_the_inner_citys_churches_and_their_grounds_name_their_district(text, expected):
    assert districts.place_mentions(text) == expected


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Hjorthagen, ny be1ysning vid F1ygfyren", "Hjorthagen, ny belysning vid Flygfyren"),
        ("K1ara kyrka", "Klara kyrka"),
        ("väg E18, sida 1a, rum A1", "väg E18, sida 1a, rum A1"),  # digits of codes and numbers stay
        ("Bilaga 1b", "Bilaga 1b"),
    ],
)
def test_ocr_one_for_l_is_undone_between_letters_only(written, read):
    assert districts.undo_ocr_l(written) == read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Förvaltningen rapporterar: stadsdelsnämnden på Söder har rustat upp två lekplatser.", ["Södermalm"]),
        ("Söder stadsdelsförvaltning har bytt armaturer.", ["Södermalm"]),
        # in lower case, "söder om" is a direction, not the district
        ("Stadsdelsförvaltningen söder om vattnet har ansvarat för arbetet.", []),
    ],
)
def test_soder_next_to_a_committee_noun_is_sodermalm(text, expected):
    assert districts.mentions(text) == expected


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("Husby, Uppsala kommun", []),
        ("Bagarmossen, Tyresö", []),
        ("Hagsätra (Uppsala)", []),
        ("Hagsätra (Hagsätra centrum)", ["Enskede-Årsta-Vantör"]),
        ("Fruängen centrum, Huddinge kommun, vid busshållplatsen", []),
        ("Husby, Kista", ["Rinkeby-Kista"]),  # two places of the city, not a place and its town
        ("Sätra, Skärholmen", ["Skärholmen"]),
    ],
)
def test_a_place_whose_municipality_follows_a_comma_lies_outside_the_city(field, expected):
    assert districts.place_mentions(field) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gångvägen i Vitabergsparken har fått nya stolpar; Farsta har uttryckt intresse för metoden.", ["Södermalm"]),
        ("Trappan vid Husby torg har fått ledstänger och Bromma vill göra likadant nästa år.", ["Rinkeby-Kista"]),
        ("Farsta centrum har fått belysning och intresset har varit stort.", ["Farsta"]),
    ],
)
def test_a_district_that_showed_interest_in_the_work_is_not_where_it_was_done(text, expected):
    assert districts.place_mentions(text, prose=True, others=False) == expected


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("Raoul Wallenbergs torg, trappan mot kajen", ["Norrmalm"]),
        ("Evert Taubes terrass", ["Södermalm"]),
        ("Kampementsbadet, entrén och cykelstället", ["Östermalm"]),
        ("Stigen runt Lillsjön", ["Bromma"]),
    ],
)
def test_named_squares_baths_and_lakes_name_their_district(field, expected):
    assert districts.place_mentions(field) == expected
