"""Search's own misses, eighth round (issue #12): strong and irregular verbs.

The stemmer relates "brytas" and "bryter" but not "bröt", "brutits" or "bruten": the stem
changes inside the word (ablaut). The dictionary lists such forms as words of their own, with
no link to their verb, so a table of the strong verbs' principal parts (built off a grammar's
list, bench/sv_strong_verbs.txt) gives every form its infinitive, on both sides of the search:
a form after a verb particle ("sönderskjuten": "sköts sönder") or another first part
("knivskuren": "knivskars") too. A noun made from a strong verb by ablaut ("brand": "brann")
finds its verb's forms. The words here are none of the tuning or held-out queries'.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("form", "verb"),
    [
        ("sköts", "skjuta"),  # past passive
        ("grep", "gripa"),  # past
        ("skurits", "skära"),  # supine passive
        ("bitit", "bita"),  # supine
        ("drucken", "dricka"),  # participle
        ("vunna", "vinna"),  # the participle's plural without -n- ("vunnen" -> "vunna")
        ("knivskars", "knivskära"),  # another first part kept
        ("sönderskjuten", "skjuta"),  # a verb particle dropped: a report writes it apart
    ],
)
def test_a_strong_verbs_form_has_its_infinitive_as_lemma(form, verb):
    from bilagor.index.search import lemmas

    assert verb in lemmas.word_lemmas(form)
    assert verb in lemmas.word_lemmas(form, lemmas.file_lookup())  # the search path's look-up agrees


@pytest.mark.parametrize("word", ["flyttbar", "fågelburen", "steg", "låg", "kameror", "trygghet"])
def test_words_that_only_end_like_a_strong_form_get_no_verb_of_their_own(word):
    # "fågelburen" (a bird's cage) ends in "buren" (borne): it may get "fågelbära", which no query
    # holds, but never the bare verb a report's "bar" stands for.
    from bilagor.index.search import lemmas

    assert not {"bära", "stiga", "ligga"} & set(lemmas.word_lemmas(word))
    assert not any(lemma.endswith(("stiga", "ligga")) for lemma in lemmas.word_lemmas(word))


# stored and searched by conftest.py's fixtures
REPORTS = {
    "skots-sonder": "Lampan vid grinden sköts sönder med luftgevär.",
    "knivskars": "En man knivskars i trappan förra hösten.",
    "grep": "Polisen grep två personer vid entrén.",
    "brann": "Sopkärlen brann två gånger i våras.",
    "druckit": "Ungdomar har druckit alkohol i parken på kvällarna.",
    "ovrigt": "Parken har fått nya bänkar och belysning.",
}


def test_a_particle_compounds_participle_finds_the_verb_and_particle_written_apart(search):
    assert search("sönderskjuten") == ["skots-sonder"]


def test_a_compounds_participle_finds_the_compounds_past_form(search):
    assert search("knivskuren") == ["knivskars"]


def test_a_participle_finds_the_past_form(search):
    assert search("gripna") == ["grep"]
    assert search("drack") == ["druckit"]


def test_a_noun_made_from_a_strong_verb_finds_its_forms(search):
    assert search("brand") == ["brann"]


@pytest.mark.parametrize(
    "word",
    ["vardagliga", "festliga", "ojämnheter", "skönheterna", "lindring", "signering", "versaler", "johanssons"],
)
def test_a_derivational_ending_after_a_known_word_is_no_compound_part(word):
    # "festliga" is "festlig" + a, not "fest" + "liga"; "ojämnheter" "ojämnhet" + er; "lindring" "lindra" + ing
    from bilagor.index.search.compounds import index_parts

    assert not {"liga", "heter", "heterna", "ring", "ler", "sons"} & set(index_parts(word))


@pytest.mark.parametrize(
    ("word", "head"), [("fotbollsligan", "liga"), ("förlovningsring", "ring"), ("vigselringen", "ring")]
)
def test_the_same_word_as_a_real_head_still_splits(word, head):
    from search_corpus import query_term

    from bilagor.index.search.analysis import IndexTermsAnalyzer, stemmed_analyzer

    terms = {t.text for t in IndexTermsAnalyzer(stemmed_analyzer())(word, mode="index", positions=True)}
    assert query_term(head) in terms
