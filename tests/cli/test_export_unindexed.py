"""`bilagor export` lists what the archive stores, also a report the search index does not hold.

A report can be stored but missing from the index: an import stopped between the SQLite write and the
index commit while another bilagor holds the write lock, or an index put back from an older copy of the
archive (which the records' indexed flag does not know about). Export without a query reads the records,
so such a report is still exported, in `--sort year`'s order too; a warning names it and `reindex`.
"""

from __future__ import annotations

import json
import shutil

import pytest
from factories import make_report
from typer.testing import CliRunner

from bilagor.cli.app import app
from bilagor.index.archive import Archive
from bilagor.index.archive.lock import WriteLock

YEARS = {"gammal": 2015, "mitten": 2018, "ny": 2021}


def _report(key: str):
    return make_report(key, project=f"Åtgärd {key}", year=YEARS[key])


@pytest.fixture
def index_from_older_archive(tmp_path):
    """An archive holding all three reports whose index was copied before "mitten" was imported."""
    folder = tmp_path / "arkiv"
    with Archive.open(folder, writable=True) as opened:
        opened.add([_report("gammal"), _report("ny")])
    shutil.copytree(folder / "whoosh", tmp_path / "whoosh-before")
    with Archive.open(folder, writable=True) as opened:
        opened.add([_report("mitten")])
    shutil.rmtree(folder / "whoosh")
    shutil.copytree(tmp_path / "whoosh-before", folder / "whoosh")
    return folder


def _export(folder, *args):
    result = CliRunner().invoke(app, ["export", *args, "--json", "--archive", str(folder)])
    assert result.exit_code == 0, result.output
    return [json.loads(line)["id"] for line in result.stdout.splitlines()], result.stderr


def test_sort_year_without_a_query_lists_a_report_the_index_lacks(index_from_older_archive):
    ids, warning = _export(index_from_older_archive, "--sort", "year")
    assert ids == [_report(key).id for key in ("ny", "mitten", "gammal")]
    assert _report("mitten").id[:12] in warning and "bilagor reindex" in warning
    assert _report("ny").id[:12] not in warning


def test_per_report_without_a_query_lists_it_too(index_from_older_archive):
    result = CliRunner().invoke(app, ["export", "--per-report", "--archive", str(index_from_older_archive)])
    assert result.exit_code == 0, result.output
    assert _report("mitten").id in result.stdout
    assert "bilagor reindex" in result.stderr


def test_a_query_cannot_find_it_and_the_warning_says_so(index_from_older_archive):
    ids, warning = _export(index_from_older_archive, "Åtgärd")
    assert _report("mitten").id not in ids
    assert _report("mitten").id[:12] in warning and "bilagor reindex" in warning


def test_a_record_stored_while_another_bilagor_writes_is_exported(tmp_path):
    folder = tmp_path / "arkiv"
    with Archive.open(folder, writable=True) as opened:
        opened.add([_report("gammal")])
        opened.records.put_many([_report("ny")])  # stored; the import stops before its index commit
    lock = WriteLock(folder)
    lock.acquire(0.0)  # another import is running: a reader cannot catch the index up
    try:
        ids, warning = _export(folder, "--sort", "year")
    finally:
        lock.release()
    assert ids == [_report("ny").id, _report("gammal").id]
    assert _report("ny").id[:12] in warning


def test_no_warning_when_the_index_holds_every_report(tmp_path):
    folder = tmp_path / "arkiv"
    with Archive.open(folder, writable=True) as opened:
        opened.add([_report(key) for key in YEARS])
    ids, warning = _export(folder, "--sort", "year")
    assert ids == [_report(key).id for key in ("ny", "mitten", "gammal")]
    assert warning == ""
