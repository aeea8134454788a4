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
