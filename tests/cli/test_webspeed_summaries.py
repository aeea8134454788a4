"""`bilagor serve` keeps amount summaries: prepared at start, computed once however many ask at once."""

from __future__ import annotations

import threading
import warnings

import pytest

pytest.importorskip("starlette")
from factories import build_archive  # noqa: E402

from bilagor.cli.web import summaries  # noqa: E402
from bilagor.cli.web.app import create_app  # noqa: E402
from bilagor.cli.web.pages import amounts_request  # noqa: E402
from bilagor.cli.web.summaries import SummaryCache  # noqa: E402
from bilagor.index.archive import Archive  # noqa: E402
from bilagor.index.archive.live import LiveArchive  # noqa: E402
from bilagor.index.reports.amounts import summarise_archive  # noqa: E402

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

BASE = "http://127.0.0.1"
DEFAULT = amounts_request({})


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return build_archive(tmp_path_factory.mktemp("arkiv") / "arkiv")


class CountingSummaries:
    """summarise_archive that counts its calls and can be held back until released."""

    def __init__(self):
        self.calls = 0
        self.started = threading.Event()
        self.release = threading.Event()
        self.lock = threading.Lock()

    def __call__(self, *args, **kwargs):
        with self.lock:
            self.calls += 1
        self.started.set()
        self.release.wait(30)
        return summarise_archive(*args, **kwargs)


def test_the_server_prepares_the_amounts_page_summary_at_start(folder, monkeypatch):
    with TestClient(create_app(folder), base_url=BASE) as client:
        client.app.state.preparing.join(30)

        def not_again(*args, **kwargs):
            raise AssertionError("the amounts page computed its summary again")

        monkeypatch.setattr(summaries, "summarise_archive", not_again)
        response = client.get("/amounts")
        assert response.status_code == 200 and "2018" in response.text


def test_without_preparing_the_first_request_computes_it(folder, monkeypatch):
    counting = CountingSummaries()
    counting.release.set()
    monkeypatch.setattr(summaries, "summarise_archive", counting)
    with TestClient(create_app(folder, prepare_amounts=False), base_url=BASE) as client:
        assert counting.calls == 0
        assert client.get("/amounts").status_code == 200
        assert client.get("/amounts").status_code == 200
    assert counting.calls == 1


def test_requests_for_a_summary_being_computed_wait_for_it(folder, monkeypatch):
    counting = CountingSummaries()
    monkeypatch.setattr(summaries, "summarise_archive", counting)
    cache, live = SummaryCache(), LiveArchive(folder)
    results: list = []

    def ask():
        with Archive.open(folder) as archive:
            results.append(cache.summary(live, archive, DEFAULT, detail=True))

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for thread in threads:
        thread.start()
    assert counting.started.wait(30)
    counting.release.set()
    for thread in threads:
        thread.join(30)
    assert counting.calls == 1
    assert len(results) == 4 and all(r is results[0] for r in results)
    assert [g.group for g in results[0].groups] == ["2018", "2019", "2020"]


def test_an_error_reaches_every_request_that_waited_and_is_not_kept(folder, monkeypatch):
    cache, live = SummaryCache(), LiveArchive(folder)
    started, release = threading.Event(), threading.Event()

    def broken(*args, **kwargs):
        started.set()
        release.wait(30)
        raise RuntimeError("a bug")

    monkeypatch.setattr(summaries, "summarise_archive", broken)
    errors: list = []

    def ask():
        with Archive.open(folder) as archive:
            try:
                cache.summary(live, archive, DEFAULT, detail=False)
            except RuntimeError as exc:
                errors.append(exc)

    threads = [threading.Thread(target=ask) for _ in range(3)]
    for thread in threads:
        thread.start()
    assert started.wait(30)
    release.set()
    for thread in threads:
        thread.join(30)
    assert len(errors) == 3
    monkeypatch.setattr(summaries, "summarise_archive", summarise_archive)
    with Archive.open(folder) as archive:
        assert cache.summary(live, archive, DEFAULT, detail=False).total.reports == 6


def test_preparing_without_an_archive_is_quiet(tmp_path, capfd):
    thread = SummaryCache().prepare(LiveArchive(tmp_path / "none"), DEFAULT, detail=True)
    thread.join(30)
    assert not (tmp_path / "none").exists()
    assert "Traceback" not in capfd.readouterr().err


def test_a_grouping_not_asked_before_reuses_the_kept_rows(folder, monkeypatch):
    loads: list[int] = []
    real_load = summaries.load_rows

    def counting_load(archive):
        loads.append(1)
        return real_load(archive)

    monkeypatch.setattr(summaries, "load_rows", counting_load)
    cache, live = SummaryCache(), LiveArchive(folder)
    with Archive.open(folder) as archive:
        by_year = cache.summary(live, archive, DEFAULT, detail=True)
        by_district = cache.summary(live, archive, {**DEFAULT, "by": "district"}, detail=False)
        assert len(loads) == 1
        assert by_year.to_dict() == summarise_archive(archive, by="year", detail=True).to_dict()
        assert by_district.to_dict() == summarise_archive(archive, by="district").to_dict()


def test_kept_rows_are_read_again_when_the_archive_changes(folder, monkeypatch):
    loads: list[int] = []
    real_load = summaries.load_rows
    monkeypatch.setattr(summaries, "load_rows", lambda archive: loads.append(1) or real_load(archive))
    stamps = iter([("a",), ("b",)])  # one data stamp per summary asked for
    live = LiveArchive(folder)
    monkeypatch.setattr(live, "data_stamp", lambda archive: next(stamps))
    cache = SummaryCache()
    with Archive.open(folder) as archive:
        cache.summary(live, archive, DEFAULT, detail=False)
        cache.summary(live, archive, {**DEFAULT, "by": "district"}, detail=False)
    assert len(loads) == 2
