"""`-o FIL` of `bilagor amounts` and `bilagor export` takes the format its suffix names when no option chose one:
`bilagor amounts -o sammanställning.xlsx` wrote the terminal table as text into a file called .xlsx (Excel refuses
it), `bilagor export -o rapporter.csv` JSON lines. A suffix naming another format than the options' is a usage
error naming both, and nothing is written. Seen failing before the change (table text and JSON lines, exit 0)."""

from __future__ import annotations

import json

import pytest
from factories import make_report

from bilagor.cli.app import run
from bilagor.extractor.errors import ExitCode
from bilagor.index.archive import Archive


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("suffix") / "arkiv"
    with Archive.open(folder, writable=True) as opened:
        opened.add([make_report("a"), make_report("b", year=2020, project="Belysning")])
    return str(folder)


def stdout_of(capsys, *argv) -> str:
    assert run([*argv]) == ExitCode.OK
    return capsys.readouterr().out


def written(capsys, target, *argv) -> str:
    assert run([*argv, "-o", str(target)]) == ExitCode.OK, capsys.readouterr().err
    capsys.readouterr()
    return target.read_text(encoding="utf-8-sig")


def test_amounts_to_a_csv_or_json_file_writes_that_format(archive, tmp_path, capsys):
    csv_text = stdout_of(capsys, "amounts", "--format", "csv", "--archive", archive)
    assert written(capsys, tmp_path / "belopp.csv", "amounts", "--archive", archive) == csv_text
    data = json.loads(written(capsys, tmp_path / "belopp.JSON", "amounts", "--archive", archive))
    assert data["total"]["reports"] == 2


def test_amounts_to_an_xlsx_file_writes_a_workbook(archive, tmp_path, capsys):
    openpyxl = pytest.importorskip("openpyxl")
    target = tmp_path / "sammanställning.xlsx"
    assert run(["amounts", "--archive", archive, "-o", str(target)]) == ExitCode.OK
    assert "Sammanställning" in openpyxl.load_workbook(target).sheetnames


def test_amounts_to_a_file_of_another_suffix_is_still_the_table(archive, tmp_path, capsys):
    assert "Totalt" in written(capsys, tmp_path / "belopp.txt", "amounts", "--archive", archive)


@pytest.mark.parametrize(
    ("argv", "name", "said"),
    [
        (["amounts", "--format", "csv"], "belopp.xlsx", "filnamnet säger xlsx men utdata blir csv"),
        (["amounts", "--excel"], "belopp.json", "filnamnet säger json men utdata blir csv"),
        (["export", "--json"], "poster.csv", "filnamnet säger csv men utdata blir jsonl"),
        (["export", "--format", "opensearch"], "bulk.jsonl", "filnamnet säger jsonl men utdata blir opensearch"),
        (["export"], "poster.xlsx", "kommandot skriver inte .xlsx-filer; välj .csv (csv), .jsonl (jsonl)"),
    ],
)
def test_a_suffix_that_names_another_format_is_a_usage_error(archive, tmp_path, capsys, argv, name, said):
    target = tmp_path / name
    assert run([*argv, "--archive", archive, "-o", str(target)]) == ExitCode.USAGE
    [line] = capsys.readouterr().err.strip().splitlines()
    assert line == f"bilagor: fel: -o {target}: {said}" + ("; byt filnamn eller format" if "säger" in said else "")
    assert not target.exists()


def test_export_to_a_csv_file_writes_csv_and_per_report_rows_follow_the_suffix(archive, tmp_path, capsys):
    csv_text = stdout_of(capsys, "export", "--format", "csv", "--archive", archive)
    assert written(capsys, tmp_path / "belopp.csv", "export", "--archive", archive) == csv_text
    rows = written(capsys, tmp_path / "rader.jsonl", "export", "--per-report", "--archive", archive)
    assert [json.loads(line)["id"] for line in rows.splitlines()] == sorted([make_report("a").id, make_report("b").id])
