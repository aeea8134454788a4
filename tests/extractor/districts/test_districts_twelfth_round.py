"""District rules, twelfth round (issue #12, class 8): a hyphenated committee by its initials with
the hyphens kept ("SDF R-K", "E-Å-V stadsdelsförvaltning", "H-V-förvaltningen"), the report's own
folder anywhere above the file and before a partner committee, a committee after "med" as a partner
whatever was shared, bare district names listed as examples of all committees, OCR's I or | for l
inside a word, and a place of several words compounded with a part of it ("Södra stationshuset")."""

from __future__ import annotations

import pytest

from bilagor.extractor import districts
from bilagor.extractor.metadata import district_and_source


@pytest.mark.parametrize(
    ("text", "year", "district"),
    [
        ("SDF R-K har låtit belysa gångtunneln.", 2017, "Rinkeby-Kista"),
        ("Rapporten är skriven av sdn H-Ä:s parkingenjör.", 2021, "Hägersten-Älvsjö"),
        ("E-Å-V stadsdelsnämnd fattade beslutet i maj.", 2016, "Enskede-Årsta-Vantör"),
        ("Åtgärden bekostades av S-T-nämnden.", 2018, "Spånga-Tensta"),
        ("Stadsdelsförvaltningen H-L har bytt ut armaturerna.", 2019, "Hägersten-Liljeholmen"),
    ],
)
def test_a_committee_by_its_initials_with_hyphens(text, year, district):
    assert district_and_source([], [text], year) == (district, "text")


@pytest.mark.parametrize(
    "text",
    ["Stolparna av modell H-V 4 har monterats.", "Kabeln av typ R-K 12 har dragits om."],
)
def test_initials_without_a_committee_noun_name_none(text):
    assert district_and_source([], [text], 2018) == (None, None)


def test_initials_in_a_file_name_name_none():
    assert districts.from_path("arkiv/s-t-eriksplan.pdf") != "Spånga-Tensta"


@pytest.mark.parametrize(
    ("text", "path", "year", "district"),
    [
        (
            "Lamporna är av samma modell som Älvsjö stadsdelsförvaltning köpte in.",
            "skarpnack/2018/b5.pdf",
            2018,
            "Skarpnäck",
        ),
        ("Gräsklippningen har skötts enligt plan.", "bromma/2017/park/trygghet/b2.pdf", 2017, "Bromma"),
    ],
)
def test_the_report_folder_outranks_a_partner_and_counts_anywhere_above(text, path, year, district):
    assert district_and_source([], [text], year, path) == (district, "filename")


def test_a_folder_of_a_later_merger_names_none_before_it():
    assert district_and_source([], ["Skyltarna har bytts."], 2019, "jarva/2019/b5.pdf") == (None, None)


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("Vi har delat på inköpen med Bromma stadsdelsförvaltning. Hässelby-Vällingby stadsdelsförvaltning har "
         "ansvarat för allt arbete.", "Hässelby-Vällingby"),
        ("Ett gemensamt seminarium med Södermalms stadsdelsnämnd hölls i maj; Kungsholmens stadsdelsnämnd "
         "redovisar här sin del.", "Kungsholmen"),
    ],
)  # fmt: skip
def test_a_committee_after_med_is_a_partner(text, district):
    assert district_and_source([], [text], 2018) == (district, "text")


@pytest.mark.parametrize(
    "text",
    [
        "Samtliga stadsdelsnämnder, till exempel Farsta och Skarpnäck, har fått broschyren.",
        "Flera stadsdelsförvaltningar, bland annat Bromma, Kungsholmen och Östermalm, har gjort likadant.",
    ],
)
def test_bare_names_listed_as_examples_of_all_committees_name_none(text):
    assert district_and_source([], [text], 2018) == (None, None)


@pytest.mark.parametrize(
    ("place", "district"),
    [
        ("HögdaIens centrum", "Enskede-Årsta-Vantör"),
        ("FIemingsbergsvägen", None),  # an I for l that makes no place still names none
        ("Kärrtorps torg, västra de|en", "Skarpnäck"),
    ],
)
def test_ocr_i_or_bar_for_l_in_a_place(place, district):
    assert district_and_source([place], [], 2018)[0] == district


def test_words_in_capitals_keep_their_i():
    assert districts.undo_ocr_l("ILLUSTRATION av AIK och BIackeberg") == "ILLUSTRATION av AIK och Blackeberg"


@pytest.mark.parametrize(
    ("place", "district"),
    [
        ("Tensta centrumhuset", "Spånga-Tensta"),
        ("Södra Latinskolan", "Södermalm"),
        ("Sodra stationsparken", "Södermalm"),
    ],
)
def test_a_place_of_several_words_in_a_compound_of_its_part(place, district):
    assert district_and_source([place], [], 2018) == (district, "place")


def test_a_place_of_several_words_before_another_word_is_not_compounded():
    assert districts.place_mentions("Gamla standarder gäller.", prose=True) == []
