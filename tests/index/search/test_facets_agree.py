"""The web's unranked id listing (facet counts) parses queries exactly as the search does."""

from __future__ import annotations

import pytest
from web_archive import build_examples_archive

from bilagor.index.archive import Archive
from bilagor.index.search.facets import matching_ids_unranked


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder, _ = build_examples_archive(tmp_path_factory.mktemp("facets"))
    with Archive.open_for_reading(folder) as opened:
        yield opened


@pytest.mark.parametrize(
    "query, options",
    [
        (None, {"org": "Polismyndigheten"}),  # an alias the gazetteer knows
        ("torget", {}),  # a definite place form, searched as its base word too
        ("kameraövervakning", {"district": "Norra innerstaden"}),
    ],
)
def test_unranked_ids_equal_the_searchs_matches(archive, query, options):
    ranked = archive.matching_ids(query, **options)
    assert ranked, "the example archive should match"
    assert sorted(matching_ids_unranked(archive, query, **options)) == sorted(ranked)
