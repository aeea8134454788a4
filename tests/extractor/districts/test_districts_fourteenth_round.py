"""Districts, fourteenth round (issue #12, class 8), one test per class named from the burned sets'
misses, in wordings of their own: a committee's own name is never read as a misread place, and a
committee the body names that did not run the work yields to the report's place field or folder."""

from __future__ import annotations

from bilagor.extractor import districts
from bilagor.extractor.metadata import district_and_source


def test_a_committee_name_is_no_misread_place():
    text = "Skyltarna följer den standard som Rinkeby-Kistas stadsdelsförvaltning tog fram."
    assert districts.misread_place_mentions(text, prose=True) == []


def test_the_folder_outranks_a_committee_named_as_a_model():
    text = "Skyltarna följer den standard som Rinkeby-Kistas stadsdelsförvaltning tog fram."
    assert district_and_source([], [text], 2018, "/arkiv/bromma/bilaga5.pdf") == ("Bromma", "filename")


def test_the_place_field_outranks_a_committee_that_lent_a_hand():
    text = "Farsta stadsdelsförvaltning bistod med sin parkingenjör vid två tillfällen."
    assert district_and_source(["Kärrtorps centrum"], [text], 2018) == ("Skarpnäck", "place")


def test_the_folder_outranks_a_committee_that_gave_advice():
    text = "Östermalms stadsdelsförvaltning har tipsat om en leverantör av pollare."
    assert district_and_source([], [text], 2019, "/arkiv/sodermalm/2019/bilaga5.pdf") == ("Södermalm", "filename")


def test_a_committee_that_ran_the_work_outranks_the_place_field():
    text = "Projektet genomfördes av Farsta stadsdelsförvaltning tillsammans med bostadsbolaget."
    assert district_and_source(["Kärrtorps centrum"], [text], 2018) == ("Farsta", "text")


def test_a_committee_that_agrees_with_the_place_keeps_its_source():
    text = "Skarpnäcks stadsdelsförvaltning har bytt armaturerna."
    assert district_and_source(["Kärrtorps centrum"], [text], 2018) == ("Skarpnäck", "text")


def test_running_committees_reads_the_whole_sentence():
    text = "Hägersten-Liljeholmens stadsdelsförvaltning lånade ut mätaren. Arbetet leddes av Skärholmens stadsdelsförvaltning."
    assert districts.running_committees(text) == ["Skärholmen"]
