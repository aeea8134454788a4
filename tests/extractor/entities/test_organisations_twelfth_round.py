"""Organisation rules, twelfth round (issue #12, class 9): a word ending in "-verket" is a work or a
plant ("Stålverket", "Värtaverket") unless it is one of the state agencies so named, which the
gazetteer lists (current and former: "Skolverket", "Vägverket", "Integrationsverket"); consultants,
contractors, suppliers, study associations and associations that city projects name are in the
gazetteer, and those whose name is also a common word only as written ("Maskrosbarn")."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities import find_organisations


def _names(text: str, year: int | None = 2019) -> set[str]:
    return {o.name for o in find_organisations(text, year=year)}


@pytest.mark.parametrize(
    "text",
    [
        "Takverket över perrongen har bytts.",
        "Spjälverket runt gården har målats om.",
        "Bromsverket i hissen har reparerats.",
        "Hornsbergsverket stängdes för länge sedan.",
    ],
)
def test_a_work_ending_in_verket_is_no_organisation(text):
    assert _names(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Konsumentverket har granskat lekredskapen.", "Konsumentverket"),
        ("Enligt Läkemedelsverkets föreskrifter förvaras sprutorna inlåsta.", "Läkemedelsverket"),
        ("Banverket ägde marken längs spåret fram till 2010.", "Banverket"),
        ("Ekonomistyrningsverket har tagit fram mallen.", "Ekonomistyrningsverket"),
    ],
)
def test_an_agency_named_verket_is_one(text, name):
    assert _names(text, 2009 if "Banverket" in text else 2019) == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ramböll har gjort en bullerutredning.", "Ramböll"),
        ("Kablarna drogs av Caverion under våren.", "Caverion"),
        ("Naturskyddsföreningen har inventerat träden.", "Naturskyddsföreningen"),
        ("Sensus har haft samtalsgrupper för föräldrar.", "Sensus"),
        ("Maskrosbarn har träffat tonåringar i lokalen.", "Maskrosbarn"),
    ],
)
def test_firms_and_associations_of_city_projects(text, name):
    assert _names(text) == {name}


def test_a_name_that_is_a_common_word_only_as_written():
    assert _names("Barnen fick sensus för detaljer, och maskrosbarn klarar sig ändå.") == set()
