"""The filter keywords of a search (year, district, org, section) are defined once
(bilagor.index.filters.SearchFilters) and passed through, not repeated per function."""

from __future__ import annotations

import inspect
import typing

import pytest

from factories import make_report

from bilagor.index.archive import Archive
from bilagor.index.filters import SearchFilters
from bilagor.index.search import facets, searcher


def test_the_filters_are_one_typed_dict():
    assert set(typing.get_type_hints(SearchFilters)) == {"year", "district", "org", "section", "file_number"}


@pytest.mark.parametrize(
    "function",
    [
        Archive.search,
        Archive.matching_ids,
        searcher.search,
        searcher.matching_ids,
        searcher.parse_query,
        facets.matching_ids_unranked,
    ],
)
def test_search_functions_take_the_filters_as_one_keyword_set(function):
    parameters = inspect.signature(function).parameters
    assert not {"year", "district", "org", "section"} & set(parameters)
    (rest,) = [p for p in parameters.values() if p.kind is inspect.Parameter.VAR_KEYWORD]
    assert rest.name == "filters"


def test_the_filters_still_work_as_keywords(tmp_path):
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add([make_report("a", year=2018), make_report("b", year=2020)])
    with Archive.open_for_reading(tmp_path) as archive:
        assert len(archive.search("kameraövervakning", year="2018", district="Norrmalm").hits) == 1
        assert len(archive.matching_ids(None, year="2019-20", org="Polisen")) == 1
        assert len(archive.search(None, section="ekonomiskt utfall", limit=None).hits) == 2
