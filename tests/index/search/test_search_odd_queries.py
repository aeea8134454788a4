"""Odd queries a user types: operators alone, a field without a value, a large fuzzy distance,
an ambiguous section."""

from __future__ import annotations

import pytest

from bilagor.extractor.errors import QueryError
from bilagor.index.search.query import fuzzy_distance_cap, resolve_section


def keys(corpus, query, **filters):
    archive, key_of = corpus
    return [key_of[h.id] for h in archive.search(query, limit=50, **filters).hits]


@pytest.mark.parametrize("query", ["AND", "NOT", "OR", "AND OR NOT", "(NOT)", "REQUIRE", ":", "~"])
def test_a_query_of_no_searchable_word_is_the_same_usage_error(corpus, query):
    with pytest.raises(QueryError, match="inga sökbara ord"):
        keys(corpus, query)


@pytest.mark.parametrize(
    "query, field", [("år:", "år"), ("kameror stadsdel:", "stadsdel"), ("organisation: kameror", "organisation")]
)
def test_a_field_without_a_value_names_the_field(corpus, query, field):
    with pytest.raises(QueryError, match=f"fältet '{field}:' saknar värde"):
        keys(corpus, query)


def test_a_field_with_its_value_still_searches(corpus):
    assert keys(corpus, "år:2016 belysning")
    assert keys(corpus, "S:t Erik")  # "S:" is no field


@pytest.mark.parametrize(
    "word, cap", [("kam", 1), ("kamera", 1), ("kameror", 1), ("trygghet", 2), ("kamerabevakning", 2)]
)
def test_the_fuzzy_distance_grows_with_the_word_and_stops_at_two(word, cap):
    assert fuzzy_distance_cap(word) == cap


def test_a_large_fuzzy_distance_does_not_match_every_report(corpus):
    everything = keys(corpus, "år:[2000 TO 2100]")
    capped = keys(corpus, "kameror~9")
    assert capped and len(capped) < len(everything)
    assert set(capped) == set(keys(corpus, "kameror~1"))


def test_an_ambiguous_section_says_so_with_its_candidates():
    with pytest.raises(QueryError, match=r"avsnittet 'p' kan vara: plats, projektnamn"):
        resolve_section("p", ["avvikelser", "plats", "projektnamn"])
    with pytest.raises(QueryError, match="okänt avsnitt 'x'"):
        resolve_section("x", ["avvikelser", "plats", "projektnamn"])
