"""The search tests' own small archives: a test module's REPORTS (key -> a report's result text) stored and searched."""

from __future__ import annotations

import pytest

from search_corpus import searching, text_report


@pytest.fixture(scope="module")
def search(request, tmp_path_factory):
    """found(query, **filters) (search_corpus.searching) over the test module's REPORTS, each report made by the
    module's `_report(key, text)`, else by search_corpus.text_report."""
    reports = _reports(request.module)
    with searching(tmp_path_factory.mktemp(_name(request.module)), reports) as found:
        yield found


@pytest.fixture(scope="module")
def archive(request, tmp_path_factory):
    """The test module's REPORTS stored as `search` stores them, the archive opened for reading, and each report's
    key by its id."""
    from bilagor.index.archive import Archive

    reports = _reports(request.module)
    folder = tmp_path_factory.mktemp(_name(request.module))
    with searching(folder, reports):
        pass
    key_of = {r.id: key for key, r in reports.items()}
    with Archive.open_for_reading(folder) as opened:
        yield opened, key_of


def _reports(module) -> dict:
    make = getattr(module, "_report", text_report)
    return {key: make(key, text) for key, text in module.REPORTS.items()}


def _name(module) -> str:
    return module.__name__.rpartition(".")[2]
