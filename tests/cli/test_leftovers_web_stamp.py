"""`bilagor serve`: the kept SummaryBasis and a data stamp that does not read every record each request."""

from __future__ import annotations

import pytest

pytest.importorskip("starlette")
from factories import build_archive, make_report  # noqa: E402

from bilagor.cli.web.pages import amounts_request  # noqa: E402
from bilagor.cli.web.summaries import SummaryCache  # noqa: E402
from bilagor.index.archive import Archive  # noqa: E402
from bilagor.index.archive.live import LiveArchive  # noqa: E402
from bilagor.index.reports import amounts as amounts_module  # noqa: E402

DEFAULT = amounts_request({})


@pytest.fixture
def folder(tmp_path):
    return build_archive(tmp_path / "arkiv")


def test_a_grouping_not_asked_before_does_not_decide_the_reports_again(folder, monkeypatch):
    calls: list[int] = []
    real = amounts_module.report_figures
    monkeypatch.setattr(amounts_module, "report_figures", lambda mine: calls.append(1) or real(mine))
    cache, live = SummaryCache(), LiveArchive(folder)
    with Archive.open(folder) as archive:
        reports = archive.records.count()
        for by in ("year", "district", "org", "project"):
            cache.summary(live, archive, {**DEFAULT, "by": by}, detail=True)
    assert len(calls) == reports


def test_the_data_stamp_reads_the_records_again_only_after_a_commit(folder, monkeypatch):
    live = LiveArchive(folder)
    with Archive.open(folder) as archive:
        queries: list[str] = []
        real = archive.records.query
        monkeypatch.setattr(archive.records, "query", lambda sql, params=(): queries.append(sql) or real(sql, params))
        first = live.data_stamp(archive)
        read = len(queries)
        assert live.data_stamp(archive) == first
        assert len(queries) == read  # nothing committed since: the records were not read again
        with Archive.open(folder, writable=True) as writer:
            writer.add([make_report("ny-efter-start", year=2021)])
        changed = live.data_stamp(archive)
        assert changed != first and len(queries) > read
        assert live.data_stamp(archive) == changed


def test_the_prepared_summary_is_frozen_in_the_background_not_collected_in_the_first_request(folder, monkeypatch):
    """The prepared basis and summary leave the cycle collector's sight (gc.freeze) in the background:
    no full collection over them, then or later, falls into a request."""
    from bilagor.cli.web import summaries

    collected: list[int] = []
    frozen: list[int] = []
    monkeypatch.setattr(summaries.gc, "collect", lambda *a: collected.append(1) or 0)
    monkeypatch.setattr(summaries.gc, "freeze", lambda: frozen.append(1))
    cache = SummaryCache()
    cache.prepare(LiveArchive(folder), DEFAULT, detail=True).join(30)
    assert frozen == [1] and collected == []
