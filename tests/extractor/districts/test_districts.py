import pytest

from bilagor.extractor import districts


@pytest.mark.parametrize(
    "written, expected",
    [
        ("Norrmalms", "Norrmalm"),
        ("ostermalm", "Östermalm"),
        ("Spånga-Tenstas stadsdelsnämnd", "Spånga-Tensta"),
        ("Hägersten–Liljeholmen", "Hägersten-Liljeholmen"),
        ("Järva SDF", "Järva"),
        ("Solna", None),
    ],
)
def test_canonical(written, expected):
    assert districts.canonical(written) == expected


def test_lineage():
    assert districts.as_of("Norrmalm", 2018) == "Norrmalm"
    assert districts.as_of("Norrmalm", 2024) == "Norra innerstaden"
    assert districts.as_of("Älvsjö", 2020) == "Älvsjö"  # merged mid-year: old name still valid
    assert districts.as_of("Älvsjö", 2021) == "Hägersten-Älvsjö"
    assert districts.today("Rinkeby-Kista") == "Järva"
    assert districts.today("Farsta") == "Farsta"
    assert districts.covered_by("Norra innerstaden") == {"Norra innerstaden", "Norrmalm", "Östermalm"}
    assert districts.covered_by("Hägersten-Älvsjö") == {"Hägersten-Älvsjö", "Hägersten-Liljeholmen", "Älvsjö"}


def test_mentions_in_text():
    text = "Ansökan från Rinkeby-Kista stadsdelsförvaltning och stadsdelsområde Bromma; Norrmalms stadsdelsnämnd."
    assert districts.mentions(text) == ["Rinkeby-Kista", "Bromma", "Norrmalm"]


def test_merged_into_names_a_former_districts_committee_of_today_only():
    from bilagor.extractor.districts import merged_into

    assert merged_into("Norrmalm") == "Norra innerstaden"
    assert merged_into("Rinkeby-Kista") == "Järva"
    assert merged_into("Bromma") is None  # a committee of today
    assert merged_into("Norra innerstaden") is None
    assert merged_into("Västerort") is None and merged_into(None) is None
