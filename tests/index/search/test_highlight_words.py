"""Which words of a page a query highlights (bilagor serve's page images)."""

from __future__ import annotations

from factories import make_report

from bilagor.index.archive import Archive
from bilagor.index.search.highlight import matching_words, query_terms


def test_words_matching_stems_compounds_and_folded_forms():
    words = ["Kameror", "sattes", "upp.", "Kameraövervakning,", "trygghetsbelysning", "och", "Sodermalm"]
    assert matching_words(words, {"kamer"}, set()) == [0, 3]  # the stem, and inside the compound, as snippets mark
    assert matching_words(words, {"belysning"}, set()) == [4]  # a part of a compound
    assert matching_words(words, set(), {"sodermalm"}) == [6]
    assert matching_words(words, set(), set()) == []


def test_query_terms_come_from_the_index(tmp_path):
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add([make_report("terms")])
        stemmed, folded = query_terms(archive, "kameraövervakning år:2018")
        assert stemmed and all("2018" not in t for t in stemmed | folded)  # field filters are not words
        words = "Kameraövervakning vid Sergels torg".split()
        assert matching_words(words, stemmed, folded) == [0]
        assert query_terms(archive, "") == (set(), set())
