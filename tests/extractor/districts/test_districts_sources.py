"""Districts named only by a committee phrase, a place, a police area or the file name (issue #12)."""

from __future__ import annotations

import pytest

from bilagor.extractor import districts
from bilagor.extractor.metadata import build_metadata, district_and_source


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Arbetet leddes av stadsdelsförvaltningen i Farsta.", ["Farsta"]),
        ("Beslut i stadsdelsnämnden för Norra innerstaden.", ["Norra innerstaden"]),
        ("Stadsdelsnämnden på Kungsholmen beställde arbetet.", ["Kungsholmen"]),
        ("Farsta stadsdelsnämnd och Bromma stadsdelsförvaltning", ["Farsta", "Bromma"]),
        ("Farstas stadsdelsnämnd", ["Farsta"]),  # a genitive -s after a vowel, as some write it
        ("Skarholmens stadsdelsnamnd beviljades medel", ["Skärholmen"]),  # a scan without accents
        ("Hägersten-Liljeholmens stadsdels- förvaltning", ["Hägersten-Liljeholmen"]),  # a broken line
        ("Stadsdelsnämnden beslutade i juni.", []),
    ],
)
def test_committee_grammar(text, expected):
    assert districts.mentions(text) == expected


def test_area_is_a_district_mention_but_not_a_committee():
    assert districts.mentions("Inom stadsdelsområdet Bromma finns parker.") == ["Bromma"]
    assert districts.committee_mentions("Inom stadsdelsområdet Bromma finns parker.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Husby torg", ["Rinkeby-Kista"]),
        ("Skärholmstorget och Vårbergstoppen", ["Skärholmen"]),
        ("Stureplan, Birger Jarlsgatan", ["Östermalm"]),
        ("Sergels  torg", ["Norrmalm"]),
        ("Kista galleria och Husbyskolan", ["Rinkeby-Kista"]),
        ("en husby i skogen", []),  # a place is a name: capitalised
    ],
)
def test_place_gazetteer(text, expected):
    assert districts.place_mentions(text) == expected


def test_police_areas():
    assert districts.police_mentions("i dialog med lokalpolisområde Rinkeby") == ["Rinkeby-Kista"]
    assert districts.police_mentions("Lokalpolisområdet Skärholmen har pekat ut platsen") == ["Skärholmen"]
    assert districts.police_mentions("Lokalpolisområde City deltog") == []  # several districts


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/arkiv/2018/skarpnack/bilaga5.pdf", "Skarpnäck"),
        ("/arkiv/hasselby-vallingby_bilaga7_2019.pdf", "Hässelby-Vällingby"),
        ("/r/Bilaga 5 Enskede-Årsta-Vantör uppföljning.pdf", "Enskede-Årsta-Vantör"),
        ("/r/bilaga5-kameraovervakning-husby-torg-2019.pdf", "Rinkeby-Kista"),
        ("/r/bilaga5-kameraovervakning-2019.pdf", None),
    ],
)
def test_district_from_path(path, expected):
    assert districts.from_path(path) == expected


def test_sources_in_order_of_evidence():
    assert district_and_source(["Farsta stadsdelsnämnd"], [], 2019) == ("Farsta", "text")
    assert district_and_source(["Husby torg"], ["Spånga-Tensta stadsdelsförvaltning har lett arbetet."], 2019) == (
        "Spånga-Tensta",
        "text",
    )
    assert district_and_source(["Husby torg"], [], 2024) == ("Järva", "place")  # named as of the year
    assert district_and_source([], ["Enligt lokalpolisområde Farsta ökade brotten."], 2019) == ("Farsta", "police")
    assert district_and_source([], ["Belysningen vid Medborgarplatsen byttes."], 2019) == ("Södermalm", "place")
    assert district_and_source([], ["Inget om var."], 2019, "/a/farsta/b.pdf") == ("Farsta", "filename")
    assert district_and_source([], ["Inget om var."], 2019, "/a/b.pdf") == (None, None)


def test_build_metadata_records_the_source():
    meta = build_metadata(["Uppföljning 2018"], [("plats", "Axelsbergs torg")], [], path="/x/y.pdf")
    assert (meta.district, meta.district_source, meta.district_today) == (
        "Hägersten-Liljeholmen",
        "place",
        "Hägersten-Älvsjö",
    )


def test_record_carries_the_source_and_old_records_still_load():
    from bilagor.extractor.record import Report
    from factories import make_report, validate_record

    data = make_report(district_source="place").to_dict()
    validate_record(data)
    assert Report.from_dict(data).district_source == "place"
    del data["district_source"]  # a record stored before the field existed
    validate_record(data)
    assert Report.from_dict(data).district_source is None
    data["district_source"] = "guess"
    with pytest.raises(Exception, match="guess"):
        validate_record(data)
