"""CLI edges: odd queries and options, archive folders, read-only and full disks, SIGTERM."""

import errno
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bilagor.cli.app import run
from bilagor.extractor.errors import ArchiveError, ExitCode
import bilagor.index.importer.run as importer
from bilagor.index.archive import Archive
from bilagor.index.archive.store import DB_NAME, RecordStore
from factories import make_report
from import_fakes import fake_extract, write_files

TESTS = Path(__file__).resolve().parent.parent  # where import_fakes lives


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("edges") / "arkiv"
    with Archive.open(folder, writable=True) as opened:
        opened.add([make_report("a"), make_report("b", year=2019, project="Trygghetsbelysning")])
    return folder


def one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("bilagor: fel: "), err
    assert "Traceback" not in err
    return err


# -- queries ------------------------------------------------------------------


@pytest.mark.parametrize("command", ["search", "amounts", "export"])
@pytest.mark.parametrize(
    "query",
    [
        'avsnitt:""',
        'section:" "',
        "(" * 3000 + "a" + ")" * 3000,
        "(" * 60 + "kamera" + ")" * 60,
        "kamera " * 200,
        "NOT NOT kamera",
    ],
)
def test_odd_queries_are_usage_errors(archive, capsys, command, query):
    assert run([command, query, "--archive", str(archive)]) == ExitCode.USAGE
    one_line_error(capsys)


def test_a_long_query_is_refused_before_it_is_parsed(archive, capsys, monkeypatch):
    from bilagor.index.search import query as query_module

    def parse_must_not_run(*_args):
        raise AssertionError("parsed a query over the bound")

    monkeypatch.setattr(query_module, "_make_parser", parse_must_not_run)
    assert run(["search", "kamera " * 15_000, "--archive", str(archive)]) == ExitCode.USAGE
    assert "högst 1000" in one_line_error(capsys)


def test_queries_within_the_bounds_still_work(archive, capsys):
    assert run(["search", "(" * 20 + "kamera" + ")" * 20, "--archive", str(archive)]) == ExitCode.OK
    assert "Kameraövervakning" in capsys.readouterr().out


# -- options ------------------------------------------------------------------


@pytest.mark.parametrize(
    "option",
    [
        ["--timeout", "nan"],
        ["--timeout", "inf"],
        ["--timeout", "-1"],
        ["--timeout", "0"],
        ["--lock-timeout", "nan"],
        ["--lock-timeout", "inf"],
        ["--lock-timeout", "-5"],
        ["--workers", "0"],
    ],
)
def test_odd_import_options_are_usage_errors(tmp_path, capsys, option):
    files = write_files(tmp_path / "in", {"a.pdf": b"%PDF-fake good report a"})
    code = run(["import", str(files["a.pdf"]), "--archive", str(tmp_path / "arkiv"), *option])
    assert code == ExitCode.USAGE
    assert option[0] in one_line_error(capsys)
    assert not (tmp_path / "arkiv").exists()


@pytest.mark.parametrize("value", ["nan", "inf", "-1"])
def test_odd_reindex_lock_timeout_is_a_usage_error(archive, capsys, value):
    assert run(["reindex", "--lock-timeout", value, "--archive", str(archive)]) == ExitCode.USAGE
    one_line_error(capsys)


@pytest.mark.parametrize("value", ["0", "-3"])
def test_search_limit_below_one_is_a_usage_error(archive, capsys, value):
    assert run(["search", "kamera", "--limit", value, "--archive", str(archive)]) == ExitCode.USAGE
    one_line_error(capsys)


# -- the archive folder -------------------------------------------------------


@pytest.mark.parametrize(
    "argv", [["search", "kamera"], ["stats"], ["show", "ab"], ["amounts"], ["export"], ["reindex"], ["import", "x.pdf"]]
)
def test_archive_naming_a_file_is_one_line_exit_3(tmp_path, capsys, argv):
    not_a_folder = tmp_path / "arkiv.txt"
    not_a_folder.write_text("not an archive")
    if argv[0] == "import":
        argv = ["import", str(write_files(tmp_path, {"x.pdf": b"%PDF-fake good report"})["x.pdf"])]
    assert run([*argv, "--archive", str(not_a_folder)]) == ExitCode.ARCHIVE_UNAVAILABLE
    assert "inte en mapp" in one_line_error(capsys)
    assert not_a_folder.read_text() == "not an archive"


def test_a_new_archive_folder_is_private(tmp_path):
    with Archive.open(tmp_path / "ny", writable=True):
        pass
    assert stat.S_IMODE(os.stat(tmp_path / "ny").st_mode) == 0o700


