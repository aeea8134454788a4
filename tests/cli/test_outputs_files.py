"""Outputs that do no harm: csv/xlsx cells never become formulas, -o never replaces what it should not."""

import csv
import io
import os
import stat
import threading

import pytest

from bilagor.cli.app import run
from bilagor.extractor.errors import BadInputError, ExitCode
from bilagor.index.reports.export import atomic_output, spreadsheet_safe, write_csv
from outputs_helpers import FORMULA, build_hostile_archive, hostile_reports, private_full_device


@pytest.fixture(scope="module")
def hostile_archive(tmp_path_factory):
    return build_hostile_archive(tmp_path_factory.mktemp("hostile") / "arkiv")


@pytest.mark.parametrize("text", ["=1+1", "+46 8", "-1+1", "@SUM(A1)", "\t=1", "\r=1"])
def test_formula_led_text_is_prefixed_with_a_quote(text):
    assert spreadsheet_safe(text) == "'" + text


@pytest.mark.parametrize("value", ["Kamera", "", 5_000_000, -400_000, 1.5, None])
def test_other_values_stay_as_they_are(value):
    assert spreadsheet_safe(value) == value


def test_export_csv_writes_formula_led_cells_as_text_and_numbers_as_numbers():
    out = io.StringIO()
    write_csv(hostile_reports(), out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    formula_row = rows[0]
    assert formula_row["project"] == "'" + FORMULA
    assert formula_row["sentence"].startswith("'\t=1+1")
    assert formula_row["sek"] == "5000000"
    for row in rows:
        assert not any(value.startswith(("=", "+", "-", "@", "\t", "\r")) for value in row.values())


def test_amounts_csv_detail_writes_formula_led_cells_as_text(hostile_archive, tmp_path):
    target = tmp_path / "belopp.csv"
    code = run(
        [
            "amounts",
            "--by",
            "project",
            "--detail",
            "--format",
            "csv",
            "-o",
            str(target),
            "--archive",
            str(hostile_archive),
        ]
    )
    assert code == ExitCode.OK
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert {row["project"] for row in rows} >= {"'" + FORMULA}
    assert all(int(row["sek"]) > 0 for row in rows)


def test_amounts_xlsx_stores_formula_led_text_as_string_cells(hostile_archive, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    target = tmp_path / "belopp.xlsx"
    code = run(
        [
            "amounts",
            "--by",
            "project",
            "--detail",
            "--format",
            "xlsx",
            "-o",
            str(target),
            "--archive",
            str(hostile_archive),
        ]
    )
    assert code == ExitCode.OK
    book = openpyxl.load_workbook(target)
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    formula_cells = [c for c in cells if c.value == FORMULA]
    assert formula_cells, "the project name is in the workbook as written"
    assert all(c.data_type == "s" for c in formula_cells)
    assert not [c for c in cells if c.data_type == "f"]
    assert any(c.data_type == "n" and c.value == 5_000_000 for c in cells)


def test_output_to_a_full_device_is_one_line_and_keeps_the_device(hostile_archive, tmp_path, capsys):
    device = private_full_device(tmp_path)
    code = run(["export", "--archive", str(hostile_archive), "-o", str(device)])
    err = capsys.readouterr().err
    assert code == ExitCode.BAD_INPUT
    assert stat.S_ISCHR(os.stat(device).st_mode), "the device node is still a device"
    assert err.count("\n") == 1 and "disken är full" in err and str(device) in err


def test_output_to_a_fifo_is_written_through(hostile_archive, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")), daemon=True)
    reader.start()
    code = run(["export", "--archive", str(hostile_archive), "-o", str(fifo)])
    reader.join(10)
    if reader.is_alive():  # nothing was written to the FIFO: open it once so the reader ends
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    assert code == ExitCode.OK
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert len(received[0].splitlines()) == 2


def test_an_existing_file_keeps_its_mode(hostile_archive, tmp_path):
    target = tmp_path / "delad.jsonl"
    target.write_text("old\n")
    target.chmod(0o640)
    assert run(["export", "--archive", str(hostile_archive), "-o", str(target)]) == ExitCode.OK
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o640
    assert len(target.read_text(encoding="utf-8").splitlines()) == 2


def test_a_symlinked_file_is_replaced_behind_the_link(hostile_archive, tmp_path):
    real = tmp_path / "real.jsonl"
    real.write_text("old\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    assert run(["export", "--archive", str(hostile_archive), "-o", str(link)]) == ExitCode.OK
    assert link.is_symlink()
    assert len(real.read_text(encoding="utf-8").splitlines()) == 2


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old\n")
    with pytest.raises(BadInputError, match="out.csv: kan inte skrivas: No space"):
        with atomic_output(target) as out:
            out.write("new")
            raise OSError(28, "No space left on device")
    assert target.read_text() == "old\n"
    assert os.listdir(tmp_path) == ["out.csv"]


def test_output_naming_a_folder_is_one_line(hostile_archive, tmp_path, capsys):
    code = run(["export", "--archive", str(hostile_archive), "-o", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == ExitCode.BAD_INPUT
    assert err.count("\n") == 1 and "är en mapp" in err
