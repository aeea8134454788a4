"""District rules, sixth round (issue #12, class 8): more places in the gazetteer (parks,
baths, streets, industrial areas, neighbourhoods) and more ways of naming another district's
committee as the model or source of the work ("erfarenheter från", "inspirerats av")."""

from __future__ import annotations

import pytest

from bilagor.extractor import districts
from bilagor.extractor.metadata import district_and_source


@pytest.mark.parametrize(
    ("place", "district"),
    [
        ("Vanadisplan", "Norrmalm"),
        ("Torsplan", "Norrmalm"),
        ("Jakobs kyrka", "Norrmalm"),
        ("Snösätra", "Enskede-Årsta-Vantör"),
        ("Gamla Enskede", "Enskede-Årsta-Vantör"),
        ("Skönstaholm", "Farsta"),
        ("Gröna Lund", "Östermalm"),
        ("Lill-Jansskogen", "Östermalm"),
        ("Jarlaplan", "Östermalm"),
        ("Eggeby gård", "Spånga-Tensta"),
        ("Ärvinge", "Rinkeby-Kista"),
        ("Ekensberg", "Hägersten-Liljeholmen"),
        ("Sickla udde", "Södermalm"),
        ("Riddersvik", "Hässelby-Vällingby"),
    ],
)
def test_more_places_imply_their_district(place, district):
    assert district_and_source([place], [], 2018) == (district, "place")


@pytest.mark.parametrize(
    "text",
    [
        "Med erfarenheter från Farsta stadsdelsförvaltning har Bromma stadsdelsförvaltning satt upp belysningen.",
        "Arbetssättet har inspirerats av Farsta stadsdelsnämnd och genomförts av Bromma stadsdelsnämnd.",
        "Bromma stadsdelsförvaltning har lånat metoden från Farsta stadsdelsförvaltning.",
        "Efter förebild från Farsta stadsdelsförvaltning har Bromma stadsdelsförvaltning röjt slyet.",
    ],
)
def test_a_committee_named_as_a_model_or_source_never_wins(text):
    assert districts.mentions(text) == ["Bromma"]


@pytest.mark.parametrize(
    "text",
    [
        "Enligt samma modell som Farsta stadsdelsförvaltning har Bromma stadsdelsförvaltning röjt slyet.",
        "På samma sätt som Farsta stadsdelsnämnd har Bromma stadsdelsnämnd satt upp belysning.",
        "Efter mönster från Farsta stadsdelsförvaltning har Bromma stadsdelsförvaltning bytt armaturer.",
    ],
)
def test_a_committee_named_as_the_pattern_followed_never_wins(text):
    assert districts.mentions(text) == ["Bromma"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SDF EÅV har bytt belysning.", ["Enskede-Årsta-Vantör"]),
        ("EÅV stadsdelsnämnd beslutade i maj.", ["Enskede-Årsta-Vantör"]),
        ("Kungsholms stadsdelsförvaltning har röjt slyet.", ["Kungsholmen"]),
    ],
)
def test_other_forms_of_a_committee_name(text, expected):
    assert districts.mentions(text) == expected


def test_the_city_abbreviation_in_a_file_name():
    assert district_and_source([], ["Belysningen har bytts ut."], 2017, "trygghet/EAV_bilaga5.pdf") == (
        "Enskede-Årsta-Vantör",
        "filename",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Farsta stadsdelsförvaltning har deltagit som referensgrupp när Bromma stadsdelsförvaltning planerade.",
        "Bromma stadsdelsförvaltning har genomfört åtgärden med Farsta stadsdelsförvaltning som referensgrupp.",
        "Farsta stadsdelsförvaltning har varit med som samarbetspartner; Bromma stadsdelsförvaltning ansvarar.",
        "Bromma stadsdelsförvaltning har haft Farsta stadsdelsförvaltning som bollplank.",
        "Bromma stadsdelsförvaltning har, som medsökande, Farsta stadsdelsförvaltning.",
        # OCR's rn for m in the partner phrase itself.
        "I sarnverkan rned Farsta stadsdelsforvaltning har Bromma stadsdelsforvaltning bytt belysning.",
        "Tillsammans rned Farsta stadsdelsforvaltning har Bromma stadsdelsforvaltning bytt belysning.",
    ],
)
def test_a_committee_named_as_reference_or_partner_after_its_name_never_wins(text):
    assert districts.mentions(text) == ["Bromma"]
