"""Districts, fifteenth round (issue #12), one test per class the fourteenth sets' dev half showed
(d14-047, d14-049, d14-061, d14-111, d14-171), in sentences of their own: a committee whose agreement or
procurement the work used is a partner; a place in a partner's own clause is the partner's; a report
that says which committee's part it is about names that district; a location field whose main place
covered several districts that year names none; several committees under one plural noun."""

from __future__ import annotations

from bilagor.extractor import districts
from bilagor.extractor.metadata import district_and_source


def test_a_committee_whose_framework_agreement_was_used_is_a_partner():
    text = "Pollarna köptes in genom Bromma stadsdelsförvaltnings ramavtal och sattes upp av Kungsholmens stadsdelsförvaltning."
    assert districts.mentions(text) == ["Kungsholmen"]
    assert districts.mentions(text, partners=True) == ["Bromma"]


def test_a_committee_named_without_genitive_before_an_agreement_is_not_a_lender():
    text = "Skarpnäcks stadsdelsförvaltning har tecknat avtal med en ny entreprenör."
    assert districts.mentions(text) == ["Skarpnäck"]


def test_a_place_in_a_partners_clause_is_the_partners():
    text = "Metoden har testats av Södermalms stadsdelsförvaltning vid Medborgarplatsen."
    assert districts.place_mentions(text, prose=True, others=False) == []
    assert district_and_source([], [text], 2017, "/arkiv/farsta/2017/bilaga5.pdf") == ("Farsta", "filename")


def test_a_place_after_a_partner_and_a_clause_of_the_own_work_still_counts():
    text = "I samverkan med Farsta stadsdelsförvaltning har vi satt upp belysning vid Kärrtorps torg."
    assert districts.place_mentions(text, prose=True, others=False) == ["Skarpnäck"]


def test_the_committee_a_report_says_it_is_about_names_the_district():
    text = (
        "Spånga-Tensta stadsdelsförvaltning och Rinkeby-Kista stadsdelsförvaltning har bytt lampor längs "
        "stråket; redovisningen avser Rinkeby-Kistas sträcka."
    )
    assert districts.reported_districts(text) == ["Rinkeby-Kista"]
    assert district_and_source([], [text], 2018) == ("Rinkeby-Kista", "text")


def test_a_location_field_whose_main_place_covered_two_districts_names_none():
    assert district_and_source(["Järvafältet, slingan förbi Husby gård"], ["Slingan har fått belysning."], 2016) == (
        None,
        None,
    )
    # ... while the same field after the merger is Järva's.
    assert district_and_source(["Järvafältet, slingan förbi Husby gård"], [], 2024) == ("Järva", "place")


def test_each_committee_under_one_plural_noun_is_named():
    text = "Stadsdelsförvaltningarna i Älvsjö, Skärholmen och Bromma har upphandlat lamporna gemensamt."
    assert [m.district for m in districts.plural_committee_mentions(text)] == ["Älvsjö", "Skärholmen", "Bromma"]
    text = "Östermalms och Norrmalms stadsdelsnämnder har beslutat om samma belysning."
    assert [m.district for m in districts.plural_committee_mentions(text)] == ["Östermalm", "Norrmalm"]
    assert districts.plural_committee_mentions("Stadsdelsnämnderna har fått ett gemensamt uppdrag.") == []
