"""`bilagor serve` begins the amounts page's summary before its web app is built (start_preparing),
and the app serves that summary: its first visitor never computes it again."""

from __future__ import annotations

import dataclasses
import warnings

import pytest

pytest.importorskip("starlette")
from amounts_before_basis import detail_rows_before  # noqa: E402
from factories import build_archive, make_report  # noqa: E402

from bilagor.cli.web import summaries  # noqa: E402
from bilagor.cli.web.app import create_app  # noqa: E402
from bilagor.cli.web.pages import amounts_request  # noqa: E402
from bilagor.cli.web.summaries import DEFAULT_ARGS, start_preparing  # noqa: E402
from bilagor.index.reports.amounts import (  # noqa: E402
    DetailRow,
    ReportRow,
    SummaryBasis,
    _detail_fields,
    load_rows,
)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient


def test_the_prepared_arguments_are_the_amounts_page_without_parameters():
    assert amounts_request({}) == DEFAULT_ARGS


def test_the_app_serves_the_summary_prepared_before_it_was_built(tmp_path, monkeypatch):
    folder = build_archive(tmp_path / "arkiv")
    prepared = start_preparing(folder)
    prepared.thread.join(30)

    def not_again(*args, **kwargs):
        raise AssertionError("the amounts page computed its summary again")

    monkeypatch.setattr(summaries, "summarise_archive", not_again)
    with TestClient(create_app(folder, prepared=prepared), base_url="http://127.0.0.1") as client:
        assert client.app.state.preparing is prepared.thread
        response = client.get("/amounts")
    assert response.status_code == 200 and "2018" in response.text


def test_detail_fields_are_the_detail_rows_fields(tmp_path):
    from bilagor.index.archive import Archive

    with Archive.open(tmp_path / "arkiv", writable=True) as archive:
        archive.add([make_report("a"), make_report("b", stage="delredovisning", year=2017)])
        basis = SummaryBasis(*load_rows(archive)).complete()
    names = {f.name for f in dataclasses.fields(DetailRow)}
    for index, report in enumerate(basis.reports):
        assert isinstance(report, ReportRow)
        facts = basis.facts(index)
        made = detail_rows_before(report, facts.amounts, facts.figures, ("g",), facts.replaced_by, None)
        fields = _detail_fields(report, facts)
        assert [{**f, "groups": ("g",)} for _, f in fields] == [vars(row) for row in made]
        assert all(set(f) | {"groups"} == names for _, f in fields)
