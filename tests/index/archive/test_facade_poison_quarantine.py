"""A record the index cannot take is quarantined; readers never fail for a writer's problem."""

from __future__ import annotations

import json

import pytest
from factories import make_report

from bilagor.cli.app import run
from bilagor.index.search import schema as search_index
from bilagor.index.archive import Archive

real_document = search_index.report_document


def _refuse(bad_id: str):
    def report_document(report):
        if report.id == bad_id:
            raise ValueError("this document breaks the index")
        return real_document(report)

    return report_document


def test_an_unindexable_record_is_kept_marked_and_left_out(tmp_path, monkeypatch):
    good, bad = make_report("good", project="Pollare"), make_report("bad", project="Pollare")
    monkeypatch.setattr(search_index, "report_document", _refuse(bad.id))
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add([good, bad])
        assert archive.records.get(bad.id) is not None
        assert not archive.has_unindexed()
        assert archive.matching_ids("pollare") == [good.id]
        stats = archive.stats()
    assert stats.unindexed == 0
    assert [q["id"] for q in stats.quarantined] == [bad.id]
    assert "this document breaks the index" in stats.quarantined[0]["reason"]


def test_stats_lists_quarantined_records(tmp_path, monkeypatch, capsys):
    bad = make_report("bad")
    monkeypatch.setattr(search_index, "report_document", _refuse(bad.id))
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add([make_report("good"), bad])
    assert run(["stats", "--json", "--archive", str(tmp_path)]) == 0
    listed = json.loads(capsys.readouterr().out)["quarantined"]
    assert [(q["id"], q["path"]) for q in listed] == [(bad.id, "/data/bad.pdf")]
    assert run(["stats", "--archive", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "/data/bad.pdf" in out and "this document breaks the index" in out


def test_a_quarantined_record_that_was_indexed_before_leaves_the_index(tmp_path, monkeypatch):
    old = make_report("x", project="Pollare")
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add([old])
        assert archive.matching_ids("pollare") == [old.id]
        monkeypatch.setattr(search_index, "report_document", _refuse(old.id))
        archive.add([make_report("x", project="Staket")])
        assert archive.matching_ids("pollare") == []
        assert [q["id"] for q in archive.records.quarantined()] == [old.id]


def test_reindex_retries_quarantined_records(tmp_path, monkeypatch):
    bad = make_report("bad", project="Pollare")
    with monkeypatch.context() as patch:
        patch.setattr(search_index, "report_document", _refuse(bad.id))
        with Archive.open(tmp_path, writable=True) as archive:
            archive.add([make_report("good"), bad])
            assert archive.records.quarantined()
            assert archive.reindex() == 1  # still refused: left out, the rest rebuilt
            assert [q["id"] for q in archive.records.quarantined()] == [bad.id]
    with Archive.open(tmp_path, writable=True) as archive:  # the code got fixed
        assert archive.reindex() == 2
        assert archive.records.quarantined() == []
        assert archive.matching_ids("pollare") == [bad.id]


def test_an_unreadable_stored_record_is_quarantined(tmp_path):
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add([make_report("good")])
        bad = make_report("bad")
        archive.records.put(bad)
        archive.records.db.execute("UPDATE reports SET record='{\"schema_version\": 99}' WHERE id=?", (bad.id,))
    with Archive.open_for_reading(tmp_path) as archive:
        assert archive.search("kameraövervakning").total == 1
        assert [q["id"] for q in archive.records.quarantined()] == [bad.id]
        assert archive.reindex() == 1


def test_a_reader_searches_what_is_there_when_catching_up_fails(tmp_path, monkeypatch, capsys):
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add([make_report("a")])
        archive.records.put(make_report("b", project="Pollare"))  # stored, not yet indexed

    def broken_update(self, reports, *, remove=()):
        raise RuntimeError("the index writer is broken")

    monkeypatch.setattr(search_index.SearchIndex, "update", broken_update)
    with Archive.open_for_reading(tmp_path) as archive:
        assert "the index writer is broken" in archive.index_problem
        assert archive.search("kameraövervakning").total == 1
    capsys.readouterr()
    for command in (["search", "kameraövervakning", "--json"], ["stats"], ["amounts"], ["export", "--format", "jsonl"]):
        assert run([*command, "--archive", str(tmp_path)]) == 0, command
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith("bilagor: varning:") and "broken" in err[0], command


def test_reindex_failing_midway_keeps_the_old_index(tmp_path, monkeypatch):
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add([make_report("a"), make_report("b", project="Pollare")])
    calls = []

    def disk_full(report):
        calls.append(report.id)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real_document(report)

    monkeypatch.setattr(search_index, "report_document", disk_full)
    with Archive.open(tmp_path, writable=True, catch_up=False) as archive:
        with pytest.raises(OSError):
            archive.reindex()
        assert not archive.has_unindexed()  # the records still say what the old index holds
    monkeypatch.undo()
    with Archive.open_for_reading(tmp_path) as archive:
        assert not archive.has_unindexed()
        assert archive.search("pollare").total == 1
        assert archive.search("kameraövervakning").total == 2
    assert not (tmp_path / "whoosh.new").exists()
