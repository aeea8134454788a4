"""A workbook or a chart by district says which of its rows are districts merged into another since, as the
terminal's table does under it (h33/f-official).

`bilagor amounts --by district -o belopp.xlsx` had "Norrmalm" and "Norra innerstaden" as two rows and nothing
else, and `--chart` two bars: to a reader who does not know the merger of 2023, two areas. The workbook now
carries the terminal's notes on its rows under the table (past an empty row, outside the filter), the chart the
merged districts in small type under it; the web's workbook the same, pointing to the page's own groupings.
"""

from __future__ import annotations

import re
import warnings

import pytest
from factories import _amount, make_report

from bilagor.cli.app import run
from bilagor.extractor.errors import ExitCode
from bilagor.index.archive import Archive

openpyxl = pytest.importorskip("openpyxl")

MERGED = "Sammanslagna stadsdelar: Norrmalm ingår sedan 2023 i Norra innerstaden."


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mergedfiles")
    rows = [("a", "Norrmalm", 2019), ("b", "Norra innerstaden", 2024), ("c", "Farsta", 2020)]
    reports = [
        make_report(
            seed,
            district=district,
            district_today="Farsta" if district == "Farsta" else "Norra innerstaden",
            year=year,
            project=f"Projekt {seed}",
            location=None,
            amounts=[_amount("budget", 1_000_000), _amount("utfall", 900_000)],
        )
        for seed, district, year in rows
    ]
    with Archive.open(folder, writable=True) as archive:
        archive.add(reports)
    return str(folder)


def _notes(path) -> tuple[list[str], str]:
    sheet = openpyxl.load_workbook(path)["Sammanställning"]
    values = [row[0] for row in sheet.iter_rows(values_only=True)]
    total = values.index("Totalt")
    assert values[total + 1] is None  # an empty row between the table and its notes
    return [v for v in values[total + 2 :] if v], sheet.auto_filter.ref


def test_a_workbook_by_district_names_the_merged_districts_under_its_table(folder, tmp_path):
    target = tmp_path / "belopp.xlsx"
    assert run(["amounts", "--by", "district", "-o", str(target), "--archive", folder]) == ExitCode.OK
    notes, ref = _notes(target)
    assert any(note.startswith(MERGED[:-1]) and "--by district-today" in note for note in notes)
    assert any(note.startswith("Avvikelse = Utfall - Budget med utfall") for note in notes)
    assert ref == "A1:I5"  # the filter holds the table alone: header, three districts, Totalt


def test_a_workbook_by_year_has_no_merged_districts_note(folder, tmp_path):
    target = tmp_path / "belopp.xlsx"
    assert run(["amounts", "--by", "year", "-o", str(target), "--archive", folder]) == ExitCode.OK
    notes, _ = _notes(target)
    assert notes and not any("Sammanslagna" in note for note in notes)


@pytest.mark.parametrize("by, named", [("district", True), ("district-today", True), ("year", False)])
def test_a_chart_by_district_says_which_bars_are_merged_districts(folder, tmp_path, by, named):
    pytest.importorskip("matplotlib")
    target = tmp_path / "belopp.svg"
    assert run(["amounts", "--by", by, "--chart", str(target), "--archive", folder]) == ExitCode.OK
    text = " ".join(re.sub(r"<[^>]+>", "", t) for t in re.findall(r"<text[^>]*>.*?</text>", target.read_text(), re.S))
    assert ("Sammanslagna stadsdelar: Norrmalm ingår sedan 2023 i Norra innerstaden." in text) is named


def test_the_webs_workbook_points_to_the_pages_groupings(folder, tmp_path):
    pytest.importorskip("starlette")
    from bilagor.cli.web.app import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient
    with TestClient(create_app(folder), base_url="http://127.0.0.1") as client:
        data = client.get("/amounts.xlsx", params={"by": "district"}).content
    target = tmp_path / "web.xlsx"
    target.write_bytes(data)
    notes, _ = _notes(target)
    assert any(note.startswith(MERGED[:-1]) and 'grupperingen "Stadsdel i dag"' in note for note in notes)