def test_an_existing_shared_folder_keeps_its_mode_and_warns_once(tmp_path, capsys):
    shared = tmp_path / "delad"
    shared.mkdir()
    os.chmod(shared, 0o2750)  # a team folder: setgid, readable by the group
    with Archive.open(shared, writable=True) as opened:
        opened.add([make_report("a")])
    assert stat.S_IMODE(os.stat(shared).st_mode) == 0o2750
    capsys.readouterr()
    assert run(["reindex", "--archive", str(shared)]) == ExitCode.OK
    err = capsys.readouterr().err
    assert err.count("bilagor: varning:") == 1 and "kan läsas av gruppen (läge 2750)" in err
    assert stat.S_IMODE(os.stat(shared).st_mode) == 0o2750


def test_a_private_existing_folder_gives_no_warning(tmp_path, capsys):
    private = tmp_path / "privat"
    private.mkdir(mode=0o700)
    with Archive.open(private, writable=True) as opened:
        opened.add([make_report("a")])
    assert run(["reindex", "--archive", str(private)]) == ExitCode.OK
    assert "warning" not in capsys.readouterr().err


# -- a read-only archive -------------------------------------------------------


def _stale_copy(archive, tmp_path) -> Path:
    """A copy of the archive with one record stored but not yet in the search index."""
    copy = tmp_path / "kopia"
    shutil.copytree(archive, copy)
    (copy / "write.lock").unlink(missing_ok=True)
    db = sqlite3.connect(copy / DB_NAME)
    db.execute("UPDATE reports SET indexed = 0 WHERE year = 2019")
    db.commit()
    db.close()
    return copy


@pytest.fixture
def read_only(monkeypatch):
    """As root chmod cannot stop a write: make every write path fail the way a read-only medium does."""

    def refuse_to_open(self, folder, **_options):
        raise ArchiveError(f"{folder}/{DB_NAME}: attempt to write a readonly database")

    def refuse_lock(path):
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr(RecordStore, "__init__", refuse_to_open)
    monkeypatch.setattr("bilagor.index.archive.lock.open_lock_file", refuse_lock)


@pytest.mark.parametrize(
    "argv",
    [
        ["search", "kamera"],
        ["stats"],
        ["amounts"],
        ["export"],
        ["amounts", "--format", "csv"],
        ["search", "belysning", "--json"],
    ],
)
def test_a_read_only_archive_can_be_read(archive, tmp_path, read_only, capsys, argv):
    copy = _stale_copy(archive, tmp_path)
    assert run([*argv, "--archive", str(copy)]) == ExitCode.OK
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bilagor: varning:" in err
    assert "skrivskyddat" in err and "1 lagrade rapporter finns inte i sökindexet" in err


def test_show_on_a_read_only_archive(archive, tmp_path, read_only, capsys):
    copy = _stale_copy(archive, tmp_path)
    assert run(["show", make_report("b").id[:10], "--archive", str(copy)]) == ExitCode.OK
    assert "Trygghetsbelysning" in capsys.readouterr().out


def test_a_reader_that_cannot_take_the_lock_searches_what_is_there(archive, tmp_path, monkeypatch, capsys):
    copy = _stale_copy(archive, tmp_path)

    def refuse_lock(path):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr("bilagor.index.archive.lock.open_lock_file", refuse_lock)
    assert run(["search", "kamera", "--archive", str(copy)]) == ExitCode.OK
    captured = capsys.readouterr()
    assert "Kameraövervakning" in captured.out
    assert "kan inte skriva i arkivet (åtkomst nekas)" in captured.err


def _can_mount_read_only() -> bool:
    if not shutil.which("unshare") or os.geteuid() != 0:
        return False
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not _can_mount_read_only(), reason="needs root and unshare for a private read-only mount")
def test_a_read_only_mount_is_searched_shown_summed_and_exported(archive, tmp_path):
    copy = _stale_copy(archive, tmp_path)
    bilagor = f"{sys.executable} -c 'from bilagor.cli.app import main; main()'"
    script = (
        f"mount --bind {copy} {copy} && mount -o remount,ro,bind {copy} && "
        f"for c in 'search kamera' stats amounts export 'show {make_report('a').id[:8]}'; do "
        f"{bilagor} $c --archive {copy} || echo FAILED $c; done; "
        f"{bilagor} reindex --archive {copy}; echo reindex exit $?"
    )
    result = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, timeout=120)
    assert "FAILED" not in result.stdout, result.stderr
    readers, writer = result.stderr.rsplit("\n", 2)[0], result.stderr.rsplit("\n", 2)[1]
    assert "error" not in readers and "Traceback" not in result.stderr
    assert readers.count("arkivet är skrivskyddat") == 5
    assert "Kameraövervakning" in result.stdout
    assert writer == f"bilagor: fel: {copy}: kan inte skriva i arkivet: filsystemet är skrivskyddat"
    assert "reindex exit 3" in result.stdout


# -- a full disk ---------------------------------------------------------------


