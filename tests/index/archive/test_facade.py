"""The archive facade: index kept in step with the records, rebuilds, locks."""

from __future__ import annotations

import shutil

import pytest
from factories import make_report

from bilagor.extractor.errors import ArchiveBusyError, ArchiveMissingError
from bilagor.extractor.record import Section
from bilagor.index.search import schema as search_index
from bilagor.index.archive import Archive
from bilagor.index.archive.lock import WriteLock
from bilagor.index.search.schema import SearchIndex


def reports():
    return [
        make_report("a"),
        make_report(
            "b",
            project="Trygghetsbelysning",
            year=2020,
            district="Södermalm",
            district_today="Södermalm",
            sections=[Section("projektnamn", "Projektnamn", "Trygghetsbelysning", 1)],
        ),
        make_report(
            "c", project="Pollare", year=2021, sections=[Section("projektnamn", "Projektnamn", "Pollare vid torget", 1)]
        ),
    ]


def snapshot(folder, query):
    with Archive.open_for_reading(folder) as archive:
        return [h.to_dict() for h in archive.search(query, limit=10).hits], archive.search(query).facets


@pytest.fixture
def archive_dir(tmp_path):
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add(reports())
    return tmp_path


def test_add_indexes_and_marks(archive_dir):
    with Archive.open(archive_dir) as archive:
        assert not archive.has_unindexed()
        assert archive.search("belysning").total == 1


def test_add_replaces_a_report_by_id(archive_dir):
    with Archive.open(archive_dir, writable=True) as archive:
        archive.add([make_report("c", project="Staket", sections=[Section("projektnamn", "Projektnamn", "Staket", 1)])])
        assert archive.search("pollare").total == 0
        assert archive.search("staket").total == 1
        assert len(archive.matching_ids()) == 3


def test_new_content_at_a_known_path_leaves_no_old_document_in_the_index(archive_dir):
    old = reports()[2]  # "Pollare" at /data/c.pdf
    new = make_report(
        "c2", paths=list(old.paths), project="Staket", sections=[Section("projektnamn", "Projektnamn", "Staket", 1)]
    )
    with Archive.open(archive_dir, writable=True) as archive:
        archive.add([new])
        assert archive.records.get(old.id, missing_ok=True) is None
        result = archive.search("pollare")
        assert (result.total, result.facets["year"]) == (0, {})
        assert archive.search("staket").total == 1
        assert not archive.has_unindexed()


def test_removal_missed_by_a_crash_is_caught_up_by_the_next_reader(archive_dir):
    old = reports()[2]
    with Archive.open(archive_dir, writable=True) as archive:
        # SQLite only, as if the process died before the index was updated
        archive.records.put_many([make_report("c2", paths=list(old.paths), project="Staket")])
        assert archive.has_unindexed()
    with Archive.open_for_reading(archive_dir) as archive:
        assert archive.search("pollare").total == 0


def test_reindex_after_deleting_the_index_gives_the_same_results(archive_dir):
    before = snapshot(archive_dir, "kameror OR belysning OR pollare")
    shutil.rmtree(archive_dir / "whoosh")
    with Archive.open(archive_dir, writable=True, catch_up=False) as archive:
        assert archive.reindex() == 3
    assert snapshot(archive_dir, "kameror OR belysning OR pollare") == before


def test_reader_rebuilds_a_missing_index_by_itself(archive_dir):
    before = snapshot(archive_dir, "pollare")
    shutil.rmtree(archive_dir / "whoosh")
    assert snapshot(archive_dir, "pollare") == before


def test_schema_version_change_triggers_rebuild(archive_dir, monkeypatch):
    index = SearchIndex(archive_dir / "whoosh")
    assert not index.needs_rebuild()
    monkeypatch.setattr(search_index, "SCHEMA_VERSION", "999/test")
    assert index.needs_rebuild()
    with Archive.open(archive_dir, writable=True) as archive:  # catch_up rebuilds
        assert archive.search("pollare").total == 1
    assert (archive_dir / "whoosh" / search_index.VERSION_FILE).read_text().strip() == "999/test"
    assert not SearchIndex(archive_dir / "whoosh").needs_rebuild()


