"""`bilagor amounts --by district,year`: a row per district and year (the committee's summary), with the same
reports and sums as `--by district` and `--by year` alone; in the table, --json (each group's parts), csv (a
column per grouping, for a pivot table) and the web's amounts page. Run through Typer's own test runner."""

from __future__ import annotations

import csv
import io
import json
import re
import warnings

import pytest
from cli_helpers import typer_output
from factories import _amount, make_report
from typer.testing import CliRunner

from bilagor.cli.app import app
from bilagor.cli.web.app import create_app
from bilagor.index.archive import Archive

with warnings.catch_warnings():  # newer Starlette prefers httpx2 (a warning); httpx works the same
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("district-year")
    rows = [
        ("a", "Farsta", "Söderort", 2022, 1_000_000, 900_000, "Belysning Farsta strand"),
        ("b", "Farsta", "Söderort", 2023, 2_000_000, 2_500_000, "Kameror Farsta centrum"),
        ("c", "Norrmalm", "Norra innerstaden", 2022, 500_000, 400_000, "Laddstolpar Stureplan"),
        ("d", "Farsta", "Söderort", 2022, 300_000, 300_000, "Utegym Hökarängen"),
    ]
    reports = [
        make_report(
            seed,
            district=district,
            district_today=today,
            year=year,
            project=project,
            location=None,
            amounts=[_amount("budget", budget), _amount("utfall", outcome)],
        )
        for seed, district, today, year, budget, outcome, project in rows
    ]
    with Archive.open(folder, writable=True) as archive:
        archive.add(reports)
    return str(folder)


def _cli(folder, *args) -> str:
    return typer_output("amounts", *args, "--archive", folder)


def test_json_has_a_group_per_district_and_year_with_its_parts_and_the_same_total(folder):
    data = json.loads(_cli(folder, "--by", "district,year", "--json"))
    assert [(g["group"], g["parts"], g["reports"], g["budget"], g["outcome"]) for g in data["groups"]] == [
        ("Farsta · 2022", {"district": "Farsta", "year": "2022"}, 2, 1_300_000, 1_200_000),
        ("Farsta · 2023", {"district": "Farsta", "year": "2023"}, 1, 2_000_000, 2_500_000),
        ("Norrmalm · 2022", {"district": "Norrmalm", "year": "2022"}, 1, 500_000, 400_000),
    ]
    for single in ("district", "year"):
        alone = json.loads(_cli(folder, "--by", single, "--json"))
        assert alone["total"] == data["total"]
    by_today = json.loads(_cli(folder, "--by", "district-today,year", "--json"))
    assert [g["parts"]["district-today"] for g in by_today["groups"]] == ["Norra innerstaden", "Söderort", "Söderort"]


def test_csv_has_a_column_for_each_grouping(folder):
    rows = list(csv.DictReader(io.StringIO(_cli(folder, "--by", "district,year", "--format", "csv"))))
    assert [(r["district"], r["year"], r["budget"]) for r in rows] == [
        ("Farsta", "2022", "1300000"),
        ("Farsta", "2023", "2000000"),
        ("Norrmalm", "2022", "500000"),
    ]
    excel = list(
        csv.reader(io.StringIO(_cli(folder, "--by", "district,year", "--excel").lstrip("\ufeff")), delimiter=";")
    )
    assert excel[0][:2] == ["Stadsdel", "År"] and excel[-1][:2] == ["Totalt", ""]


def test_the_table_names_both_groupings(folder):
    out = _cli(folder, "--by", "district,year", "--unit", "kr")
    assert "Stadsdel och år" in out
    assert re.search(r"Farsta · 2023\s+1\s+2\s000\s000\s+2\s500\s000", out), out


def test_an_unknown_pair_is_a_usage_error(folder):
    result = CliRunner().invoke(app, ["amounts", "--by", "year,district", "--archive", folder])
    assert result.exit_code == 2


def test_the_web_amounts_page_takes_the_pair_and_links_a_row_to_its_district_and_year(folder):
    with TestClient(create_app(folder), base_url="http://127.0.0.1") as client:
        page = client.get("/amounts", params={"by": "district,year"})
        api = client.get("/api/amounts", params={"by": "district,year"}).json()
    assert page.status_code == 200
    assert '<option value="district,year" selected>Stadsdel och år</option>' in page.text
    assert "Farsta · 2023" in page.text
    assert re.search(
        r'href="/search\?[^"]*year=2023[^"]*district=Farsta|href="/search\?[^"]*district=Farsta[^"]*year=2023',
        page.text,
    )
    assert [g["group"] for g in api["groups"]] == ["Farsta · 2022", "Farsta · 2023", "Norrmalm · 2022"]


def _two_budgets():
    """A report `amounts --check` lists: two different budget figures."""
    from bilagor.extractor.record import Amount

    sentence = "Budgeten var 5,0 mnkr och senare 4,0 mnkr."
    return make_report(
        "checked",
        amounts=[
            Amount("5,0 mnkr", 5_000_000, False, "budget", "ekonomiskt_utfall", 1, sentence, "cue"),
            Amount("4,0 mnkr", 4_000_000, False, "budget", "ekonomiskt_utfall", 1, sentence, "cue"),
        ],
    )


def test_the_web_amounts_notes_point_to_the_page_and_the_terminal_notes_to_flags(tmp_path):
    # Finding 9 of the official's session: the web page's notes named command-line flags its reader cannot give.
    checked = _two_budgets()
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add([checked])
    with TestClient(create_app(tmp_path), base_url="http://127.0.0.1") as client:
        page = client.get("/amounts").text
    notes = re.search(r'<ul class="notes dim">(.*?)</ul>', page, re.S).group(1)
    assert "listan Belopp nedan" in notes and "listan Att granska nedan" in notes
    assert not re.search(r"--\w|bilagor amounts", notes), notes
    terminal = " ".join(_cli(str(tmp_path)).split())
    assert "--detail" in terminal and "bilagor amounts --check" in terminal


def test_the_check_list_says_how_to_read_a_report_and_how_to_count_without_it(tmp_path):
    checked = _two_budgets()
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add([checked, make_report("other", project="Belysning", location="Kungsträdgården")])
    said = _cli(str(tmp_path), "--check")
    hint = said.strip().splitlines()[-1]
    short = checked.id[:8]
    assert f"bilagor show {short}" in hint and f"'NOT id:{short}'" in hint and f"--detail 'id:{short}'" in hint
    # the commands it names do what it says: the report's amounts alone, the sums without it
    alone = json.loads(_cli(str(tmp_path), "--detail", f"id:{short}", "--json"))
    assert {a["report_id"] for a in alone["detail"]} == {checked.id}
    without = json.loads(_cli(str(tmp_path), f"NOT id:{short}", "--json"))
    assert without["total"]["reports"] == 1
