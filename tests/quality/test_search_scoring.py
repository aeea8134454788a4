"""The shared scoring of the judged search query sets (tests/search_scoring.py), on a stand-in archive."""

from __future__ import annotations

from types import SimpleNamespace

from search_scoring import per_class, score

from bilagor.extractor.errors import QueryError


class _Archive:
    """Answers each query with the ids in `answers`; a query missing from it is refused."""

    def __init__(self, answers: dict[str, list[str]]) -> None:
        self.answers = answers

    def search(self, query, limit, **filters):
        if query not in self.answers:
            raise QueryError(f"okänt filter {filters}")
        return SimpleNamespace(hits=[SimpleNamespace(id=i) for i in self.answers[query][:limit]])


def test_recall_rank_refused_queries_and_misses():
    archive = _Archive({"a": ["1", "2"], "b": ["3", "1"]})
    key_of = {"1": "k1", "2": "k2", "3": "k3"}
    judged = [
        ("a", {}, {"k1"}, "x"),  # perfect
        ("b", {}, {"k1", "k2"}, "x"),  # half found, first relevant at rank 2
        ("c", {"district": "Mars"}, {"k3"}, "y"),  # refused: finds nothing
    ]
    misses = []
    rows, recall, mrr = score(archive, key_of, judged, misses)
    assert rows == [("a", "x", 1.0, 1.0), ("b", "x", 0.5, 0.5), ("c", "y", 0.0, 0.0)]
    assert (recall, mrr) == (0.5, 0.5)
    assert [m[0] for m in misses] == ["b", "c"]
    assert misses[0][3] == ["k2"] and misses[1][2][0].startswith("(refused: ")
    assert per_class(rows, ("x", "y", "z")) == {"x": (2, 0.75, 0.75), "y": (1, 0.0, 0.0), "z": (0, 0.0, 0.0)}
