"""District rules, thirteenth round (issue #12, class 8): a known place compounded the way Swedish joins
words: with a hyphen before a lower-case part ("Tensta-badet", "Bredängs-torget"), a name in -en
joined by -e ("Bagarmosseskolan"), a name in -e joined without it by -s ("Reimersholmsbadet")."""

from __future__ import annotations

import pytest

from bilagor.extractor import districts


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("Tensta-badet", "Spånga-Tensta"),
        ("Entrén till Bredängs-torget har fått ny belysning.", "Skärholmen"),
        ("Husby-gården", "Rinkeby-Kista"),
        ("Bagarmossebadet", "Skarpnäck"),
        ("Gården vid Bagarmosseskolan har fått belysning.", "Skarpnäck"),
        ("Reimersholmsbadet", "Södermalm"),
    ],
)
def test_a_known_place_in_a_compound_names_its_district(text, district):
    assert districts.place_mentions(text) == [district]


def test_a_hyphen_before_a_capital_is_a_name_of_its_own_not_a_compound():
    assert districts.place_mentions("Rinkeby-Kista") == ["Rinkeby-Kista"]
    assert districts.place_mentions("Vid Farsta-Gubbängen") == []  # no place of that name


def test_a_word_that_only_begins_like_a_place_names_nothing():
    assert districts.place_mentions("Eriksdal-") == []


@pytest.mark.parametrize(
    ("written", "district"),
    [
        ("Skärholms", "Skärholmen"),
        ("Kungsholms", "Kungsholmen"),
        ("Hägersten-Liljeholms", "Hägersten-Liljeholmen"),
    ],
)
def test_a_district_in_en_in_its_compound_form_is_the_district(written, district):
    # Swedish joins a name in -en with -s in place of it: "Skärholmsnämnden", "Kungsholms stadsdelsförvaltning".
    assert districts.canonical(written) == district


def test_a_committee_in_its_compound_form_names_its_district():
    from bilagor.extractor.metadata import district_and_source

    assert district_and_source([], ["Skärholms stadsdelsförvaltning har bytt armaturerna."], 2018) == (
        "Skärholmen",
        "text",
    )
