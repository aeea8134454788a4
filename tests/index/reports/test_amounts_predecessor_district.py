"""`bilagor amounts --district X` finds a merged district's report under the predecessor its place lay in, as
`bilagor search --district X` does (index.filters.predecessor_area): a Hägersten-Älvsjö report at "Älvsjö
centrum" is Älvsjö's, one at "Liljeholmen" Hägersten-Liljeholmen's. Seen failing before the change."""

from __future__ import annotations

import json

import pytest
from factories import district_ids, make_report, report_id

from bilagor.cli.app import run
from bilagor.extractor.errors import ExitCode
from bilagor.index.archive import Archive


@pytest.fixture(scope="module")
def archive_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("predecessor") / "arkiv"
    reports = [
        make_report(
            "alvsjo",
            district="Hägersten-Älvsjö",
            district_today="Hägersten-Älvsjö",
            year=2022,
            location="Älvsjö centrum",
        ),
        make_report(
            "liljeholmen",
            district="Hägersten-Älvsjö",
            district_today="Hägersten-Älvsjö",
            year=2022,
            location="Liljeholmen",
        ),
        make_report(
            "merged",
            district="Hägersten-Älvsjö",
            district_today="Hägersten-Älvsjö",
            year=2022,
            location="Hela stadsdelsområdet",
        ),
        make_report(
            "alvsjo2018", district="Älvsjö", district_today="Hägersten-Älvsjö", year=2018, location="Älvsjö centrum"
        ),
        make_report("bromma", district="Bromma", district_today="Bromma", year=2022, location="Alvik"),
    ]
    with Archive.open(folder, writable=True) as archive:
        archive.add(reports)
    return folder


@pytest.mark.parametrize(
    ("district", "expected"),
    [
        ("Älvsjö", {"alvsjo", "alvsjo2018"}),
        ("Hägersten-Liljeholmen", {"liljeholmen"}),
        ("Hägersten-Älvsjö", {"alvsjo", "liljeholmen", "merged", "alvsjo2018"}),
        ("Bromma", {"bromma"}),
    ],
)
def test_amounts_find_a_merged_districts_report_under_its_predecessor(archive_dir, district, expected):
    assert district_ids(archive_dir, district)[1] == {report_id(s) for s in expected}


@pytest.mark.parametrize("district", ["Älvsjö", "Hägersten-Liljeholmen", "Hägersten-Älvsjö", "Bromma", "Skarpnäck"])
def test_amounts_and_search_agree_on_predecessor_districts(archive_dir, district):
    searched, summed = district_ids(archive_dir, district)
    assert summed == searched


def test_the_command_sums_the_predecessors_report(archive_dir, capsys):
    code = run(["amounts", "--archive", str(archive_dir), "--district", "Älvsjö", "--by", "year", "--json"])
    assert code == ExitCode.OK
    assert json.loads(capsys.readouterr().out)["total"]["reports"] == 2
