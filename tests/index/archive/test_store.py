import os
import stat

import pytest

from bilagor.extractor.errors import NotFoundError, UsageError
from bilagor.index.archive.location import archive_dir, ensure_private_dir
from bilagor.index.archive.store import RecordStore
from factories import make_report


@pytest.fixture
def store(tmp_path):
    s = RecordStore(ensure_private_dir(tmp_path / "arkiv"))
    yield s
    s.close()


def test_archive_folder_is_private(tmp_path):
    folder = ensure_private_dir(tmp_path / "a" / "b")
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700


def test_archive_dir_precedence(tmp_path, monkeypatch):
    monkeypatch.setenv("BILAGOR_ARCHIVE", str(tmp_path / "env"))
    assert archive_dir(tmp_path / "flag") == tmp_path / "flag"
    assert archive_dir(None) == tmp_path / "env"


def test_put_and_get_keeps_flat_tables(store):
    report = make_report()
    store.put(report)
    assert store.get(report.id) == report
    assert store.query("SELECT SUM(sek) FROM amounts WHERE role='budget'")[0][0] == 5_000_000
    assert store.query("SELECT COUNT(*) FROM sections")[0][0] == 2


def test_same_content_new_path_adds_path(store):
    report = make_report()
    store.put(report)
    store.add_path(report.id, "/elsewhere/copy.pdf")
    assert store.get(report.id).paths == ["/data/a.pdf", "/elsewhere/copy.pdf"]
    assert store.owner_of_path("/elsewhere/copy.pdf") == report.id


def test_changed_content_replaces_record_of_path(store):
    old = make_report("a")
    store.put(old)
    new = make_report("b", paths=list(old.paths))
    store.put(new)
    assert store.owner_of_path(old.paths[0]) == new.id
    assert store.get(old.id, missing_ok=True) is None  # no path left: gone
    assert store.query("SELECT COUNT(*) FROM amounts")[0][0] == len(new.amounts)


def test_moved_path_leaves_other_paths(store):
    shared = make_report("a", paths=["/x/1.pdf", "/x/2.pdf"])
    store.put(shared)
    store.put(make_report("b", paths=["/x/2.pdf"]))
    assert store.get(shared.id).paths == ["/x/1.pdf"]


def test_resolve_prefix(store):
    report = make_report()
    store.put(report)
    assert store.resolve(report.id[:6]).id == report.id
    with pytest.raises(NotFoundError):
        store.resolve("zz")
    with pytest.raises(NotFoundError):
        store.resolve("0" * 10)


def test_find_by_the_beginning_of_a_file_name_that_names_one_report(store):
    # A folder listing shows "00028-uppfoljning-…": its number names the report when no id and no other file
    # name starts so; two file names starting so are an error naming both ways out.
    store.put(make_report("a", paths=["/x/00028-uppfoljning-kamera.pdf"], filename="00028-uppfoljning-kamera.pdf"))
    store.put(make_report("b", paths=["/x/00031-ansokan-utegym.pdf"], filename="00031-ansokan-utegym.pdf"))
    store.put(make_report("c", paths=["/x/00031-uppfoljning-utegym.pdf"], filename="00031-uppfoljning-utegym.pdf"))
    assert store.find("00028").filename == "00028-uppfoljning-kamera.pdf"
    assert store.find("00031-ansokan").filename == "00031-ansokan-utegym.pdf"
    with pytest.raises(NotFoundError, match="flera filnamn"):
        store.find("00031")
    with pytest.raises(NotFoundError, match="ingen rapport"):
        store.find("00099")


def test_an_empty_reference_is_a_usage_error_not_the_beginning_of_every_file_name(store):
    # `bilagor show ""` (a shell variable left empty) said "'' är början på flera filnamn", or showed the one
    # report of a small archive.
    store.put(make_report("a", paths=["/x/a.pdf"], filename="a.pdf"))
    for reference in ("", "  "):
        with pytest.raises(UsageError, match="ange rapportens id"):
            store.find(reference)


def test_control_an_id_prefix_still_wins_over_a_file_names_beginning(store):
    named = make_report("d", paths=["/x/d.pdf"], filename="d.pdf")
    store.put(named)
    store.put(make_report("e", paths=[f"/x/{named.id[:4]}-annan.pdf"], filename=f"{named.id[:4]}-annan.pdf"))
    assert store.find(named.id[:4]).id == named.id


def test_unindexed_tracking(store):
    report = make_report()
    store.put(report)
    assert [r.id for r in store.iter_reports(unindexed_only=True)] == [report.id]
    store.mark_indexed([report.id])
    assert list(store.iter_reports(unindexed_only=True)) == []


def test_storing_known_content_again_keeps_path_stats(store):
    report = make_report()
    store.put_many([report], {report.paths[0]: (1234, 99.5)})
    store.put_many([make_report(paths=["/other/copy.pdf"])])  # same content, new path
    assert store.path_stat(report.paths[0]) == (report.id, 1234, 99.5)
    assert store.get(report.id).paths == [report.paths[0], "/other/copy.pdf"]


def test_the_date_fields_index_is_made_by_a_writer_and_never_by_a_reader(tmp_path):
    # A reader's opening writes nothing (it would wait for an import's lock on an archive made before the index).
    import sqlite3

    from bilagor.index.archive import Archive

    def indexes(folder):
        with sqlite3.connect(folder / "archive.sqlite3") as db:
            return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}

    store = RecordStore(ensure_private_dir(tmp_path / "arkiv"))
    store.put(make_report("a"))
    store.close()
    with Archive.open_for_reading(tmp_path / "arkiv"):
        assert "sections_key" not in indexes(tmp_path / "arkiv")
    with Archive.open(tmp_path / "arkiv", writable=True):
        assert "sections_key" in indexes(tmp_path / "arkiv")


# `bilagor show` by the beginning of a copy's file name (twenty-seventh round, h32/f-official): a report found at a
# second path is named by that path's name's beginning too, as by its whole name.
def test_a_copys_file_name_beginning_names_its_report(store):
    report = make_report("a", paths=["/share/t1/00003-uppfoljning.pdf", "/share/t3/kopia-00003.pdf"])
    store.put(report)
    store.put(make_report("b", paths=["/share/t1/00004-uppfoljning.pdf"], filename="00004-uppfoljning.pdf"))
    assert store.find("kopia").id == report.id
    assert store.find("kopia-00003.pdf").id == report.id


def test_a_beginning_shared_by_two_reports_names_neither(store):
    store.put(make_report("a", paths=["/share/t1/00003-uppfoljning.pdf", "/share/t3/kopia-00003.pdf"]))
    store.put(make_report("b", paths=["/share/t3/kopia-00004.pdf"], filename="kopia-00004.pdf"))
    with pytest.raises(NotFoundError, match="början på flera filnamn"):
        store.find("kopia")
    with pytest.raises(NotFoundError, match="ingen rapport"):
        store.find("t3")  # a folder's name is no file name's beginning
