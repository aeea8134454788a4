"""A merged district's report is found under the district its place lay in before the merger.

`--district Älvsjö` finds a Hägersten-Älvsjö report of 2023 whose location is "Älvsjö centrum"
(the place lies in the old Älvsjö), not one whose place lay in Hägersten-Liljeholmen; a merged
district's name still finds all its predecessors' reports (eighth round, issue #12).
"""

from __future__ import annotations

import pytest

from search_corpus import searching, text_report


def _report(seed: str, district: str, year: int, location: str):
    return text_report(seed, "Entrén har fått belysning.", district=district, year=year, location=location)


REPORTS = {
    "alvsjo-2023": ("Hägersten-Älvsjö", 2023, "Älvsjö centrum, vid stationen"),
    "vastberga-2023": ("Hägersten-Älvsjö", 2023, "Västberga, vid förskolan"),
    "husby-2024": ("Järva", 2024, "Husby torg"),
    "karlaplan-2024": ("Norra innerstaden", 2024, "Karlaplan"),
    "oklart-2024": ("Järva", 2024, "Flera gårdar i stadsdelen"),
    "alvsjo-2019": ("Älvsjö", 2019, "Älvsjö centrum"),
}


@pytest.fixture(scope="module")
def search(tmp_path_factory):
    reports = {key: _report(key, *row) for key, row in REPORTS.items()}
    with searching(tmp_path_factory.mktemp("search8-districts"), reports) as found:
        yield found


@pytest.mark.parametrize(
    ("district", "expected"),
    [
        ("Älvsjö", {"alvsjo-2023", "alvsjo-2019"}),
        ("Hägersten-Liljeholmen", {"vastberga-2023"}),
        ("Rinkeby-Kista", {"husby-2024"}),
        ("Spånga-Tensta", set()),
        ("Östermalm", {"karlaplan-2024"}),
        ("Norrmalm", set()),
    ],
)
def test_a_predecessors_name_finds_a_merged_districts_report_by_its_place(search, district, expected):
    assert set(search("entré", district=district)) == expected


def test_the_merged_districts_name_still_finds_every_report_of_its_area(search):
    assert set(search("entré", district="Hägersten-Älvsjö")) == {"alvsjo-2023", "vastberga-2023", "alvsjo-2019"}
    assert set(search("entré", district="Järva")) == {"husby-2024", "oklart-2024"}
