"""`bilagor export` for a journalist's spreadsheet: the reports a section search finds, with whom they name."""

from __future__ import annotations

import csv
import io
import json

import pytest
from search_corpus import build_archive

from bilagor.cli.app import run
from bilagor.extractor.errors import ExitCode


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("export")
    return folder, build_archive(folder)


def _out(capsys, *args) -> str:
    code = run([str(a) for a in args])
    out, err = capsys.readouterr()
    assert code == ExitCode.OK, err
    return out


def test_export_with_a_section_has_the_reports_that_search_finds_there(archive, capsys):
    folder, _ = archive
    found = json.loads(
        _out(capsys, "search", "kameror", "--section", "avvikelser", "--json", "--limit", 100, "--archive", folder)
    )
    everywhere = json.loads(_out(capsys, "search", "kameror", "--json", "--limit", 100, "--archive", folder))
    assert 0 < found["total"] < everywhere["total"]  # the section narrows the search
    rows = list(
        csv.DictReader(
            io.StringIO(
                _out(capsys, "export", "kameror", "--section", "avvikelser", "--per-report", "--archive", folder)
            )
        )
    )
    assert sorted(r["id"] for r in rows) == sorted(h["id"] for h in found["hits"])


def test_each_reports_row_names_its_organisations(archive, capsys):
    folder, reports = archive
    rows = list(csv.DictReader(io.StringIO(_out(capsys, "export", "--per-report", "--archive", folder))))
    by_id = {r.id: r for r in reports.values()}
    assert any(row["organisations"] for row in rows)
    for row in rows:
        assert row["organisations"] == "; ".join(o.name for o in by_id[row["id"]].organisations)
    excel = _out(capsys, "export", "--per-report", "--excel", "--archive", folder)
    assert "Organisationer" in excel.splitlines()[0].split(";")
