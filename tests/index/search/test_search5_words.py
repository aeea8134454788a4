"""Search's own misses, fifth round (issue #12): compound parts, inflections, derivations, synonyms.

Compound parts by general rules: a three-letter modifier or head that is a
common word ("kodlås", "nätstängsel"), a modifier that drops its -a or -e
or turns it into -e before an inflected head ("trappräcken", "lyktstolpar",
"tunnelbaneuppgångarna"), the tail of a three-part compound ("rastgården" in
"hundrastgården"). Every inflection of a word finds every other, also where
the Swedish stemmer strips a base that ends like an ending ("promenad" /
"promenaden", "installerade" / "installerats"). A noun finds the verb a
report uses ("beställning" finds "beställdes"), ranked below the noun itself.
"""

from __future__ import annotations

from functools import partial

import pytest

from search_corpus import index_terms, named_report, query_term


@pytest.mark.parametrize(
    "word, part",
    [
        ("kodlås", "lås"),  # two common three-letter words, the whole unknown
        ("kodlås", "kod"),
        ("nätstängsel", "stängsel"),  # a three-letter modifier off any list
        ("nätstängsel", "nät"),
        ("trappräcken", "trappa"),  # dropped -a
        ("trappräcken", "räcke"),  # an -e word's plural as the head
        ("halkskydd", "halka"),
        ("lyktstolpar", "stolpe"),  # -ar plural of an -e word
        ("lyktstolpar", "lykta"),
        ("tunnelbaneuppgångarna", "tunnelbana"),  # -e for -a
        ("promenadstråken", "promenad"),  # a head with a definite ending
        ("hundrastgården", "rastgården"),  # the tail of a split in three
    ],
)
def test_a_compound_is_found_by_its_part(word, part):
    assert query_term(part) in index_terms(word)


@pytest.mark.parametrize(
    "word, wrong",
    [
        ("troliga", "liga"),  # a known word with a chance three-letter prefix
        ("fruset", "set"),
        ("kameror", "ror"),
        ("kodade", "kod"),
        ("resultat", "sulta"),
    ],
)
def test_known_words_keep_their_parts_to_themselves(word, wrong):
    assert query_term(wrong) not in index_terms(word) or query_term(wrong) == query_term(word)


# the reports of REPORTS (conftest.py's `search` stores them)
_report = partial(named_report, location="Alvik")


REPORTS = {
    "promenad": "En ny promenad längs vattnet.",
    "promenaden": "Promenaden har fått belysning.",
    "promenader": "Två promenader har rustats.",
    "ombyggnad": "Entrén fick en ombyggnad under våren.",
    "ombyggnaden": "Ombyggnaden av entrén är klar.",
    "installerats": "Kamerorna har installerats vid torget.",
    "installerade": "Vi installerade tre kameror.",
    "vandaliserats": "Bänkarna har vandaliserats flera gånger.",
    "vandaliserades": "Skylten vandaliserades i maj.",
    "beställdes": "Dörrarna beställdes i mars.",
    "beställning": "Beställningen av dörrar gjordes i mars.",
    "levererades": "Gungorna levererades sent.",
    "belyst": "En belyst skatepark nära centrum.",
    "belysning": "Ny belysning längs gångvägen.",
    "kameran": "Kameran vid entrén byttes.",
    "kamera": "En kamera sattes upp.",
    "rastgard": "Nytt stängsel kring hundrastgården.",
    "stangsel": "Ett stängsel vid skolan.",
    "forsenades": "Bygget försenades en vecka.",
    "forses": "Entrén ska förses med lås.",
}


@pytest.mark.parametrize(
    "paradigm",
    [
        ("promenad", "promenaden", "promenader"),
        ("ombyggnad", "ombyggnaden"),
        ("installerats", "installerade"),
        ("vandaliserats", "vandaliserades"),
        ("kamera", "kameran"),
    ],
)
def test_every_inflection_finds_every_other(search, paradigm):
    for query in paradigm:
        assert set(paradigm) <= set(search(query)), query


@pytest.mark.parametrize(
    "noun, verb_form",
    [
        ("beställning", "beställdes"),
        ("vandalisering", "vandaliserats"),
        ("installation", "installerats"),
        ("leverans", "levererades"),
        ("belysning", "belyst"),
    ],
)
def test_a_noun_finds_the_verb_a_report_uses(search, noun, verb_form):
    assert verb_form in search(noun)


