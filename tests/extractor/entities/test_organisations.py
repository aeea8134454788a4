"""Organisations: gazetteer aliases, inflections, district committees, name rules."""

from __future__ import annotations

import warnings

import pytest

from bilagor.extractor.entities import find_entities, find_organisations
from bilagor.extractor.entities.organisations import (
    aggregate,
    canonicalise,
    district_committee,
    gazetteer,
    lookup,
    strip_genitive,
)
from bilagor.extractor.record import ORGANISATION_KINDS, Section
from factories import make_report


def names(text: str, year: int | None = None) -> list[str]:
    return [o.name for o in find_organisations(text, year=year)]


@pytest.mark.parametrize(
    ("written", "name", "kind"),
    [
        ("polisen", "Polisen", "myndighet"),
        ("Polisen", "Polisen", "myndighet"),
        ("polisens", "Polisen", "myndighet"),
        ("Polismyndigheten", "Polisen", "myndighet"),
        ("lokalpolisområde Norrmalm", "Polisen", "myndighet"),
        ("Polisregion Stockholm", "Polisen", "myndighet"),
        ("AB Stokab", "Stokab", "bolag"),
        ("Stokab", "Stokab", "bolag"),
        ("Stokabs", "Stokab", "bolag"),
        ("S:t Erik Kommunikation", "S:t Erik Kommunikation", "bolag"),
        ("stadsledningskontoret", "Stadsledningskontoret", "forvaltning"),
        ("SLK", "Stadsledningskontoret", "forvaltning"),
        ("SLK:s", "Stadsledningskontoret", "forvaltning"),
        ("trafikkontoret", "Trafikkontoret", "forvaltning"),
        ("Trafikkontorets", "Trafikkontoret", "forvaltning"),
        ("trafiknämnden", "Trafiknämnden", "forvaltning"),
        ("kommunfullmäktige", "Kommunfullmäktige", "forvaltning"),
        ("KF", "Kommunfullmäktige", "forvaltning"),
        ("kommunstyrelsen", "Kommunstyrelsen", "forvaltning"),
        ("KS", "Kommunstyrelsen", "forvaltning"),
        ("Datainspektionen", "Datainspektionen", "myndighet"),  # a predecessor keeps its own name
        ("IMY", "Integritetsskyddsmyndigheten", "myndighet"),
        ("Länsstyrelsen", "Länsstyrelsen", "myndighet"),
        ("Brå", "Brottsförebyggande rådet", "myndighet"),  # the abbreviation expands (entities_heldout README)
        ("Trafikverket", "Trafikverket", "myndighet"),
        ("Region Stockholm", "Region Stockholm", "myndighet"),
        ("Svenska Bostäder", "Svenska Bostäder", "bolag"),
        ("Familjebostäder", "Familjebostäder", "bolag"),
        ("Stockholmshem", "Stockholmshem", "bolag"),
        ("Micasa", "Micasa", "bolag"),
        ("SISAB", "SISAB", "bolag"),
        ("Stockholm Vatten och Avfall", "Stockholm Vatten och Avfall", "bolag"),
        ("Stockholm Exergi", "Stockholm Exergi", "bolag"),
        ("Stiftelsen Tryggare Sverige", "Stiftelsen Tryggare Sverige", "forening"),
        ("nattvandrare", "Nattvandrarna", "forening"),
        ("Norrmalms stadsdelsnämnd", "Norrmalms stadsdelsnämnd", "stadsdel"),
        ("Norrmalms stadsdelsförvaltning", "Norrmalms stadsdelsnämnd", "stadsdel"),
        ("Norrmalms SDN", "Norrmalms stadsdelsnämnd", "stadsdel"),
        ("SDF Norrmalm", "Norrmalms stadsdelsnämnd", "stadsdel"),
        ("stadsdelsförvaltningen i Norrmalm", "Norrmalms stadsdelsnämnd", "stadsdel"),
        ("Idrottsförvaltningen", "Idrottsförvaltningen", "forvaltning"),
        ("valnämndens", "Valnämnden", "forvaltning"),
        ("Securitas AB", "Securitas", "bolag"),  # a legal form is dropped
        ("Stiftelsen Fryshuset", "Stiftelsen Fryshuset", "annan"),
        ("Föreningen Husby Aktiva", "Föreningen Husby Aktiva", "forening"),
        ("Skärholmens Fastighetsägare", "Skärholmens Fastighetsägare", "forening"),
        ("Fastighetsägarna Stockholm", "Fastighetsägarna Stockholm", "forening"),
    ],
)
def test_written_form_to_canonical(written, name, kind):
    [org] = find_organisations(f"Arbetet gjordes med {written} under hösten.")
    assert (org.name, org.kind) == (name, kind)
    assert org.mentions == [written] and org.count == 1


