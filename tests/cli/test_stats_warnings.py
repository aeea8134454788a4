"""`bilagor stats` counts the records that needed a fallback (they carry a warning)."""

from __future__ import annotations

import json

from factories import make_report

from bilagor.cli.app import run
from bilagor.index.archive import Archive


def test_stats_counts_records_with_warnings(tmp_path, capsys):
    reports = [
        make_report("a", warnings=["page 2: text layer unreadable (no Unicode map), read with OCR"]),
        make_report("b", warnings=[]),
        make_report("c", warnings=["year from the PDF's creation date"]),
    ]
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add(reports)
    assert run(["stats", "--json", "--archive", str(tmp_path)]) == 0
    assert json.loads(capsys.readouterr().out)["with_warnings"] == 2
    assert run(["stats", "--archive", str(tmp_path)]) == 0
    assert "2 rapporter har varningar" in capsys.readouterr().out


def test_one_report_is_one_rapport(tmp_path, capsys):
    """ "1 rapporter har varningar" read as a slip to every Swede (seen on an archive of 88 reports)."""
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add([make_report("a", warnings=["år 2018 är bara PDF:ens skapandedatum"]), make_report("b")])
    assert run(["stats", "--archive", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "1 rapport har varningar" in out and "1 rapporter" not in out
