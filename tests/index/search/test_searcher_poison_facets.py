"""Facets over an index of several segments where some segments lack a column."""

from __future__ import annotations

from factories import make_report

from bilagor.index.archive import Archive


def _archive(tmp_path):
    # Each add() is one commit, one segment: the first segments have no
    # district, no year, no amounts at all (so no column for them).
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add([make_report("a", district=None, district_today=None, year=None, amounts=[])])
        archive.add([make_report("b", district=None, district_today=None)])
        archive.add([make_report("c"), make_report("d", district="Södermalm", district_today="Södermalm", year=2020)])
        archive.add([make_report("e", year=None, amounts=[])])
        assert len(archive.search_index.searcher().reader().leaf_readers()) > 1
    return tmp_path


def test_facets_count_each_segment_right(tmp_path):
    with Archive.open_for_reading(_archive(tmp_path)) as archive:
        results = archive.search("kameraövervakning")
    assert results.total == 5
    assert results.facets["district"] == {"Norrmalm": 2, "Södermalm": 1}
    assert results.facets["year"] == {"2018": 2, "2020": 1}


def test_sort_by_year_and_filters_over_segments(tmp_path):
    with Archive.open_for_reading(_archive(tmp_path)) as archive:
        by_year = archive.search("kameraövervakning", sort="year", limit=None)
        assert by_year.hits[0].year == 2020
        assert by_year.total == 5
        assert archive.search("kameraövervakning", district="Norrmalm").facets["district"] == {"Norrmalm": 2}
        assert archive.search("kameraövervakning", year="2018").facets["year"] == {"2018": 2}


def test_a_report_without_a_year_beside_dated_ones_is_no_year_in_the_facets(tmp_path):
    # In one segment the year column holds Whoosh's default for a report without a year: it was counted as
    # "2147483647", shown in search's year counts and in "arkivet har rapporter från 2015–2147483647".
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add([make_report("a", year=2015), make_report("b", year=None), make_report("c", year=2018)])
    with Archive.open_for_reading(tmp_path) as archive:
        results = archive.search(None)
    assert results.total == 3
    assert results.facets["year"] == {"2015": 1, "2018": 1}
