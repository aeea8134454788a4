"""`bilagor search -kamera` and `amounts --chart` into a missing folder: one clear line, no work done."""

from __future__ import annotations

import pytest
from factories import build_archive

from bilagor.cli.app import run
from bilagor.extractor.errors import ExitCode


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return build_archive(tmp_path_factory.mktemp("odd") / "arkiv")


def cli(capsys, *args):
    code = run([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", ["search", "amounts"])
def test_a_query_starting_with_a_dash_gets_a_hint(folder, capsys, command):
    code, out, err = cli(capsys, command, "-kamera", "--archive", folder)
    assert code == ExitCode.USAGE and out == ""
    assert "skriv NOT kamera, eller -- -kamera" in err and len(err.strip().splitlines()) == 1


def test_an_unknown_flag_gets_no_query_hint(folder, capsys):
    code, _, err = cli(capsys, "search", "kamera", "--limt", "3", "--archive", folder)
    assert code == ExitCode.USAGE and "NOT" not in err


def test_a_query_of_operators_alone_is_a_usage_error(folder, capsys):
    code, out, err = cli(capsys, "search", "AND", "--archive", folder)
    assert code == ExitCode.USAGE and "inga sökbara ord" in err and "träffar" not in out


def test_a_chart_into_a_missing_folder_fails_before_the_table(folder, capsys, tmp_path):
    pytest.importorskip("matplotlib")
    target = tmp_path / "finns-inte" / "utfall.svg"
    code, out, err = cli(capsys, "amounts", "--archive", folder, "--chart", target)
    assert code == ExitCode.BAD_INPUT and out == ""
    assert "finns inte" in err and len(err.strip().splitlines()) == 1
