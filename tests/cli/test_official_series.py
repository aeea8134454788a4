"""`bilagor amounts --series FIGUR`: budget, outcome or deviation per year and district as a wide table a chart or a
spreadsheet reads as it is (twenty-seventh round, h32/f-official).

`--by district,year` is a long table: a row per district and year that has reports. A spreadsheet's chart needs a
pivot table made of it first, and a line per district drawn from it joins 2019 to 2022 over the years without
reports. The series has a row for every year of the range and a column per district, empty where there is nothing.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from factories import _amount, make_report

from bilagor.cli.app import run
from bilagor.extractor.errors import ExitCode
from bilagor.index.archive import Archive


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("series")
    rows = [  # seed, district, today, year, budget, outcome (None: no such figure)
        ("a", "Farsta", "Farsta", 2019, 1_000_000, 900_000),
        ("b", "Farsta", "Farsta", 2022, 2_000_000, 2_500_000),
        ("c", "Norrmalm", "Norra innerstaden", 2019, 500_000, 400_000),
        ("d", "Norra innerstaden", "Norra innerstaden", 2023, 800_000, None),
        ("e", "Farsta", "Farsta", 2019, 300_000, 300_000),
    ]
    reports = [_report(*row) for row in rows]
    with Archive.open(folder, writable=True) as archive:
        archive.add(reports)
    return str(folder)


def _report(seed, district, today, year, budget, outcome):
    figures = [_amount("budget", budget)] + ([_amount("utfall", outcome)] if outcome else [])
    project = f"Projekt {seed}"
    return make_report(
        seed, district=district, district_today=today, year=year, project=project, location=None, amounts=figures
    )


def _out(capsys, folder, *args) -> str:
    assert run(["amounts", *args, "--archive", folder]) == ExitCode.OK
    return capsys.readouterr().out


def test_a_row_for_every_year_and_a_column_per_district_empty_where_nothing(folder, capsys):
    rows = list(csv.reader(io.StringIO(_out(capsys, folder, "--by", "district,year", "--series", "utfall"))))
    assert rows == [
        ["year", "Farsta", "Norra innerstaden", "Norrmalm"],
        ["2019", "1200000", "", "400000"],
        ["2020", "", "", ""],
        ["2021", "", "", ""],
        ["2022", "2500000", "", ""],
        ["2023", "", "", ""],  # a budget without an outcome is no outcome of 0
    ]


def test_the_series_holds_the_long_tables_figures(folder, capsys):
    """The same sums as `--by district,year --json`, laid out by year: budget, outcome and deviation alike."""
    groups = json.loads(_out(capsys, folder, "--by", "district-today,year", "--json"))["groups"]
    for figure, key in (("budget", "budget"), ("utfall", "outcome"), ("avvikelse", "deviation")):
        data = json.loads(_out(capsys, folder, "--by", "district-today,year", "--series", figure, "--json"))
        assert data["figure"] == key and data["unit"] == "kr"
        assert data["years"] == ["2019", "2020", "2021", "2022", "2023"]
        cells = {
            (s["district"], year): value
            for s in data["series"]
            for year, value in zip(data["years"], s["values"])
            if value is not None
        }
        expected = {
            tuple(g["parts"].values()): g[key]
            for g in groups
            if g[key] is not None and (key != "outcome" or g["role_reports"].get("utfall"))
        }
        assert cells == expected, figure
    # Today's columns hold a former district's reports: the JSON says which, as the summary's does.
    assert data["former_districts"] == [{"district": "Norrmalm", "today": "Norra innerstaden", "since": 2023}]


def test_a_year_range_gives_its_years_and_excel_gets_its_csv(folder, capsys):
    out = _out(capsys, folder, "--by", "district,year", "--series", "budget", "--year", "2018-2020", "--excel")
    lines = out.lstrip("\ufeff").splitlines()
    assert lines[0].startswith("År;Farsta") and [line.split(";")[0] for line in lines[1:]] == ["2018", "2019", "2020"]
    assert out.startswith("\ufeff") and lines[2] == "2019;1300000;500000"


@pytest.mark.parametrize(
    "args, said",
    [
        (["--series", "utfall"], "kräver --by 'district,year'"),  # the default grouping, by year alone
        (["--by", "district,year", "--series", "utfall", "--detail"], "ta bort --detail"),
        (["--by", "district,year", "--series", "utfall", "--sort", "budget"], "ta bort --sort budget"),
        (["--by", "district,year", "--series", "utfall", "--format", "xlsx", "-o", "x.xlsx"], "ta bort --format xlsx"),
    ],
)
def test_what_a_series_cannot_go_with_is_one_line_and_exit_2(folder, capsys, args, said):
    assert run(["amounts", *args, "--archive", folder]) == ExitCode.USAGE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and said in err


def test_a_year_the_archive_lacks_says_which_it_holds_and_a_chart_is_still_drawn(folder, capsys, tmp_path):
    pytest.importorskip("matplotlib")
    chart = tmp_path / "utfall.svg"
    args = ["--by", "district,year", "--series", "utfall", "--year", "2030", "--chart", str(chart)]
    assert run(["amounts", *args, "--archive", folder]) == ExitCode.OK
    out, err = capsys.readouterr()
    assert out.splitlines() == ["year"] and "arkivet har rapporter från 2019–2023" in err
    assert chart.exists()
