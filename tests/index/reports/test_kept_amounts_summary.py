"""The amounts page's default summary kept in the archive folder: written by import and reindex,
read back equal to a fresh summary, and never used when stale or unreadable."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import stat

import pytest
from amounts_before_basis import generated_reports
from import_fakes import GOOD, fake_extract, write_files

from bilagor.index import import_paths
from bilagor.index.archive import Archive
from bilagor.index.archive.store import DB_NAME
from bilagor.index.reports import amounts_kept
from bilagor.index.reports.amounts import summarise_archive
from bilagor.index.reports.amounts_kept import KEPT_FILE, read_kept_summary, write_kept_summary


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "arkiv"
    with Archive.open(folder, writable=True) as opened:
        opened.add(generated_reports(120, seed=7))
        assert write_kept_summary(opened)
    return folder


def _read(folder):
    with Archive.open(folder) as opened:
        return read_kept_summary(opened)


def _fresh(folder):
    with Archive.open(folder) as opened:
        return summarise_archive(opened, by="year", detail=True)


def _same(kept, fresh) -> None:
    assert kept is not None
    assert kept.to_dict() == fresh.to_dict()
    assert kept.report_ids == fresh.report_ids and kept.years == fresh.years
    assert all(type(row.groups) is tuple for row in kept.detail)


def test_the_kept_summary_is_the_summary(folder):
    fresh = _fresh(folder)
    assert fresh.superseded and fresh.checks and len(fresh.detail) > 100  # the rules' cases are there
    _same(_read(folder), fresh)


def test_it_is_private_and_not_written_again_while_current(folder):
    path = folder / KEPT_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    before = path.stat().st_mtime_ns
    with Archive.open(folder, writable=True) as opened:
        assert not write_kept_summary(opened)
    assert path.stat().st_mtime_ns == before


@pytest.mark.parametrize(
    "change",
    [
        "UPDATE reports SET year = 1999 WHERE rowid = 1",  # another writer, another bilagor: triggers count
        "DELETE FROM reports WHERE rowid = 2",
        "UPDATE reports SET record = record || ' ' WHERE rowid = 3",
    ],
)
def test_a_change_to_the_records_makes_it_stale(folder, change):
    with sqlite3.connect(folder / DB_NAME) as db:
        db.execute("PRAGMA foreign_keys=ON")
        db.execute(change)
    db.close()
    assert _read(folder) is None
    with Archive.open(folder, writable=True) as opened:
        assert write_kept_summary(opened)
    _same(_read(folder), _fresh(folder))


def test_a_new_report_makes_it_stale_but_indexing_does_not(folder):
    with Archive.open(folder, writable=True) as opened:
        opened.records.mark_all_unindexed()
        opened.index_pending()
    assert _read(folder) is not None
    with Archive.open(folder, writable=True) as opened:
        opened.add(generated_reports(121, seed=7)[-1:])
    assert _read(folder) is None


@pytest.mark.parametrize("name", ["EXTRACTOR_VERSION", "LEXICON_VERSION", "code"])
def test_another_extractor_lexicon_or_summing_code_makes_it_stale(folder, monkeypatch, name):
    if name == "code":
        monkeypatch.setattr(amounts_kept, "_code_digest", lambda: "another")
    elif name == "EXTRACTOR_VERSION":
        monkeypatch.setattr("bilagor.extractor.EXTRACTOR_VERSION", "999")
    else:
        monkeypatch.setattr("bilagor.index.search.compounds.LEXICON_VERSION", "999")
    assert _read(folder) is None


def _with_body(folder, change) -> bytes:
    """The kept file with its summary changed by `change` (bytes -> bytes) and a digest that fits it:
    a file whole as written, but not a summary this bilagor can read."""
    head, body = (folder / KEPT_FILE).read_bytes().split(b"\n", 1)
    key = json.loads(head)["key"]
    body = change(body)
    return json.dumps({"key": key, "sha256": hashlib.sha256(body).hexdigest()}).encode() + b"\n" + body


@pytest.mark.parametrize(
    "damage",
    [
        lambda folder: b"",
        lambda folder: b"\x00\xff not json",
        lambda folder: (folder / KEPT_FILE).read_bytes()[:-500],  # cut short
        lambda folder: (folder / KEPT_FILE).read_bytes().replace(b"[[", b"[[1,", 1),  # changed after writing
    ],
    ids=["empty", "garbage", "truncated", "damaged"],
)
def test_a_damaged_file_is_ignored_and_written_anew(folder, damage):
    (folder / KEPT_FILE).write_bytes(damage(folder))
    assert _read(folder) is None
    with Archive.open(folder, writable=True) as opened:
        assert write_kept_summary(opened)
    _same(_read(folder), _fresh(folder))


@pytest.mark.parametrize(
    "change",
    [
        lambda body: json.dumps({"by": "year"}).encode(),
        lambda body: body.replace(b'"detail":[[', b'"detail":[[1,', 1),
        lambda body: body.replace(b'"by":"year"', b'"by":7', 1),
        lambda body: b"[]",
    ],
    ids=["no-rows", "row-of-other-length", "wrong-type", "not-an-object"],
)
def test_a_whole_file_that_is_no_summary_is_ignored(folder, change):
    (folder / KEPT_FILE).write_bytes(_with_body(folder, change))
    assert _read(folder) is None


def test_an_import_and_a_reindex_write_it(tmp_path):
    archive = tmp_path / "arkiv"
    write_files(tmp_path / "in", {"a.pdf": GOOD + b" a", "b.pdf": GOOD + b" b"})
    summary = import_paths([tmp_path / "in"], archive=archive, workers=1, extract=fake_extract)
    assert summary.imported == 2
    _same(_read(archive), _fresh(archive))
    (archive / KEPT_FILE).unlink()
    with Archive.open(archive, writable=True, catch_up=False) as opened:
        opened.reindex()
    _same(_read(archive), _fresh(archive))


def test_an_archive_that_does_not_count_its_changes_uses_none(folder):
    with Archive.open(folder, writable=True) as opened:
        opened.records.db.execute("DELETE FROM meta WHERE key='changes'")  # as before this version
        assert not write_kept_summary(opened)
    assert _read(folder) is None


def test_a_prune_that_forgets_reports_writes_it_anew(tmp_path):
    archive = tmp_path / "arkiv"
    files = write_files(tmp_path / "in", {"a.pdf": GOOD + b" a", "b.pdf": GOOD + b" b"})
    import_paths([tmp_path / "in"], archive=archive, workers=1, extract=fake_extract)
    files["b.pdf"].unlink()
    with Archive.open(archive, writable=True) as opened:
        assert opened.prune().removed
    kept = _read(archive)
    _same(kept, _fresh(archive))
    assert kept.total.reports == 1
