"""A stored path whose file was edited or replaced since the import (a copy overwritten by a broken download, a
file saved again before the next import) is no longer its report's file (h33/f-official).

`bilagor show` listed it as the report's path like any other, and `bilagor open` opened it when it came first;
the web already sent only a file still holding the report. `show` now marks it, `open` takes a path that still
holds the report, and opens a changed one (the only one left) with a warning.
"""

from __future__ import annotations

import hashlib
import os

import pytest
from factories import make_report

from bilagor.cli.app import run
from bilagor.extractor.errors import ExitCode
from bilagor.extractor.glossary import PATH_CHANGED
from bilagor.index.archive import Archive

CONTENT = b"%PDF-1.4 the report as imported"


@pytest.fixture
def archive(tmp_path):
    first, second = tmp_path / "a-kopia.pdf", tmp_path / "b-original.pdf"
    for path in (first, second):
        path.write_bytes(CONTENT)
    report = make_report(
        "changed", id=hashlib.sha256(CONTENT).hexdigest(), paths=[str(first), str(second)], filename=second.name
    )
    stats = {str(p): (p.stat().st_size, p.stat().st_mtime) for p in (first, second)}
    folder = tmp_path / "arkiv"
    with Archive.open(folder, writable=True) as opened:
        opened.add([report], stats)
    first.write_bytes(b"%PDF-1.4 trunc")  # overwritten since the import
    return folder, report, first, second


def test_show_marks_a_path_whose_file_changed_since_the_import(archive, capsys):
    folder, report, first, second = archive
    assert run(["show", report.id[:12], "--archive", str(folder)]) == ExitCode.OK
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("Sökväg")]
    assert lines[0].endswith(str(second))  # the path holding the report first
    assert str(first) in lines[1] and lines[1].endswith(f"({PATH_CHANGED})")


def test_open_takes_the_path_that_still_holds_the_report(archive, capsys, monkeypatch):
    folder, report, first, second = archive
    monkeypatch.setenv("BILAGOR_VIEWER", "true")
    assert run(["open", report.id[:12], "--archive", str(folder)]) == ExitCode.OK
    said = capsys.readouterr()
    assert said.out.strip() == f"true {second}" and not said.err


def test_open_says_so_when_only_a_changed_file_is_left(archive, capsys, monkeypatch):
    folder, report, first, second = archive
    os.remove(second)
    monkeypatch.setenv("BILAGOR_VIEWER", "true")
    assert run(["open", report.id[:12], "--archive", str(folder)]) == ExitCode.OK
    said = capsys.readouterr()
    assert said.out.strip() == f"true {first}"
    assert said.err.strip() == f"bilagor: varning: {first}: {PATH_CHANGED}"
