"""search(offset=): a later page's hits, with snippets made only for them."""

import pytest

from bilagor.extractor.errors import QueryError
from bilagor.index.search import searcher as searcher_module
from bilagor.index.search.searcher import search
from search_corpus import corpus  # noqa: F401  (the fixture)


def test_an_offset_gives_the_same_hits_as_slicing_the_first_ones(corpus):  # noqa: F811
    archive, _ = corpus
    everything = search(archive, "trygghet", limit=12)
    assert everything.total > 12
    later = search(archive, "trygghet", limit=12, offset=5)
    assert [h.to_dict() for h in later.hits] == [h.to_dict() for h in everything.hits[5:]]
    assert (later.total, later.facets) == (everything.total, everything.facets)


def test_snippets_are_made_only_for_the_hits_returned(corpus, monkeypatch):  # noqa: F811
    archive, _ = corpus
    made = []
    real = searcher_module.best_snippet

    def counting(*args, **kwargs):
        made.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(searcher_module, "best_snippet", counting)
    results = search(archive, "trygghet", limit=30, offset=20)
    assert len(results.hits) == len(made) == 10


def test_a_negative_offset_is_a_query_error(corpus):  # noqa: F811
    archive, _ = corpus
    with pytest.raises(QueryError, match="offset"):
        search(archive, "trygghet", offset=-1)
