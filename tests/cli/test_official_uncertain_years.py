"""An auditor sums by year: a report whose year is only its PDF's creation date (year_source "metadata", a
scan's date, often years after the report) counts in that year's row like any other. The row is now marked "?",
a note under the table says how many such reports there are, where to see which and how to correct one
(`bilagor import --year ÅR --force FIL`, which now replaces such a guessed year), and `--json` counts them per
group (`uncertain_years`). Seen failing before the change (no mark, no note, no key; --year kept the guess)."""

from __future__ import annotations

import json

import pytest
from factories import make_report

from bilagor.cli.app import run
from bilagor.extractor.errors import ExitCode
from bilagor.extractor.metadata import Metadata, year_warning
from bilagor.index.archive import Archive
from bilagor.index.importer.run import apply_fallback_year

NOTE = "?: 1 rapport har inget år i texten; året är PDF-filens skapandedatum och kan vara fel"


@pytest.fixture(scope="module")
def archive_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("uncertain") / "arkiv"
    reports = [
        make_report("scan2018", year=2018, year_source="metadata", project="Belysning i parken", district="Farsta"),
        make_report("text2018", year=2018, year_source="text", project="Kameror vid torget", district="Bromma"),
        make_report("text2019", year=2019, year_source="title", project="Utegym", district="Farsta"),
    ]
    with Archive.open(folder, writable=True) as archive:
        archive.add(reports)
    return folder


def amounts(capsys, archive_dir, *args) -> str:
    code = run(["amounts", "--archive", str(archive_dir), *args])
    out, err = capsys.readouterr()
    assert code == ExitCode.OK, err
    return out


def _row(out: str, name: str) -> str:
    return next(line for line in out.splitlines() if line.startswith(name))


def test_a_year_row_holding_a_guessed_year_is_marked_and_explained(archive_dir, capsys):
    out = amounts(capsys, archive_dir, "--by", "year")
    assert _row(out, "2018").rstrip().endswith("?")
    assert not _row(out, "2019").rstrip().endswith("?")
    flat = " ".join(out.split())
    assert NOTE in flat
    assert "bilagor amounts --detail" in flat and "bilagor import --year ÅR --force FIL" in flat


def test_district_by_year_marks_the_pair(archive_dir, capsys):
    out = amounts(capsys, archive_dir, "--by", "district,year")
    assert _row(out, "Farsta · 2018").rstrip().endswith("?")
    assert not _row(out, "Farsta · 2019").rstrip().endswith("?")
    assert NOTE in " ".join(out.split())


def test_a_year_filter_says_it_too_and_a_grouping_without_years_does_not(archive_dir, capsys):
    assert NOTE in " ".join(amounts(capsys, archive_dir, "--by", "district", "--year", "2018").split())
    plain = amounts(capsys, archive_dir, "--by", "district")
    assert "skapandedatum" not in plain and not _row(plain, "Farsta").rstrip().endswith("?")


def test_the_json_counts_them_per_group(archive_dir, capsys):
    data = json.loads(amounts(capsys, archive_dir, "--by", "year", "--json"))
    assert {g["group"]: g["uncertain_years"] for g in data["groups"]} == {"2018": 1, "2019": 0}
    assert data["total"]["uncertain_years"] == 1


def test_the_web_page_says_it_and_its_list_shows_which(archive_dir):
    import re

    from web_archive import web_client

    with web_client(archive_dir) as client:
        html = " ".join(client.get("/amounts", params={"by": "year"}).text.split())
    assert NOTE in html and "Vilka: listan Belopp nedan" in html
    years = re.findall(r"<td>(\d{4}\??)</td>", html.split('id="belopp"', 1)[1])
    assert "2018?" in years and "2019" in years and "2019?" not in years


def test_import_year_replaces_a_creation_date_year_and_its_warning():
    guessed = year_warning(Metadata(year=2021, year_source="metadata"))
    report = make_report("scan", year=2021, year_source="metadata", warnings=[guessed, "annat"])
    apply_fallback_year(report, 2016)
    assert (report.year, report.year_source, report.warnings) == (2016, "user", ["annat"])
    read = make_report("read", year=2018, year_source="path")
    assert apply_fallback_year(read, 2016).year == 2018  # a year the report's own path gives stays
