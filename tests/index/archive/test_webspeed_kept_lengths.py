"""A server's kept searcher reads field lengths once, and ranks exactly as a fresh searcher does."""

import pytest

from bilagor.index.archive import Archive
from bilagor.index.archive.live import LiveArchive
from bilagor.index.search._whoosh_internals import LengthsReader
from search_corpus import build_archive

QUERIES = ["trygghet", "belysning park", "år:[2016 TO 2019] trygghet", "kamera OR belysning", "org:polisen"]


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    build_archive(folder)
    return folder


def test_the_kept_searcher_ranks_as_a_fresh_one(folder):
    live = LiveArchive(folder)
    try:
        kept = live.get()
        for _ in range(2):  # the second time from the lengths kept by the first
            for query in QUERIES:
                with Archive.open_for_reading(folder) as fresh:
                    expected = fresh.search(query, limit=20).to_dict()
                assert kept.search(query, limit=20).to_dict() == expected, query
                assert expected["hits"] and any(h["score"] for h in expected["hits"])
    finally:
        live.close()


def test_the_kept_searcher_remembers_the_lengths_it_read(folder):
    live = LiveArchive(folder)
    try:
        archive = live.get()
        archive.search("trygghet")
        with archive.search_index.searcher() as searcher:
            leaves = [leaf for leaf, _ in searcher.reader().leaf_readers()]
        assert leaves and all(isinstance(leaf._perdoc, LengthsReader) for leaf in leaves)
        assert any(leaf._perdoc._lengths for leaf in leaves)
    finally:
        live.close()
