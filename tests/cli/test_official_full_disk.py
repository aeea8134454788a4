"""A full disk, as the official meets it: every error one line (twenty-seventh round, h32/f-official)."""

import errno
import gc
import os
import sys

import pytest

from bilagor.cli.app import run
from bilagor.extractor.errors import ArchiveError, ExitCode
from bilagor.extractor.record import Section
from bilagor.index.archive.location import ensure_private_dir
from bilagor.index.archive.store import RecordStore
from bilagor.index.search import schema
from bilagor.index.search.schema import SearchIndex
from factories import make_report
from outputs_helpers import build_hostile_archive, private_full_device


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return build_hostile_archive(tmp_path_factory.mktemp("full") / "arkiv")


def test_a_workbook_on_a_full_disk_is_one_line_and_no_traceback(archive, tmp_path, capsys, monkeypatch):
    pytest.importorskip("openpyxl")
    device = private_full_device(tmp_path)
    unraisable = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    code = run(["amounts", "--detail", "--format", "xlsx", "-o", str(device), "--archive", str(archive)])
    gc.collect()  # a zip file left open would complain when it is collected, under the error line
    err = capsys.readouterr().err
    assert code == ExitCode.BAD_INPUT
    assert err.count("\n") == 1 and "disken är full" in err and str(device) in err
    assert not unraisable, [str(u.exc_value) for u in unraisable]


def test_a_full_disk_under_sqlite_is_said_in_swedish_and_keeps_what_was_stored(tmp_path):
    """SQLite's "database or disk is full" (a page count capped as a full disk caps it) names the database,
    says in Swedish that what was stored stays, and leaves the earlier transaction's record in place."""
    store = RecordStore(ensure_private_dir(tmp_path / "arkiv"))
    try:
        first = make_report("a")
        store.put(first)
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count={pages}")
        big = make_report("b", sections=[Section("resultat", "Resultat", "ord " * 20_000, 1)])
        with pytest.raises(ArchiveError) as caught:
            store.put(big)
        message = caught.value.one_line()
        assert str(store.path) in message and "disken är full" in message and "finns kvar" in message
        assert "database" not in message
        assert store.get(first.id) == first and store.get(big.id, missing_ok=True) is None
    finally:
        store.close()


def test_a_full_disk_under_the_index_names_the_index_folder(tmp_path, monkeypatch):
    """Whoosh's writes raise OSError without a file name; the error the user reads names the folder."""
    index = SearchIndex(tmp_path / "whoosh")

    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(schema, "_add", no_space)
    with pytest.raises(OSError) as caught:
        index.update([make_report("a")])
    assert caught.value.errno == errno.ENOSPC and caught.value.filename == str(tmp_path / "whoosh")
