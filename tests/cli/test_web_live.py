"""`bilagor serve` while the archive changes: new reports without a restart, never the write lock."""

from __future__ import annotations

import warnings

import pytest

pytest.importorskip("starlette")
from factories import make_report  # noqa: E402

from bilagor.cli.web.app import create_app  # noqa: E402
from bilagor.index.archive import Archive  # noqa: E402
from bilagor.index.archive.live import LiveArchive, index_stamp  # noqa: E402
from bilagor.index.archive.lock import WriteLock  # noqa: E402

with warnings.catch_warnings():  # newer Starlette prefers httpx2 (a warning); httpx works the same
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

BASE = "http://127.0.0.1"


def total(client, query: str) -> int:
    response = client.get("/api/search", params={"q": query})
    assert response.status_code == 200, response.text
    return response.json()["total"]


def test_new_reports_appear_without_a_restart(tmp_path):
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add([make_report("first", project="Trygghetsbelysning i parken")])
    with TestClient(create_app(tmp_path), base_url=BASE) as client:
        assert total(client, "belysning") == 1 and total(client, "pollare") == 0
        with Archive.open(tmp_path, writable=True) as archive:
            archive.add([make_report("second", project="Pollare vid torget")])
        assert total(client, "pollare") == 1
        with Archive.open(tmp_path, writable=True) as archive:  # a rebuilt index swapped in
            archive.reindex()
        assert total(client, "pollare") == 1 and total(client, "belysning") == 1
        assert "Pollare vid torget" in client.get("/search", params={"q": "pollare"}).text


def test_amounts_follow_the_records_as_they_are_stored(tmp_path):
    from bilagor.extractor.record import Amount

    def budget_report(seed: str, year: int, sek: int):
        return make_report(
            seed,
            year=year,
            project=f"Projekt {seed}",
            amounts=[Amount(f"{sek} kr", sek, False, "budget", "ekonomiskt_utfall", 1, f"Budget {sek} kr.", "cue")],
        )

    with Archive.open(tmp_path, writable=True) as archive:
        archive.add([budget_report("a", 2018, 100_000)])
    with TestClient(create_app(tmp_path), base_url=BASE) as client:
        first = client.get("/api/amounts").json()
        assert first == client.get("/api/amounts").json()  # kept: the same answer
        assert [g["group"] for g in first["groups"]] == ["2018"]
        with Archive.open(tmp_path, writable=True) as archive:  # stored; summaries read the records
            archive.records.put_many([budget_report("b", 2019, 200_000)])
        groups = client.get("/api/amounts").json()["groups"]
        assert [(g["group"], g["budget"]) for g in groups] == [("2018", 100_000), ("2019", 200_000)]
        assert "200\u00a0000\u00a0kr" in client.get("/amounts").text


def test_the_server_never_takes_the_write_lock_nor_indexes(tmp_path):
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add([make_report("first", project="Trygghetsbelysning")])
        # Stored but not indexed, as an import leaves records between its index batches.
        archive.records.put_many([make_report("waiting", project="Konst i gångtunnlar")])
    lock = WriteLock(tmp_path)
    lock.acquire(0.0)  # an import holds the archive
    try:
        with TestClient(create_app(tmp_path), base_url=BASE) as client:
            assert total(client, "belysning") == 1
            page = client.get("/search")
            assert page.status_code == 200 and "ännu inte indexerade" in page.text
            assert client.get("/amounts").status_code == 200
    finally:
        lock.release()
    with TestClient(create_app(tmp_path), base_url=BASE) as client:
        assert total(client, "gångtunnlar") == 0  # the server indexed nothing, even with the lock free
    with Archive.open(tmp_path) as archive:
        assert archive.has_unindexed()


def test_a_thread_keeps_its_archive_until_the_index_changes(tmp_path):
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add([make_report("first")])
    live = LiveArchive(tmp_path)
    try:
        first = live.get()
        assert live.get() is first
        before = index_stamp(tmp_path)
        with Archive.open(tmp_path, writable=True) as archive:
            archive.add([make_report("second")])
        assert index_stamp(tmp_path) != before
        second = live.get()
        assert second is not first and second.records.count() == 2
    finally:
        live.close()


def test_no_archive_is_a_503_page(tmp_path):
    with TestClient(create_app(tmp_path / "none"), base_url=BASE) as client:
        response = client.get("/search")
        assert response.status_code == 503 and "bilagor import" in response.text
        assert client.get("/api/search").json()["status"] == 503
