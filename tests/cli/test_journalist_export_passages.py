"""`bilagor export QUERY --per-report`: each row says where the search found the report, best first.

The journalist's finding 8 (docs/journalist-session.md): the rows had no passage or page of the match
and came ordered by id, so a spreadsheet could not be read or quoted without searching again.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from cli_helpers import cli_output
from factories import make_report

from bilagor.cli.app import run
from bilagor.extractor.errors import ExitCode
from bilagor.extractor.record import Section
from bilagor.index.archive import Archive

# key: (year, the sections as (label, text, page))
REPORTS = {
    "b-en-gang": (
        2016,
        [("Syfte", "Belysningen i parken ska bli bättre.", 1), ("Avvikelser", "Två kameror sattes upp.", 3)],
    ),
    "z-manga": (2019, [("Slutresultat", "Kameror vid torget; kamerorna och fler kameror i tunneln.", 2)]),
    "ingen": (2021, [("Slutresultat", "Nya bänkar i parken.", 1)]),
    "tva": (2014, [("Slutresultat", "Kameror i gångtunneln, kamerorna fungerar.", 1)]),
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("exportpassages")
    reports = [
        make_report(
            key,
            project=f"Åtgärd {key}",
            year=year,
            sections=[Section(label.lower(), label, text, page) for label, text, page in sections],
        )
        for key, (year, sections) in REPORTS.items()
    ]
    with Archive.open(folder, writable=True) as opened:
        opened.add(reports)
    return folder


def _id(key: str) -> str:
    return make_report(key).id


def _csv_rows(capsys, archive, *args) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(cli_output(capsys, "export", *args, "--archive", archive))))


def test_each_row_has_the_passage_section_and_page_the_search_found(archive, capsys):
    rows = {row["id"]: row for row in _csv_rows(capsys, archive, "kameror", "--per-report")}
    assert set(rows) == {_id("b-en-gang"), _id("z-manga"), _id("tva")}
    row = rows[_id("b-en-gang")]
    assert (row["match_section"], row["match_page"]) == ("Avvikelser", "3")
    assert "Två kameror sattes upp." in row["match_passage"] and "**" not in row["match_passage"]


def test_rows_come_in_the_searchs_order_by_default(archive, capsys):
    hits = json.loads(cli_output(capsys, "search", "kameror", "--json", "--limit", 100, "--archive", archive))["hits"]
    rows = _csv_rows(capsys, archive, "kameror", "--per-report")
    assert [row["id"] for row in rows] == [hit["id"] for hit in hits]
    assert rows[0]["id"] == _id("z-manga")  # the word three times, in a short section
    assert [row["id"] for row in rows] != sorted(row["id"] for row in rows)  # not the id order of before


def test_sort_year_puts_the_newest_first_and_sort_id_orders_by_id(archive, capsys):
    by_year = _csv_rows(capsys, archive, "kameror", "--per-report", "--sort", "year")
    assert [row["year"] for row in by_year] == ["2019", "2016", "2014"]
    by_id = _csv_rows(capsys, archive, "kameror", "--per-report", "--sort", "id")
    assert [row["id"] for row in by_id] == sorted(row["id"] for row in by_id)
    assert all(row["match_passage"] for row in by_id)


def test_an_unknown_sort_is_a_usage_error(archive, capsys):
    assert run(["export", "kameror", "--per-report", "--sort", "datum", "--archive", str(archive)]) == ExitCode.USAGE
    assert "välj relevance|year|id" in capsys.readouterr().err


def test_excel_and_json_lines_have_the_same_rows(archive, capsys):
    csv_rows = _csv_rows(capsys, archive, "kameror", "--per-report")
    excel = cli_output(capsys, "export", "kameror", "--per-report", "--excel", "--archive", archive).lstrip("\ufeff")
    excel_rows = list(csv.DictReader(io.StringIO(excel), delimiter=";"))
    assert [(r["Id"], r["Träff i avsnitt"], r["Träffens sida"], r["Träffens text"]) for r in excel_rows] == [
        (r["id"], r["match_section"], r["match_page"], r["match_passage"]) for r in csv_rows
    ]
    lines = cli_output(capsys, "export", "kameror", "--per-report", "--json", "--archive", archive).splitlines()
    records = [json.loads(line) for line in lines]
    assert [(r["id"], r["match_section"], r["match_page"], r["match_passage"]) for r in records] == [
        (r["id"], r["match_section"], int(r["match_page"]), r["match_passage"]) for r in csv_rows
    ]


def test_without_a_query_there_is_no_match_to_show(archive, capsys):
    rows = _csv_rows(capsys, archive, "--per-report")
    assert "match_passage" not in rows[0]
    assert [row["id"] for row in rows] == sorted(row["id"] for row in rows)
