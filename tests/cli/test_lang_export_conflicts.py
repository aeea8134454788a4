"""`bilagor export`: an explicit --format is never overridden in silence (issue #14 §5 leftovers)."""

from __future__ import annotations

import pytest
from factories import make_report

from bilagor.cli.app import run
from bilagor.extractor.errors import ExitCode
from bilagor.index.archive import Archive


@pytest.fixture
def archive(tmp_path):
    folder = tmp_path / "arkiv"
    with Archive.open(folder, writable=True) as opened:
        opened.add([make_report()])
    return str(folder)


@pytest.mark.parametrize(
    "argv, conflict",
    [
        (
            ["--per-report", "--format", "opensearch"],
            "--per-report skriver csv eller jsonl: ta bort --format opensearch",
        ),
        (["--excel", "--format", "jsonl"], "--excel skriver csv: ta bort --format jsonl"),
        (["--excel", "--per-report", "--json"], "--excel skriver csv: ta bort --json"),
        (["--json", "--format", "csv"], "--json skriver jsonl: ta bort --format csv"),
    ],
)
def test_a_format_that_contradicts_an_option_is_a_usage_error(archive, argv, conflict, capsys):
    assert run(["export", *argv, "--archive", archive]) == ExitCode.USAGE
    captured = capsys.readouterr()
    assert captured.out == ""
    [line] = captured.err.strip().splitlines()
    assert line == f"bilagor: fel: {conflict}"


@pytest.mark.parametrize(
    "argv",
    [
        ["--per-report"],
        ["--per-report", "--format", "csv"],
        ["--per-report", "--json"],
        ["--per-report", "--format", "jsonl"],
        ["--json", "--format", "jsonl"],
    ],
)
def test_agreeing_options_still_export(archive, argv, capsys):
    assert run(["export", *argv, "--archive", archive]) == ExitCode.OK
    out = capsys.readouterr().out
    assert make_report().id in out


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_amounts_json_with_a_file_format_is_a_usage_error_not_json_in_that_file(archive, fmt, tmp_path, capsys):
    target = tmp_path / f"summering.{fmt}"
    argv = ["amounts", "--json", "--format", fmt, "-o", str(target), "--archive", archive]
    assert run(argv) == ExitCode.USAGE
    [line] = capsys.readouterr().err.strip().splitlines()
    assert line == f"bilagor: fel: --json skriver json: ta bort --format {fmt}"
    assert not target.exists()


def test_amounts_json_with_format_json_still_prints_json(archive, capsys):
    assert run(["amounts", "--json", "--format", "json", "--archive", archive]) == ExitCode.OK
    assert '"groups"' in capsys.readouterr().out
