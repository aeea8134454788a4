"""The set-based match listing (docsets.matching_docnums) finds exactly what Whoosh's docs_for_query finds.

Over the search corpus stored in several batches (several index segments)
with some reports stored again (deleted documents in the older segments),
for fixed queries of every shape the parser makes and for generated ones.
"""

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh import query as wq

from bilagor.extractor.errors import QueryError
from bilagor.index.archive import Archive
from bilagor.index.search.docsets import matching_docnums
from bilagor.index.search.facets import matching_ids_unranked, stored_ids
from bilagor.index.search.searcher import parse_query, search
from search_corpus import corpus_reports

FIXED = [
    "kameraövervakning",
    "belysning park",
    "belysning OR kamera",
    "trygghet NOT belysning",
    "trygghet ANDNOT belysning",
    "trygghet ANDMAYBE belysning",
    "trygghet REQUIRE belysning",
    "(kamera OR belysning) AND NOT park",
    '"trygghet i parken"',
    "kamer*",
    "bel?sning",
    "år:[2016 TO 2019] trygghet",
    "år:[2018 TO]",
    "år:2018",
    "år:>2017",
    "stadsdel:norrmalm",
    "stadsdel:norrmalm kameror",
    "org:polisen",
    "budget:>1000000",
    "utfall:[100000 TO 900000]",
    "projekt:belysning",
    "avsnitt:avvikelser försenad",
    "skede:slutredovisning",
    "fil:*a*",
    "titel:*",
    "*",
    "",
    "zzzyxq",
]
WORDS = ["kamera", "belysning", "trygghet", "park", "polisen", "torg", "buskage", "röjning", "skola", "försenad"]
FILTERS = ["", "år:[2016 TO 2019]", "år:2018", "stadsdel:norrmalm", "org:polisen", "budget:>500000", "kamer*"]


@pytest.fixture(scope="module")
def segmented(tmp_path_factory):
    """The corpus in three commits, then a third of it stored again with other text."""
    folder = tmp_path_factory.mktemp("segmented")
    reports = list(corpus_reports().values())
    with Archive.open(folder, writable=True) as archive:
        for start in range(0, len(reports), len(reports) // 3 + 1):
            archive.add(reports[start : start + len(reports) // 3 + 1])
        archive.add([replace(r, location="Ny plats vid torget", year=2021) for r in reports[::3]])
    with Archive.open_for_reading(folder) as archive:
        with archive.search_index.searcher() as searcher:
            assert len(searcher.reader().leaf_readers()) > 1 and searcher.reader().has_deletions()
            yield archive, searcher


def whoosh_docnums(searcher, q) -> set[int]:
    return set(searcher.docs_for_query(q))


def both(searcher, text: str) -> tuple[set[int], set[int]] | None:
    try:
        parsed = parse_query(searcher, text)
    except QueryError:
        return None
    q = wq.And([parsed.query, parsed.filter]) if parsed.filter else parsed.query
    return matching_docnums(searcher, q), whoosh_docnums(searcher, q)


@pytest.mark.parametrize("text", FIXED)
def test_fixed_queries_match_the_same_documents(segmented, text):
    _, searcher = segmented
    found = both(searcher, text)
    assert found is not None, text
    ours, whooshs = found
    assert ours == whooshs


def _query_objects():
    term, other = wq.Term("content", "trygg"), wq.Term("content", "belysning")
    return [
        wq.AndNot(term, other),
        wq.AndMaybe(term, other),
        wq.Require(term, other),
        wq.And([term, wq.Not(other)]),
        wq.And([wq.Not(term), wq.Not(other)]),
        wq.Not(term),
        wq.Or([]),
        wq.And([]),
        wq.Every(),
        wq.Every("title"),
        wq.Wildcard("title", "*"),
        wq.Prefix("content", ""),
        wq.Regex("content", ".*"),
        wq.Prefix("content", "bely"),
        wq.TermRange("district", "a", "m"),
        wq.NumericRange("year", None, 2018),
        wq.NumericRange("year", 2017, None, constantscore=False),
        wq.DisjunctionMax([term, other]),
        wq.Term("no_such_field", "x"),
        wq.Term("year", "not a number"),
        wq.NullQuery,
        wq.Phrase("content", ["trygg", "i"]),
    ]


@pytest.mark.parametrize("index", range(len(_query_objects())))
def test_every_kind_of_query_node_matches_the_same_documents(segmented, index):
    _, searcher = segmented
    q = _query_objects()[index]
    assert matching_docnums(searcher, q) == whoosh_docnums(searcher, q), q


def test_the_fixed_queries_are_not_all_trivial(segmented):
    _, searcher = segmented
    sizes = {len(both(searcher, text)[1]) for text in FIXED}
    assert len(sizes) > 8  # many different, non-empty answers: the comparison means something


clause = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(WORDS).map(lambda w: w[:4] + "*"),
    st.sampled_from(FILTERS[1:]),
)
query_text = st.recursive(
    clause,
    lambda inner: st.one_of(
        st.tuples(inner, inner).map(" ".join),
        st.tuples(inner, inner).map(lambda ab: f"({ab[0]} OR {ab[1]})"),
        st.tuples(inner, inner).map(lambda ab: f"({ab[0]} AND NOT {ab[1]})"),
        st.tuples(st.sampled_from(WORDS), st.sampled_from(WORDS)).map(lambda ab: f'"{ab[0]} {ab[1]}"'),
    ),
    max_leaves=6,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=query_text)
def test_generated_queries_match_the_same_documents(segmented, text):
    _, searcher = segmented
    found = both(searcher, text)
    if found is not None:
        assert found[0] == found[1], text


@pytest.mark.parametrize("text", ["belysning", "år:[2016 TO 2019] trygghet", "kamera OR belysning"])
def test_search_totals_and_facets_count_whooshs_matches(segmented, text):
    archive, searcher = segmented
    parsed = parse_query(searcher, text)
    expected = whoosh_docnums(searcher, parsed.query)
    results = search(archive, text, limit=3)
    assert results.total == len(expected) > 3
    assert sum(results.facets["year"].values()) == len(expected)  # every corpus report has a year


def test_unranked_ids_are_the_ranked_ones(segmented):
    archive, _ = segmented
    for text in ("belysning", "år:[2016 TO 2019] trygghet", "org:polisen"):
        assert sorted(matching_ids_unranked(archive, text)) == sorted(archive.matching_ids(text))


def test_stored_ids_are_read_once_per_reader_and_stay_right(segmented):
    _, searcher = segmented
    reader = searcher.reader()
    docnums = sorted(whoosh_docnums(searcher, parse_query(searcher, "trygghet").query))
    expected = [reader.stored_fields(d)["id"] for d in docnums]
    assert stored_ids(reader, docnums) == expected
    assert stored_ids(reader, reversed(docnums)) == expected[::-1]  # from what was kept
