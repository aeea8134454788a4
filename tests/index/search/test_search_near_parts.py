"""A typed compound whose part is a near-term of the part a report writes: the split searches the near-term too
("knarkhandel" finds "narkotikahandeln", "frisbeegolf-" is "discgolf-"), the thesaurus being otherwise looked up for
whole words only."""

from __future__ import annotations

from bilagor.index.search.compounds import near_words, split_against
from bilagor.index.search.query import _stem


def _index_of(*words: str):
    """An `indexed_term` over an index that holds exactly `words` (by their stems)."""
    held = {_stem(word) for word in words}

    def indexed_term(word: str, whole: bool = False) -> str | None:
        term = _stem(word)
        return term if term in held else None

    return indexed_term


def test_a_parts_near_terms_come_from_the_thesaurus_by_its_stem():
    assert set(near_words("knark", _stem)) == {"narkotika", "drog"}
    assert near_words("frisbeegolf", _stem) == ("discgolf",)
    assert near_words("belysning", _stem) == ()


def test_a_first_part_no_report_holds_is_searched_as_its_near_term():
    parts = split_against("knarkhandel", _index_of("narkotika", "handel"), _stem)
    assert parts == [[_stem("narkotika")], [_stem("handel")]]
    # Without a near-term in the index the word stays whole, as before.
    assert split_against("knarkhandel", _index_of("handel"), _stem) is None


def test_a_part_the_index_holds_keeps_its_own_term_first_and_adds_the_near_term():
    parts = split_against("tjejgrupp", _index_of("tjej", "flicka", "grupp"), _stem)
    assert parts == [[_stem("tjej"), _stem("flicka")], [_stem("grupp")]]


def test_a_last_part_no_report_holds_is_searched_as_its_near_term():
    parts = split_against("nattdagis", _index_of("natt", "förskola"), _stem)
    assert parts == [[_stem("natt")], [_stem("förskola")]]
