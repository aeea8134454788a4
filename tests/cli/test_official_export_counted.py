"""`bilagor export --per-report` says of each report whether its figures are in `bilagor amounts`: every report
had its own figures, so a spreadsheet summing the column counted a corrected report's old version, a
delredovisning and a followed-up application beside the report that replaces them."""

from __future__ import annotations

import csv
import io
import json

from factories import _amount, make_report

from bilagor.cli.app import run
from bilagor.index.archive import Archive


def _archive(folder):
    common = dict(project="Utegym Stieg Trenters torg", district="Kungsholmen", district_today="Kungsholmen", year=2023)
    first = make_report("forsta", **common, amounts=[_amount("budget", 1_668_000), _amount("utfall", 934_000)])
    corrected = make_report("rattad", **common, amounts=[_amount("budget", 1_668_000), _amount("utfall", 1_034_000)])
    other = make_report("annan", project="Kameror", amounts=[_amount("budget", 500_000), _amount("utfall", 400_000)])
    stats = {first.paths[0]: (1, 1_700_000_000.0), corrected.paths[0]: (1, 1_710_000_000.0), other.paths[0]: (1, 1.0)}
    with Archive.open(folder, writable=True) as archive:
        archive.add([first, corrected, other], stats)
    return first, corrected, other


def test_per_report_rows_name_the_report_that_replaces_one_and_the_counted_rows_add_up_to_amounts(tmp_path, capsys):
    first, corrected, other = _archive(tmp_path)
    assert run(["export", "--per-report", "--archive", str(tmp_path)]) == 0
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(capsys.readouterr().out))}
    assert rows[first.id]["superseded_by"] == corrected.id
    assert rows[corrected.id]["superseded_by"] == rows[other.id]["superseded_by"] == ""

    counted = [r for r in rows.values() if not r["superseded_by"]]
    assert run(["amounts", "--json", "--archive", str(tmp_path)]) == 0
    total = json.loads(capsys.readouterr().out)["total"]
    assert sum(int(r["budget"]) for r in counted) == total["budget"] == 2_168_000
    assert sum(int(r["outcome"]) for r in counted) == total["outcome"] == 1_434_000

    assert run(["export", "--per-report", "--json", "--archive", str(tmp_path)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["id"]: r["superseded_by"] for r in lines}[first.id] == corrected.id

    assert run(["export", "--per-report", "--excel", "--archive", str(tmp_path)]) == 0
    table = list(csv.reader(io.StringIO(capsys.readouterr().out.lstrip("\ufeff")), delimiter=";"))
    column = table[0].index("Ersatt av")
    assert {row[0]: row[column] for row in table[1:]}[first.id] == corrected.id