def test_the_noun_itself_ranks_above_its_verb(search):
    found = search("belysning")
    assert found.index("belysning") < found.index("belyst")
    found = search("beställning")
    assert found.index("beställning") < found.index("beställdes")


def test_a_true_synonym_finds_the_other_word(search):
    assert {"vandaliserats", "vandaliserades"} <= set(search("skadegörelse"))


def test_the_synonym_table_holds_the_base_words_only():
    # One entry per word of a group, looked up through the query word's base forms: no table of
    # generated forms ("cykelbanaen", "lekplatsor" were in it).
    from bilagor.index.search.query import _synonym_table
    from bilagor.index.search.synonyms import SYNONYM_GROUPS

    assert len(_synonym_table()) == sum(len(group) for group in SYNONYM_GROUPS)


@pytest.mark.parametrize(
    "typed",
    ["cykelbanorna", "cykelbanans", "lekplatsernas", "lekparkens", "kamerabevakningen", "vandaliseringen"],
)
def test_a_synonym_in_any_inflection_is_expanded(typed):
    from whoosh import query as wq

    from bilagor.index.search.query import with_synonyms

    assert isinstance(with_synonyms(wq.Term("content", query_term(typed))), wq.Or)


def test_a_preposition_in_a_typed_query_is_not_required(search):
    # "runt" is in no report: the other words must still all be there (no fall-back to any word).
    assert search("stängsel runt hundrastgården") == ["rastgard"]
    assert search("stängsel kring hundrastgården") == ["rastgard"]


def test_a_sections_text_is_searched_with_the_words_other_forms(search):
    assert "levererades" in search("leverans", section="slutresultat")
    assert {"promenad", "promenader"} <= set(search("promenaden", section="slutresultat"))


def test_other_forms_come_from_the_word_as_typed_not_from_its_stem(search):
    # "försenad" stems to "försen", which looks like a definite form of "förse" but is none.
    assert search("försenad") == ["forsenades"]


@pytest.mark.parametrize(
    "word, base",
    [
        ("tunnorna", "tunna"),
        ("stolpar", "stolpe"),
        ("vandrarna", "vandrare"),
        ("promenaden", "promenad"),
        ("installerats", "installera"),
        ("beställdes", "beställa"),
        ("belyst", "belysa"),
        ("torget", "torg"),
    ],
)
def test_one_table_of_endings_gives_the_base_words(word, base):
    from bilagor.index.search.compounds import inflection_bases

    assert base in inflection_bases(word)


def test_a_heads_endings_leave_a_bare_genitive_alone():
    from bilagor.index.search.compounds import inflection_bases

    assert "samman" in inflection_bases("sammans")
    assert "samman" not in inflection_bases("sammans", heads=True)


def test_typed_words_keep_the_word_behind_each_term():
    from bilagor.index.search.query import typed_words

    found = typed_words("Promenaden vid torget")
    assert found[query_term("promenaden")] == {"promenaden"}
    assert "vid" not in {w for words in found.values() for w in words}  # a stop word has no term


def test_a_function_word_is_no_compounds_head():
    # "tillsammans" is no "till" + "sammans" (the stop word "samman" with a genitive -s).
    from bilagor.index.search.compounds import index_parts

    assert index_parts("tillsammans") == []


@pytest.mark.parametrize("word, bases", [("gatan", ["gata"]), ("tunneln", ["tunnel"]), ("byggn", [])])
def test_a_definite_n_follows_a_vowel_el_or_er(word, bases):
    # "byggn", the stem of "byggnad", is no definite form of "bygg".
    from bilagor.index.search.compounds import definite_base_candidates

    assert definite_base_candidates(word) == bases


@pytest.mark.parametrize(
    "typed, kept",
    [
        ("Runt torget", "torget"),
        ('"promenad längs vattnet" runt', '"promenad längs vattnet"'),  # a phrase keeps its words
        ("runt", "runt"),  # nothing else typed
        ("org:runt torget", "org:runt torget"),  # a field's value
    ],
)
def test_only_bare_prepositions_are_dropped_from_a_query(typed, kept):
    from bilagor.index.search.query import without_prepositions

    assert without_prepositions(typed).split() == kept.split()
