"""Bounded resources in import: memory limit, only regular files, hashing under
the timeout, undecodable file names, unreadable folders, an empty PATH."""

from __future__ import annotations

import json
import os
import threading

import pytest

from bilagor.cli.app import run
from bilagor.extractor.errors import BadInputError, ExitCode, UsageError
from bilagor.extractor.pdf_reader import check_header
from bilagor.extractor.source_files import path_text
from bilagor.index.archive import Archive
from bilagor.index.importer.discover import discover
from bilagor.index.importer.file_tasks import sha256_of
from bilagor.index.importer.run import FileStat, Known, _ImportRun, import_paths
from bilagor.index.importer.workers import WorkerPool, describe_exit
from resources_fakes import hungry_extract, named_extract, slow_hash_task
from import_fakes import fake_extract, write_files


def finishes(function, seconds=60.0):
    """Run `function` in a thread; its result, or fail if it is still running after `seconds`."""
    box = {}

    def target():
        try:
            box["value"] = function()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            box["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s (hung)"
    if "error" in box:
        raise box["error"]
    return box["value"]


# -- memory limit ---------------------------------------------------------------


def test_a_file_needing_more_memory_than_the_limit_fails_and_the_import_goes_on(tmp_path):
    write_files(tmp_path / "in", {"bomb.pdf": b"HOG", "a.pdf": b"%PDF a", "b.pdf": b"%PDF b"})
    summary = import_paths(
        [tmp_path / "in"], archive=tmp_path / "arkiv", extract=hungry_extract, workers=1, memory_limit_mb=600
    )
    assert summary.imported == 2
    (failure,) = summary.failed
    assert failure.path.endswith("bomb.pdf")
    assert failure.error == "behöver mer minne än gränsen (600 MB, --memory-limit)"


def test_a_worker_killed_by_the_kernel_is_reported_as_needing_memory():
    assert "behöver mer minne än gränsen (1536 MB" in describe_exit(-9, 1536)
    assert "SIGKILL" in describe_exit(-9, None)


def test_memory_limit_option_is_checked(tmp_path):
    write_files(tmp_path / "in", {"a.pdf": b"%PDF a"})
    with pytest.raises(UsageError, match="--memory-limit"):
        import_paths([tmp_path / "in"], archive=tmp_path / "arkiv", extract=fake_extract, memory_limit_mb=10)


# -- only regular files ---------------------------------------------------------


def special_files(folder):
    """A FIFO and a symlink to /dev/zero, both named like reports, beside a good file."""
    write_files(folder, {"good.pdf": b"%PDF good"})
    os.mkfifo(folder / "pipe.pdf")
    os.symlink("/dev/zero", folder / "zero.pdf")
    return folder


def test_pipes_and_devices_are_skipped_with_a_reason_and_never_hang(tmp_path):
    folder = special_files(tmp_path / "in")
    summary = finishes(
        lambda: import_paths([folder], archive=tmp_path / "arkiv", extract=fake_extract, workers=1, timeout=10)
    )
    assert summary.imported == 1
    reasons = {os.path.basename(f.path): f.error for f in summary.failed}
    assert reasons == {
        "pipe.pdf": "inte en vanlig fil (en namngiven pipe)",
        "zero.pdf": "inte en vanlig fil (en enhet)",
    }


def test_a_pipe_named_on_the_command_line_is_skipped_too(tmp_path):
    folder = special_files(tmp_path / "in")
    summary = finishes(
        lambda: import_paths(
            [folder / "pipe.pdf"], archive=tmp_path / "arkiv", extract=fake_extract, workers=1, timeout=10
        )
    )
    assert [f.error for f in summary.failed] == ["inte en vanlig fil (en namngiven pipe)"]


def test_reading_and_hashing_refuse_a_pipe_instead_of_waiting_for_a_writer(tmp_path):
    folder = special_files(tmp_path / "in")
    for read in (check_header, sha256_of):
        with pytest.raises(BadInputError, match="namngiven pipe"):
            finishes(lambda read=read: read(folder / "pipe.pdf"), seconds=10)
        with pytest.raises(BadInputError, match="en enhet"):
            finishes(lambda read=read: read(folder / "zero.pdf"), seconds=10)


def test_hashing_runs_in_the_workers_under_the_timeout(tmp_path):
    from bilagor.index.importer.run import _Pending

    files = write_files(tmp_path / "in", {"slow.pdf": b"%PDF slow"})
    stat = FileStat(str(files["slow.pdf"]), 9, 1.0)
    with Archive.open(tmp_path / "arkiv", writable=True) as archive:
        run_state = _ImportRun(archive, total=1, year=None, progress=None)
        with WorkerPool(slow_hash_task, size=1, timeout=1.0) as pool:
            jobs = finishes(lambda: run_state.hash_and_plan(pool, [_Pending(stat.path, stat, Known())], force=False))
    assert jobs == []
    assert [f.error for f in run_state.summary.failed] == ["läsningen tog längre än 1 s och avbröts"]


# -- file names that are not UTF-8 --------------------------------------------------


def small_pdf(text):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.cell(0, 10, text)
    return bytes(pdf.output())


def latin1_file(folder, content=b"%PDF latin-1 year=2016"):
    folder.mkdir(parents=True, exist_ok=True)
    path = os.path.join(os.fsencode(folder), b"S\xf6dermalm.pdf")  # Latin-1, not valid UTF-8
    with open(path, "wb") as fh:
        fh.write(content)
    return os.fsdecode(path)


def test_a_latin1_file_name_is_imported_stored_and_recognised_again(tmp_path):
    source = latin1_file(tmp_path / "in")
    summary = import_paths([tmp_path / "in"], archive=tmp_path / "arkiv", extract=named_extract, workers=1)
    assert summary.imported == 1 and not summary.failed
    with Archive.open(tmp_path / "arkiv") as archive:
        (record,) = archive.records.iter_reports()
    assert record.filename == "S\\xf6dermalm.pdf"
    assert record.paths == [str(tmp_path / "in" / "S\\xf6dermalm.pdf")]
    json.dumps(record.to_dict(), ensure_ascii=False).encode("utf-8")  # valid UTF-8 for JSON output
    again = import_paths([source], archive=tmp_path / "arkiv", extract=named_extract, workers=1)
    assert again.unchanged == 1


def test_the_cli_imports_and_searches_a_latin1_file_name(tmp_path, capsys):
    latin1_file(tmp_path / "in", small_pdf("Trygghetsvandring i parken, latinska bokstaver"))
    archive = str(tmp_path / "arkiv")
    assert run(["import", str(tmp_path / "in"), "--archive", archive, "--json", "--workers", "1"]) == 0
    assert json.loads(capsys.readouterr().out)["imported"] == 1
    assert run(["search", "trygghetsvandring", "--archive", archive, "--json"]) == 0
    (hit,) = json.loads(capsys.readouterr().out)["hits"]
    assert hit["filename"] == "S\\xf6dermalm.pdf"


def test_path_text_leaves_utf8_names_alone():
    assert path_text("/data/Södermalm 2018.pdf") == "/data/Södermalm 2018.pdf"
    assert path_text(os.fsdecode(b"/data/S\xf6dermalm.pdf")) == "/data/S\\xf6dermalm.pdf"


# -- unreadable folders, empty PATH ---------------------------------------------------


def test_an_unreadable_sub_folder_is_reported_as_a_warning(tmp_path, monkeypatch, capsys):
    write_files(tmp_path / "in", {"a.pdf": small_pdf("Rapport"), "locked/b.pdf": b"%PDF b"})
    locked = str(tmp_path / "in" / "locked")
    real_scandir = os.scandir

    def scandir(path="."):  # as for a folder without read permission (tests may run as root)
        if os.fspath(path) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = discover([tmp_path / "in"])
    assert [p.name for p in found.files] == ["a.pdf"]
    assert found.unreadable == [(tmp_path / "in" / "locked", "Permission denied")]
    assert run(["import", str(tmp_path / "in"), "--archive", str(tmp_path / "arkiv"), "--workers", "1"]) == 0
    out = capsys.readouterr().out
    assert f"varning: {locked}: mappen kan inte läsas (åtkomst nekas)" in out


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_a_folder_without_read_permission_is_reported(tmp_path):
    write_files(tmp_path / "in", {"a.pdf": b"%PDF a", "locked/b.pdf": b"%PDF b"})
    os.chmod(tmp_path / "in" / "locked", 0)
    try:
        assert [f for f, _ in discover([tmp_path / "in"]).unreadable] == [tmp_path / "in" / "locked"]
    finally:
        os.chmod(tmp_path / "in" / "locked", 0o700)


def test_an_empty_path_is_a_usage_error_not_the_current_folder(tmp_path, monkeypatch, capsys):
    write_files(tmp_path, {"here.pdf": b"%PDF here"})
    monkeypatch.chdir(tmp_path)
    assert run(["import", "", "--archive", str(tmp_path / "arkiv")]) == ExitCode.USAGE
    assert "tom SÖKVÄG" in capsys.readouterr().err
    assert not (tmp_path / "arkiv").exists()


def test_cli_extract_of_a_pipe_is_one_line_and_exit_1(tmp_path, capsys):
    folder = special_files(tmp_path / "in")
    assert finishes(lambda: run(["extract", str(folder / "pipe.pdf")]), seconds=30) == ExitCode.BAD_INPUT
    assert (
        capsys.readouterr().err.strip()
        == f"bilagor: fel: {folder / 'pipe.pdf'}: inte en vanlig fil (en namngiven pipe)"
    )


def test_cli_memory_limit_option_reaches_the_import(tmp_path, capsys):
    write_files(tmp_path / "in", {"a.pdf": b"%PDF a"})
    code = run(["import", str(tmp_path / "in"), "--archive", str(tmp_path / "arkiv"), "--memory-limit", "100"])
    assert code == ExitCode.USAGE
    assert "--memory-limit måste vara 0 (ingen gräns) eller minst 512 MB" in capsys.readouterr().err
