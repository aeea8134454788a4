"""The few domain synonyms: a query word in any common form also searches the others' base words, weighted lower."""

from __future__ import annotations

import pytest
from whoosh import query as wq

from bilagor.index.search.analysis import stemmed_analyzer
from bilagor.index.search.query import with_synonyms
from bilagor.index.search.synonyms import SYNONYM_WEIGHT


def _term(word: str, field: str = "content") -> wq.Term:
    (text,) = [t.text for t in stemmed_analyzer()(word, mode="query")]
    return wq.Term(field, text)


@pytest.mark.parametrize(
    ("typed", "other"),
    [("lekparken", "lekplats"), ("graffiti", "klotter"), ("cykelbanor", "cykelväg")],
)
def test_a_synonym_in_any_form_also_searches_the_others_base_word(typed, other):
    expanded = with_synonyms(_term(typed))
    assert isinstance(expanded, wq.Or)
    own, *others = expanded.subqueries
    assert own == _term(typed)
    assert [(q.fieldname, q.text, q.boost) for q in others] == [("content", _term(other).text, SYNONYM_WEIGHT)]


def test_camera_surveillance_and_surveillance_cameras_are_one_group():
    # A journalist's "trygghetskameror" is the reports' "kameraövervakning": one topic, four words.
    group = ("kameraövervakning", "kamerabevakning", "övervakningskamera", "trygghetskamera")
    for typed in ("trygghetskameror", "kamerabevakning", "övervakningskamerorna"):
        expanded = with_synonyms(_term(typed))
        searched = {q.text for q in expanded.subqueries}
        assert {_term(word).text for word in group} <= searched


def test_other_words_and_unstemmed_fields_are_left_alone():
    assert with_synonyms(_term("belysning")) == _term("belysning")
    assert with_synonyms(wq.Term("district", "lekpark")) == wq.Term("district", "lekpark")


@pytest.mark.parametrize("typed", ["vandaliserad", "vandaliseras", "vandaliserades"])
def test_a_verb_form_whose_derived_noun_is_a_near_term_searches_the_group(typed):
    # "vandaliserad" has the derived noun "vandalisering", a near-term of "skadegörelse": a report that only
    # writes "skadegörelse" is found too, weighted as a near-term.
    term = _term(typed)
    expanded = with_synonyms(term, {term.text: {typed}})
    assert isinstance(expanded, wq.Or)
    own, *others = expanded.subqueries
    assert own == term
    assert (_term("skadegörelse").text, SYNONYM_WEIGHT) in {(q.text, q.boost) for q in others}


def test_a_verb_form_whose_derived_noun_is_no_near_term_is_left_alone():
    # "renoverad" is "renovering", "belyst" "belysning": neither is in the thesaurus.
    for typed in ("renoverad", "belyst"):
        term = _term(typed)
        assert with_synonyms(term, {term.text: {typed}}) == term


@pytest.mark.parametrize(
    ("typed", "others"),
    [
        ("frisbeegolf", {"discgolf"}),
        ("sommarjobben", {"feriearbete", "feriejobb"}),
        ("rondellen", {"cirkulationsplats"}),
        ("bordtennis", {"pingis"}),
    ],
)
def test_two_names_of_one_sport_place_or_job_find_each_other(typed, others):
    term = _term(typed)
    expanded = with_synonyms(term, {term.text: {typed}})
    assert isinstance(expanded, wq.Or)
    own, *rest = expanded.subqueries
    assert own == term
    assert {(q.text, q.boost) for q in rest} == {(_term(other).text, SYNONYM_WEIGHT) for other in others}


@pytest.mark.parametrize(
    ("typed", "other"),
    [("halka", "hal"), ("hala", "halka"), ("halkan", "hal"), ("värmen", "varm"), ("trängseln", "trång")],
)
def test_an_adjective_and_the_noun_of_its_state_find_each_other_where_they_stem_apart(typed, other):
    # "hala gångvägar" is a report about "halka", though the stemmer makes the one "hal", the other "halk".
    term = _term(typed)
    assert _term(other).text != term.text
    expanded = with_synonyms(term, {term.text: {typed}})
    assert isinstance(expanded, wq.Or)
    assert (_term(other).text, SYNONYM_WEIGHT) in {(q.text, q.boost) for q in expanded.subqueries[1:]}
