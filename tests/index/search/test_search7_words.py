"""Search's own misses, seventh round (issue #12): classes the earlier rules left open.

- Compounds by the dictionary's own marks (hunspell-sv): a three-letter word the dictionary
  lets begin a compound is a modifier ("kyl-", "rök-", "sop-"), a compound-only form stands for
  its word ("pollar-" for "pollare"), and a compound the dictionary lists whole gives its parts
  even when a part is short and rare ("buss" + "kur").
- Adjectives by their form: the neuter -t of a derived adjective ("flyttbart") and the -na of a
  participle in -en ("nedfallna") find the base form.
- Near-terms of the domain from the thesaurus, both ways, below the user's own word.
The words here are none of the tuning or held-out queries'.
"""

from __future__ import annotations

import pytest

from search_corpus import named_report, searching


@pytest.mark.parametrize(
    "word, part",
    [
        ("kylväskorna", "väska"),  # "kyl" begins compounds in the dictionary; the head inflects
        ("rökdetektorerna", "detektor"),
        ("sopsorteringen", "sortering"),
        ("pollarbelysningen", "pollare"),  # "pollar-" is the compound form of "pollare"
        ("busskurerna", "kur"),  # a short, rare head of a compound the dictionary lists
    ],
)
def test_a_compound_gives_its_parts_by_the_dictionarys_marks(word, part):
    from bilagor.index.search.analysis import IndexTermsAnalyzer, stemmed_analyzer
    from search_corpus import query_term

    terms = {t.text for t in IndexTermsAnalyzer(stemmed_analyzer())(word, mode="index", positions=True)}
    assert query_term(part) in terms


@pytest.mark.parametrize("word", ["tillsammans", "kameror", "spelar", "trolig", "komma", "fruset"])
def test_words_that_are_no_compounds_stay_whole(word):
    from bilagor.index.search.compounds import split_compound

    assert split_compound(word) == []


# the reports of REPORTS (conftest.py's `search` stores them)
_report = named_report


REPORTS = {
    "kylvaskor": "Kylväskorna delades ut till dagkollot.",
    "busskurer": "Busskurerna vid torget har fått belysning.",
    "flyttbart": "Ett flyttbart staket ställs upp vid evenemang.",
    "nedfallna": "Nedfallna grenar röjdes bort från stigen.",
    "solceller": "Solceller på taket driver belysningen.",
    "solpaneler": "Solpaneler laddar batteriet till lampan.",
    "kalkbacke": "Kälkbacken har fått strålkastare.",
    "sorterar-sopor": "Hyresgästerna sorterar sopor i det nya miljörummet.",
    "knark": "Knark säljs i trappuppgången.",
}


def test_a_short_head_of_a_listed_compound_is_found(search):
    assert search("kur") == ["busskurer"]
    assert search("väska") == ["kylvaskor"]


def test_a_derived_adjectives_neuter_finds_its_base_form(search):
    assert search("flyttbar") == ["flyttbart"]


def test_a_participles_plural_finds_its_base_form(search):
    assert search("nedfallen") == ["nedfallna"]


@pytest.mark.parametrize(("own", "near"), [("solceller", "solpaneler")])
def test_a_near_term_is_found_both_ways_below_the_users_own_word(search, own, near):
    assert search(own)[:2] == [own, near]
    assert search(near)[:2] == [near, own]


def test_a_near_term_in_a_project_name_ranks_below_the_users_word_in_a_text(tmp_path):
    reports = {
        "in-text": _report("in-text", "Nya solceller på taket."),
        "in-project": _report("in-project", "Taket byggdes om.", project="Solpaneler på förskolan"),
    }
    with searching(tmp_path, reports) as found:
        assert found("solceller") == ["in-text", "in-project"]


def test_a_colloquial_near_term_finds_the_official_word(search):
    assert search("pulkabacke") == ["kalkbacke"]
    assert search("narkotika") == ["knark"]


def test_a_compound_query_with_a_three_letter_modifier_finds_its_parts_standing_apart(search):
    assert search("sopsortering") == ["sorterar-sopor"]


def test_the_search_path_loads_no_dictionary_table_whole(tmp_path):
    import subprocess
    import sys

    reports = {key: _report(key, text) for key, text in list(REPORTS.items())[:4]}
    with searching(tmp_path, reports):
        pass
    script = (
        "import sys\n"
        "from bilagor.index.archive import Archive\n"
        "from bilagor.index.search import compound_tables, lemmas\n"
        "with Archive.open_for_reading(sys.argv[1]) as archive:\n"
        "    for query in ('sopsortering', 'kvinnojour', 'kur', 'flyttbar', 'solceller'):\n"
        "        archive.search(query, limit=10)\n"
        "print(lemmas.load_table.cache_info().currsize, compound_tables.loaded_modifiers.cache_info().currsize,\n"
        "      compound_tables.loaded_compounds.cache_info().currsize, 'wordfreq' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["0", "0", "0", "False"]


@pytest.mark.parametrize(("noun", "verb"), [("hämningen", "hämma"), ("bestämning", "bestämma")])
def test_a_noun_in_mning_leads_to_its_verb_in_mma(noun, verb):
    from bilagor.index.search.lemmas import word_family

    assert verb in word_family(noun)


def test_a_verb_the_lexicon_lacks_is_found_from_its_noun():
    # "nedskräpning" is a common word, "nedskräpa" a rare one: the pair is kept for the noun's sake
    from bilagor.index.search.lemmas import word_family

    assert "nedskräpning" in word_family("nedskräpad")
