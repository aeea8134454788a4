"""IndexTermsAnalyzer: the analysis chains run once per distinct token text give
exactly the tokens the chains give (texts and positions), at index time."""

import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from bilagor.index.search.analysis import IndexTermsAnalyzer, folded_analyzer, stemmed_analyzer

SWEDISH = (
    "Kameraövervakningen vid S:t Eriks torg och Södermalms tunnelbana kostade 1 650 000 kr, "
    "ca 2,6 mnkr samt 1\u00a0842\u202f000 kr (dnr 1.5.3-219-2019). Trygghetsbelysning i gångtunneln "
    "för att öka tryggheten; det är inte ALLTID så att torget och projektet blev klart 2018 200 kameror. "
    "Överenskommelsen med AB Stokab: för och för, å ä ö Å Ä Ö, é, 12:30, år 2019 2020."
)
WORDS = [
    "och",
    "i",
    "för",
    "det",
    "att",
    "är",
    "inte",
    "vid",
    "på",
    "med",
    "en",
    "som",
    "Torget",
    "torget",
    "tunneln",
    "projektet",
    "området",
    "kameror",
    "Kamerorna",
    "kameraövervakning",
    "KAMERAÖVERVAKNINGEN",
    "trygghetsbelysning",
    "gångtunnlarna",
    "Södermalm",
    "sodermalm",
    "S:t",
    "s:t",
    "Eriks",
    "café",
    "1 650 000",
    "1\u00a0842 000",
    "2,6",
    "1.5.3",
    "2018",
    "200",
    "12:30",
    "ca",
    "mnkr",
    "kr",
    "AB",
]
SEPARATORS = [" ", "  ", ", ", ". ", "\n", "\n\n", "-", "/", " (", ") ", ": ", "\u00a0", "\u2009"]


def chain_tokens(chain, text):
    return [(t.text, t.pos) for t in chain(text, mode="index", positions=True, boosts=True)]


def fused_tokens(analyzer, text):
    return [(t.text, t.pos) for t in analyzer(text, mode="index", positions=True, boosts=True)]


def test_a_swedish_text_gives_the_chains_tokens():
    for make in (stemmed_analyzer, folded_analyzer):
        expected = chain_tokens(make(), SWEDISH)
        assert fused_tokens(IndexTermsAnalyzer(make()), SWEDISH) == expected
        assert len(expected) > 40


def test_stop_words_take_no_position_and_variants_share_one():
    got = fused_tokens(IndexTermsAnalyzer(stemmed_analyzer()), "och trygghetsbelysning och i torget")
    assert [pos for _, pos in got if _ in ("trygghetsbelysning", "trygg", "belysning")] == [1, 1, 1]
    assert ("torg", 2) in got and ("torget", 2) in got


swedish_texts = st.lists(st.sampled_from(WORDS), max_size=40).flatmap(
    lambda words: st.lists(st.sampled_from(SEPARATORS), min_size=len(words), max_size=len(words)).map(
        lambda seps: "".join(w + s for w, s in zip(words, seps))
    )
)


@settings(max_examples=200, deadline=None)
@given(st.one_of(swedish_texts, st.text(max_size=80)), st.integers(min_value=1, max_value=8))
def test_any_text_gives_the_chains_tokens(text, cache_size):
    # A tiny cache evicts all the time: the terms must not depend on what is cached.
    for make in (stemmed_analyzer, folded_analyzer):
        assert fused_tokens(IndexTermsAnalyzer(make(), cache_size=cache_size), text) == chain_tokens(make(), text)


def test_other_calls_go_to_the_chain():
    fused, chain = IndexTermsAnalyzer(stemmed_analyzer()), stemmed_analyzer()
    for kwargs in (
        {"mode": "query"},
        {"mode": "index", "chars": True, "positions": True},
        {"mode": "index", "removestops": False},
    ):
        got = [
            (t.text, t.pos if "positions" in kwargs else None, getattr(t, "startchar", None))
            for t in fused(SWEDISH, **kwargs)
        ]
        want = [
            (t.text, t.pos if "positions" in kwargs else None, getattr(t, "startchar", None))
            for t in chain(SWEDISH, **kwargs)
        ]
        assert got == want


def test_pickles_without_its_cache():
    analyzer = IndexTermsAnalyzer(stemmed_analyzer())
    fused_tokens(analyzer, SWEDISH)
    assert analyzer.token_terms.cache_info().currsize > 0
    assert "token_terms" not in analyzer.__getstate__()
    copy = pickle.loads(pickle.dumps(analyzer))
    assert copy == analyzer
    assert fused_tokens(copy, SWEDISH) == chain_tokens(stemmed_analyzer(), SWEDISH)


def test_cache_is_bounded():
    analyzer = IndexTermsAnalyzer(folded_analyzer(), cache_size=10)
    fused_tokens(analyzer, " ".join(f"ord{i}x" for i in range(100)))
    assert analyzer.token_terms.cache_info().currsize == 10


def test_copies_of_one_chain_share_a_cache():
    # Every index writer unpickles the schema again: its analyzers must not start cold.
    first = IndexTermsAnalyzer(folded_analyzer(), cache_size=123)
    fused_tokens(first, "kameraövervakning vid torget")
    again = pickle.loads(pickle.dumps(IndexTermsAnalyzer(folded_analyzer(), cache_size=123)))
    assert again.token_terms is first.token_terms
    assert again.token_terms is not IndexTermsAnalyzer(stemmed_analyzer(), cache_size=123).token_terms