def test_crash_between_sqlite_and_index_is_recovered_on_next_writable_open(archive_dir):
    late = make_report("d", project="Utegym", sections=[Section("projektnamn", "Projektnamn", "Utegym", 1)])
    with Archive.open(archive_dir, writable=True) as archive:
        archive.records.put_many([late])  # stored, the process "dies" before indexing
        assert archive.has_unindexed()
        assert archive.search("utegym").total == 0
    with Archive.open(archive_dir, writable=True) as archive:
        assert not archive.has_unindexed()
        assert archive.search("utegym").total == 1


def test_reader_catches_up_when_no_writer_is_busy(archive_dir):
    with Archive.open(archive_dir, writable=True) as archive:
        archive.records.put_many([make_report("e", project="Utegym")])
    with Archive.open_for_reading(archive_dir) as archive:
        assert archive.search("utegym").total == 1
        assert not archive.has_unindexed()


def test_reader_searches_what_is_there_while_a_writer_holds_the_lock(archive_dir):
    with Archive.open(archive_dir, writable=True) as writer:
        writer.records.put_many([make_report("e", project="Utegym")])
        with Archive.open_for_reading(archive_dir) as reader:
            assert reader.search("utegym").total == 0
            assert reader.search("pollare").total == 1


def test_reader_without_any_index_while_writer_busy_is_told_to_retry(archive_dir):
    shutil.rmtree(archive_dir / "whoosh")
    lock = WriteLock(archive_dir)
    lock.acquire()
    try:
        with pytest.raises(ArchiveBusyError, match="byggs av en annan"):
            Archive.open_for_reading(archive_dir)
    finally:
        lock.release()


def test_second_writer_is_busy(archive_dir):
    with Archive.open(archive_dir, writable=True):
        with pytest.raises(ArchiveBusyError):
            Archive.open(archive_dir, writable=True)


def test_busy_whoosh_index_raises_archive_busy(archive_dir):
    index = SearchIndex(archive_dir / "whoosh", lock_timeout=0.2)
    held = SearchIndex(archive_dir / "whoosh")._open().writer()  # another writer holds Whoosh's lock
    try:
        with pytest.raises(ArchiveBusyError, match="sökindexet är upptaget"):
            index.update([make_report("z")])
    finally:
        held.cancel()
        index.close()


def test_missing_archive(tmp_path):
    with pytest.raises(ArchiveMissingError, match="bilagor import"):
        Archive.open_for_reading(tmp_path / "none")
    assert not (tmp_path / "none").exists()


def test_stats(archive_dir):
    with Archive.open(archive_dir) as archive:
        stats = archive.stats()
    assert stats.reports == 3 and stats.unindexed == 0
    assert stats.by_year == {"2018": 1, "2020": 1, "2021": 1}
    assert stats.by_district == {"Norrmalm": 2, "Södermalm": 1}
    assert stats.by_form == {"uppfoljning": 3}
    assert stats.size_bytes > stats.index_bytes > 0


def test_rebuild_keeps_the_old_index_if_building_fails(archive_dir):
    def broken():
        yield make_report("x")
        raise RuntimeError("disk full")

    index = SearchIndex(archive_dir / "whoosh")
    with pytest.raises(RuntimeError):
        index.rebuild(broken())
    assert not (archive_dir / "whoosh.new").exists()
    assert snapshot(archive_dir, "pollare")[0]


def test_searcher_retries_when_segments_vanish_while_opening(archive_dir, monkeypatch):
    index = SearchIndex(archive_dir / "whoosh")
    index.exists()
    real = type(index._ix).searcher
    calls = []

    def flaky(self, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise FileNotFoundError("MAIN_x.seg")
        return real(self, **kwargs)

    monkeypatch.setattr(type(index._ix), "searcher", flaky)
    with index.searcher() as searcher:
        assert searcher.doc_count() == 3
    assert len(calls) == 2