def _import(folder, archive, monkeypatch):
    real = importer.import_paths
    monkeypatch.setattr(importer, "import_paths", lambda *a, **k: real(*a, extract=fake_extract, **k))
    return run(["import", str(folder), "--archive", str(archive), "--workers", "1"])


def _stored(archive) -> set[str]:
    with Archive.open(archive) as opened:
        return {r.id for r in opened.records.iter_reports()}


def test_disk_full_in_sqlite_is_exit_3_and_keeps_the_archive(archive, tmp_path, monkeypatch, capsys):
    copy = tmp_path / "kopia"
    shutil.copytree(archive, copy)
    before = _stored(copy)
    write_files(tmp_path / "in", {f"{n}.pdf": f"%PDF-fake good report {n}".encode() for n in range(3)})

    def full(self, report, path_stats):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(RecordStore, "_put", full)
    assert _import(tmp_path / "in", copy, monkeypatch) == ExitCode.ARCHIVE_UNAVAILABLE
    err = capsys.readouterr().err.splitlines()
    assert [line for line in err if line.startswith("bilagor:")] == [err[-1]]
    assert "archive.sqlite3: disken är full; det som redan var lagrat finns kvar" in err[-1]  # said in Swedish
    monkeypatch.undo()
    assert _stored(copy) == before


def test_disk_full_in_the_index_is_exit_3_and_a_reader_still_reads(archive, tmp_path, monkeypatch, capsys):
    from bilagor.index.search.schema import SearchIndex

    copy = tmp_path / "kopia"
    shutil.copytree(archive, copy)
    write_files(tmp_path / "in", {f"{n}.pdf": f"%PDF-fake good report {n}".encode() for n in range(3)})

    def full(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(copy / "whoosh" / "seg"))

    monkeypatch.setattr(SearchIndex, "update", full)
    assert _import(tmp_path / "in", copy, monkeypatch) == ExitCode.ARCHIVE_UNAVAILABLE
    err = capsys.readouterr().err.splitlines()
    assert "disken är full" in err[-1] and "internt fel" not in "".join(err)
    # Still full: a search reads the index as it is and says why it is behind.
    assert run(["search", "kamera", "--archive", str(copy)]) == ExitCode.OK
    captured = capsys.readouterr()
    assert "Kameraövervakning" in captured.out
    assert "sökindexet kunde inte uppdateras" in captured.err


# -- SIGTERM --------------------------------------------------------------------


def test_sigterm_during_import_says_what_was_kept(tmp_path):
    files = write_files(tmp_path / "in", {f"{n:02}.pdf": f"SLOW %PDF-fake report {n}".encode() for n in range(40)})
    archive = tmp_path / "arkiv"
    script = (
        "import sys; import bilagor.index.importer.run as importer; from import_fakes import fake_extract; "
        "real = importer.import_paths; "
        "importer.import_paths = lambda *a, **k: real(*a, extract=fake_extract, **k); "
        "from bilagor.cli.app import main; main()"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", script, "import", str(tmp_path / "in"), "--archive", str(archive), "--workers", "1"],
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(TESTS)},
    )
    lines = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        lines.append(line)
        if line.startswith("[3/"):
            break
    process.send_signal(signal.SIGTERM)
    rest = process.stderr.read()
    assert process.wait(60) == ExitCode.INTERRUPTED
    last = rest.strip().splitlines()[-1]
    assert "avbrutet; de filer som hunnit läsas är sparade" in last, rest
    assert 3 <= len(_stored(archive)) < len(files)


# -- Click's own usage errors ---------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["extract"],
        ["extract", "--no-such-flag"],
        ["extract", "x.pdf", "--max-pages", "0"],
        ["amounts", "--by", "foo"],
        ["no-such-command"],
        ["show"],
        ["search", "kamera", "--limit", "abc"],
        ["export", "--format", "xx"],
    ],
)
def test_option_and_argument_errors_are_one_line_exit_2(capsys, argv):
    assert run(argv) == ExitCode.USAGE
    assert "--help)" in one_line_error(capsys)


@pytest.mark.parametrize("argv", [["reindex"], ["import", "IN"]])
def test_writing_to_a_read_only_archive_is_one_line_exit_3(archive, tmp_path, monkeypatch, capsys, argv):
    copy = tmp_path / "kopia"
    shutil.copytree(archive, copy)
    files = write_files(tmp_path / "in", {"a.pdf": b"%PDF-fake good report"})
    before = _stored(copy)

    def refuse_lock(path):
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr("bilagor.index.archive.lock.open_lock_file", refuse_lock)
    argv = [str(files["a.pdf"]) if a == "IN" else a for a in argv]
    assert run([*argv, "--archive", str(copy)]) == ExitCode.ARCHIVE_UNAVAILABLE
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == f"bilagor: fel: {copy}: kan inte skriva i arkivet: filsystemet är skrivskyddat"
    assert _stored(copy) == before
