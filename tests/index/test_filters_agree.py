"""`--district` and `--year` mean the same in `bilagor search` and `bilagor amounts`:
one resolver, the same districts and the same one-line error."""

from __future__ import annotations

import pytest
from factories import make_report

from bilagor.extractor.errors import UsageError
from bilagor.index.archive import Archive
from bilagor.index.reports.amounts import summarise_archive


@pytest.fixture(scope="module")
def archive_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("filters") / "arkiv"
    reports = [
        make_report("kista", district="Rinkeby-Kista", district_today="Järva", year=2019),
        make_report("norrmalm", district="Norrmalm", district_today="Norra innerstaden", year=2018),
        make_report("sodermalm", district="Södermalm", district_today="Södermalm", year=2020),
    ]
    with Archive.open(folder, writable=True) as archive:
        archive.add(reports)
    return folder


def _searched(folder, **filters) -> set[str]:
    with Archive.open_for_reading(folder) as archive:
        return set(archive.matching_ids(None, **filters))


def _summed(folder, **filters) -> set[str]:
    with Archive.open_for_reading(folder) as archive:
        summary = summarise_archive(archive, by="year", detail=True, **filters)
    return {row.report_id for row in summary.detail}


@pytest.mark.parametrize(
    "district",
    [
        "Kista",
        "rinkeby kista",
        "Järva",
        "jarva",
        "Norra innerstaden",
        "NORRMALM",
        "Sodermalm",
        "södermalms stadsdelsnämnd",
    ],
)
def test_search_and_amounts_take_a_district_alike(archive_dir, district):
    found = _searched(archive_dir, district=district)
    assert found
    assert _summed(archive_dir, district=district) == found


@pytest.mark.parametrize("year", ["2018", "2018-2019", "2019 – 2020"])
def test_search_and_amounts_take_a_year_alike(archive_dir, year):
    found = _searched(archive_dir, year=year)
    assert found
    assert _summed(archive_dir, year=year) == found


@pytest.mark.parametrize("district", ["Gotham", "", "Kista-Gotham"])
def test_an_unknown_district_is_the_same_usage_error_in_both(archive_dir, district):
    with pytest.raises(UsageError) as searched:
        _searched(archive_dir, district=district or " ")
    with pytest.raises(UsageError) as summed:
        _summed(archive_dir, district=district or " ")
    assert str(searched.value) == str(summed.value)
    assert "ingen stadsdelsnämnd i Stockholm" in str(searched.value)
