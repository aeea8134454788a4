"""`bilagor serve`'s first amounts page reads the summary an import kept in the archive folder, and
makes it anew (never shows it) when it is stale or cannot be read."""

from __future__ import annotations

import inspect
import warnings

import pytest

pytest.importorskip("starlette")
from factories import build_archive, make_report  # noqa: E402

from bilagor.cli.web import summaries  # noqa: E402
from bilagor.cli.web.app import create_app  # noqa: E402
from bilagor.index.archive import Archive  # noqa: E402
from bilagor.index.reports.amounts import summarise_archive  # noqa: E402
from bilagor.index.reports.amounts_kept import KEPT_ARGS, KEPT_FILE, write_kept_summary  # noqa: E402

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

BASE = "http://127.0.0.1"


@pytest.fixture
def folder(tmp_path):
    folder = build_archive(tmp_path / "arkiv")
    with Archive.open(folder, writable=True) as opened:
        assert write_kept_summary(opened)
    return folder


class Counting:
    def __init__(self):
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return summarise_archive(*args, **kwargs)


def _first_amounts_page(folder, monkeypatch) -> tuple[int, str, int]:
    """(status, page, summaries computed) of /amounts from a server just started."""
    counting = Counting()
    monkeypatch.setattr(summaries, "summarise_archive", counting)
    with TestClient(create_app(folder), base_url=BASE) as client:
        client.app.state.preparing.join(30)
        response = client.get("/amounts")
    return response.status_code, response.text, counting.calls


def test_the_kept_summary_is_made_with_the_arguments_of_the_prepared_one():
    # summaries reads the kept file for DEFAULT_ARGS with detail; amounts_kept writes KEPT_ARGS
    prepared = {**summaries.DEFAULT_ARGS, "detail": True}
    defaults = {name: p.default for name, p in inspect.signature(summarise_archive).parameters.items()}
    assert {name: KEPT_ARGS.get(name, defaults[name]) for name in prepared} == prepared
    assert set(KEPT_ARGS) <= set(prepared)


def test_the_first_page_is_the_kept_summary(folder, monkeypatch):
    status, page, computed = _first_amounts_page(folder, monkeypatch)
    assert status == 200 and "2018" in page and "2020" in page
    assert computed == 0


def test_a_stale_summary_is_made_anew(folder, monkeypatch):
    with Archive.open(folder, writable=True) as opened:
        opened.add([make_report("ny", year=2031)])
    status, page, computed = _first_amounts_page(folder, monkeypatch)
    assert status == 200 and "2031" in page
    assert computed == 1


@pytest.mark.parametrize("content", [b"", b"{not json", b'{"key": {}}\n[]'])
def test_an_unreadable_summary_is_ignored(folder, monkeypatch, content):
    (folder / KEPT_FILE).write_bytes(content)
    status, page, computed = _first_amounts_page(folder, monkeypatch)
    assert status == 200 and "2018" in page
    assert computed == 1


def test_the_rows_for_other_groupings_are_made_in_the_background_after_it(folder, monkeypatch):
    monkeypatch.setattr(summaries, "BASIS_DELAY", 0.0)
    with TestClient(create_app(folder), base_url=BASE) as client:
        client.app.state.preparing.join(30)
        loads: list[int] = []
        real_load = summaries.load_rows

        def counting_load(archive):
            loads.append(1)
            return real_load(archive)

        monkeypatch.setattr(summaries, "load_rows", counting_load)
        response = client.get("/amounts?by=district")
    assert response.status_code == 200 and "Bromma" in response.text
    assert loads == []
