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


def _camera_report(seed: str, text: str):
    from bilagor.extractor.record import Section

    return make_report(
        seed,
        project="Trygghetsåtgärd",
        sections=[
            Section("projektnamn", "Projektnamn", "Trygghetsåtgärd", 1),
            Section("slutresultat", "Slutresultat", text, 1),
        ],
    )


def test_a_page_marks_the_words_its_search_found_for_a_compound_no_report_holds(tmp_path):
    # No report writes "trygghetskameror": the search splits it into "trygghet" and "kamera" and
    # finds the report; the report's page opened from that hit must mark the same words.
    from bilagor.index.search.searcher import search

    text = "Sex kameror sattes upp för att öka tryggheten vid torget."
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add([_camera_report("split", text)])
        found = search(archive, "trygghetskameror")
        assert found.total == 1 and "**kameror**" in found.hits[0].snippet
        stemmed, folded = query_terms(archive, "trygghetskameror")
        words = text.split()
        assert matching_words(words, stemmed, folded) == [words.index("kameror"), words.index("tryggheten")]