@pytest.mark.parametrize(
    "text",
    [
        "Staden har arbetat med frågan.",
        "Stockholms stad satsar på trygghet.",
        "Förvaltningen har tagit fram en plan.",
        "Nämnden beslutade i juni.",
        "Stadsdelsnämnden och stadsdelsförvaltningen har följt arbetet.",
        "Rollfördelningen mellan staden och fastighetsägande förvaltning/bolag är klar.",
        "Åtgärden genomförs i Norrmalm och på Östermalm.",
        "Fastighetsägarna i området har bjudits in.",
        "Kontoret och huvudkontoret ligger nära.",
    ],
)
def test_generic_words_are_not_organisations(text):
    assert names(text) == []


def test_mentions_merge_under_one_name_with_counts():
    text = "Polisen och Polismyndigheten samverkar; polisen deltar. Stokab och AB Stokab."
    orgs = {o.name: o for o in find_organisations(text)}
    assert orgs["Polisen"].mentions == ["Polisen", "Polismyndigheten", "polisen"]
    assert orgs["Polisen"].count == 3
    assert orgs["Stokab"].mentions == ["Stokab", "AB Stokab"] and orgs["Stokab"].count == 2


def test_district_named_as_of_the_report_year():
    assert names("Östermalms stadsdelsförvaltning", year=2019) == ["Östermalms stadsdelsnämnd"]
    assert names("Östermalms stadsdelsförvaltning", year=2024) == ["Norra innerstadens stadsdelsnämnd"]
    assert district_committee("Spånga-Tensta", 2024) == "Järva stadsdelsnämnd"  # as the city writes it
    assert district_committee("Älvsjö", None) == "Älvsjö stadsdelsnämnd"


def test_find_entities_uses_report_year_and_all_sections():
    report = make_report(
        "orgs",
        year=2024,
        sections=[
            Section("plats", "Plats", "Stureplan, Östermalms stadsdelsnämnd", 1),
            Section("samverkan", "Samverkan", "Samverkan med polisen och trafikkontoret.", 2),
        ],
    )
    _, orgs = find_entities(report)
    assert [o.name for o in orgs] == ["Norra innerstadens stadsdelsnämnd", "Polisen", "Trafikkontoret"]


def test_company_rule_drops_sentence_openers():
    # A company outside the gazetteer; its legal form is dropped from the name only.
    [org] = find_organisations("Enligt Larmteknik Syd AB fungerar kamerorna.")
    assert org.name == "Larmteknik Syd" and org.mentions == ["Larmteknik Syd AB"]


def test_strip_genitive_and_lookup():
    assert strip_genitive("Trafikkontorets") == "Trafikkontoret"
    assert strip_genitive("SLK:s") == "SLK"
    assert strip_genitive("Stockholmshem") == "Stockholmshem"
    assert lookup("SVENSKA  bostäders").name == "Svenska Bostäder"
    assert lookup("staden") is None


def test_canonicalise_unknown_rule_is_none():
    assert canonicalise("något", "rule:unknown") is None


def test_aggregate_is_order_preserving():
    orgs = aggregate([("A", "annan", "a"), ("B", "annan", "b"), ("A", "annan", "a ")])
    assert [(o.name, o.mentions, o.count) for o in orgs] == [("A", ["a"], 2), ("B", ["b"], 1)]


def test_gazetteer_is_well_formed():
    entries = gazetteer()
    assert len({e.name for e in entries}) == len(entries)
    assert all(e.kind in ORGANISATION_KINDS for e in entries)
    seen: dict[str, str] = {}
    for e in entries:
        for alias in (*e.aliases, *e.abbreviations):
            assert seen.setdefault(alias.casefold(), e.name) == e.name, f"{alias} names two organisations"


def test_missing_model_warns_and_falls_back(monkeypatch):
    monkeypatch.setenv("BILAGOR_SPACY_MODEL", "sv_no_such_model_xyz")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        found = names("Samverkan med polisen.")
    assert found == ["Polisen"]
    assert any("sv_no_such_model_xyz" in str(w.message) for w in caught)
