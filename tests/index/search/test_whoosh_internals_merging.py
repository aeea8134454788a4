"""Segment merging by size class: few segments, each document merged seldom, none lost or doubled."""

from factories import make_report

from bilagor.index.search import _whoosh_internals
from bilagor.index.search._whoosh_internals import MERGE_FACTOR, segments_to_merge, size_class
from bilagor.index.search.schema import SearchIndex


def test_size_classes_are_powers_of_the_factor():
    assert [size_class(n) for n in (1, 9, 10, 99, 100, 250, 999, 1000, 2500)] == [0, 0, 1, 1, 2, 2, 2, 3, 3]


def test_merges_a_full_size_class_and_nothing_larger():
    assert segments_to_merge([250] * (MERGE_FACTOR - 1) + [2500]) == []
    assert segments_to_merge([2500] + [250] * MERGE_FACTOR) == list(range(1, MERGE_FACTOR + 1))
    # The smallest full class goes first; a large segment is never copied with small ones.
    counts = [3000] * MERGE_FACTOR + [40] * MERGE_FACTOR
    assert segments_to_merge(counts) == list(range(MERGE_FACTOR, 2 * MERGE_FACTOR))


def segment_sizes(index: SearchIndex) -> list[int]:
    return sorted(segment.doc_count() for segment in index._open()._segments())


def test_many_small_updates_keep_few_segments_and_every_document_once(tmp_path, monkeypatch):
    monkeypatch.setattr(_whoosh_internals, "MERGE_FACTOR", 3)
    index = SearchIndex(tmp_path / "whoosh")
    reports = [make_report(f"r{i}") for i in range(20)]
    for start in range(0, 20, 2):  # ten commits of two documents
        index.update(reports[start : start + 2])
    index.update([reports[0]])  # a replaced document stays once
    sizes = segment_sizes(index)
    assert sum(sizes) == 20
    # Without merging there would be eleven segments; by classes of three: 2+2 -> 6, 6+6+6 -> 18.
    assert len(sizes) < 6
    with index.searcher() as searcher:
        ids = [fields["id"] for fields in searcher.reader().all_stored_fields()]  # skips deleted ones
    assert sorted(ids) == sorted(r.id for r in reports)
