"""The compound tables built from the Swedish Hunspell dictionary (seventh round, issue #12).

hunspell-sv marks the words that may begin a compound (flag X), the forms that occur only
inside one ("kvinno-", flag Z, or made by a suffix rule whose continuation has Z), and lists
many compounds whole. Two tables are built from it at development time:
- modifiers: a compound's first form -> the word it stands for ("kvinno" -> "kvinna"), and the
  three-letter nouns that begin compounds ("liv", "jul"), which the splitter otherwise refuses;
- listed compounds: a compound the dictionary lists whole and the lexicon splitter leaves
  whole -> its parts, when its head inflects as the compound does ("livboj" -> "liv", "boj").
Built here from a small dictionary of their own: pure functions over plain data.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))  # the table builders live in bench/

DIC = """\
20
liv/ABDvXY
boj/AD
livboj/ADG
bil/ADGXY
aga/AbEGmNP
bilaga/AEGY
kvinno/XZ
kvinna/AEGYe
skatte/XZ
skatt/ABDXY
skatta/AKLMN
röd/bOPQX
man/ADX
ram/DGXY
lås/ABDXY
ramlås/BD
gran/AbDG
jul/AbDGX
julgran/ADfGvY
kameraövervakning/AD
"""
AFF = """\
SET UTF-8
SFX e Y 1
SFX e a e/Z a
"""
LEXICON = {
    "liv": 5.67,
    "boj": 2.81,
    "bil": 5.29,
    "aga": 3.24,
    "bilaga": 3.31,
    "kvinna": 4.9,
    "skatt": 5.1,
    "skatta": 3.4,
    "röd": 4.64,
    "man": 6.0,
    "ram": 3.8,
    "lås": 4.2,
    "gran": 3.92,
    "jul": 4.71,
    "julgran": 3.31,
}


@pytest.fixture(scope="module")
def tables():
    import table_builders as compound_tables  # the builders live in bench/

    entries = compound_tables.dictionary_entries(DIC.splitlines(), AFF.splitlines())
    modifiers = compound_tables.modifier_rows(entries, LEXICON)
    listed = compound_tables.listed_rows(entries, LEXICON, modifiers, split=lambda word: [])
    return modifiers, listed


def test_a_compound_only_form_stands_for_its_word(tables):
    modifiers, _ = tables
    assert modifiers["kvinno"] == ("kvinna",)
    assert modifiers["skatte"] == ("skatt",)  # the more frequent of "skatt" and "skatta"


def test_a_form_a_suffix_rule_makes_only_for_compounds_stands_for_its_word(tables):
    # "SFX e a e/Z": "kvinna" -> "kvinne", a form that occurs only inside a compound
    modifiers, _ = tables
    assert modifiers["kvinne"] == ("kvinna",)


def test_three_letter_nouns_that_begin_compounds_are_modifiers_but_not_adjectives_or_function_words(tables):
    modifiers, _ = tables
    assert modifiers["liv"] == ("liv",) and modifiers["jul"] == ("jul",)
    assert "röd" not in modifiers  # an adjective (the chance prefix of "röda", "rödare" …)
    assert "man" not in modifiers  # a function word


def test_a_listed_compound_gives_its_parts_when_its_head_inflects_as_it_does(tables):
    _, listed = tables
    assert listed["livboj"] == ("liv", "boj")
    assert listed["julgran"] == ("jul", "gran")


def test_no_parts_for_a_word_more_frequent_than_its_head_or_one_that_inflects_otherwise(tables):
    _, listed = tables
    assert "bilaga" not in listed  # "bil" + "aga": more frequent than "aga", no compound of it
    assert "ramlås" not in listed  # the head's inflection (ABD) is not the word's (BD)


def test_no_row_for_a_word_the_lexicon_splitter_already_splits():
    import table_builders as compound_tables  # the builders live in bench/

    entries = compound_tables.dictionary_entries(DIC.splitlines(), AFF.splitlines())
    modifiers = compound_tables.modifier_rows(entries, LEXICON)
    listed = compound_tables.listed_rows(entries, LEXICON, modifiers, split=lambda word: ["x", "y"])
    assert listed == {}


@pytest.mark.parametrize(
    "word, parts",
    [("livbojarna", ("liv", "boj")), ("kylskåpet", ("kyl", "skåp")), ("busskurer", ("buss", "kur"))],
)
def test_the_shipped_table_gives_a_listed_compounds_parts_in_any_form(word, parts):
    from bilagor.index.search.compound_tables import listed_parts

    assert listed_parts(word) == parts


def test_the_shipped_tables_are_sorted_by_their_keys_bytes_as_the_in_place_lookup_needs():
    from bilagor.index.search import compound_tables

    for path in (compound_tables.MODIFIERS_PATH, compound_tables.COMPOUNDS_PATH):
        keys = [line.partition(b"\t")[0] for line in path.read_bytes().splitlines()]
        assert keys == sorted(set(keys)), path.name
