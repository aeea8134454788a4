"""Search's own misses, fourth round (issue #12): compound parts the index did not hold.

A modifier that drops its final -a or -e or turns it into -u/-o ("skolgården"
is "skola" + "gården", "gatubelysning" "gata" + "belysning", "pojkgrupper"
"pojke" + "grupper"), the two-letter modifiers "el-" and "gå-", a head the
lexicon knows only uninflected ("cykelstölderna"), and the parts of a part
("gångvägsbelysning" holds "väg", "fotbollsplanen" holds "boll").
"""

from __future__ import annotations

import pytest

from search_corpus import index_terms, query_term

from bilagor.index.search.compounds import split_compound


@pytest.mark.parametrize(
    "word, part",
    [
        ("skolgården", "skola"),  # dropped -a
        ("kyrkogårdsmuren", "kyrka"),  # -a as -o, and a linking -s-
        ("kyrkogårdsmuren", "mur"),
        ("gatubelysning", "gata"),  # -a as -u
        ("pojkgrupper", "pojke"),  # dropped -e
        ("flickgruppen", "flicka"),
        ("flickgruppen", "grupp"),
        ("elanslutningen", "anslutning"),  # two-letter modifier
        ("elproduktion", "produktion"),
        ("gågatan", "gata"),
        ("cykelstölderna", "stöld"),  # an inflected head the lexicon does not hold
        ("gångvägsbelysning", "väg"),  # a part of a part
        ("fotbollsplanen", "boll"),
        ("ljusmaster", "mast"),
    ],
)
def test_a_compound_is_found_by_its_part(word, part):
    assert query_term(part) in index_terms(word)


@pytest.mark.parametrize(
    "word",
    [
        *("tillsammans", "eller", "elände", "elever", "island", "gåvorna", "kameror", "spelar", "elefanten"),
        *("gården", "lindberg", "övertalning", "övervakningen", "parkeringen"),  # not "linda" + "berg" …
    ],
)
def test_words_that_are_not_such_compounds_stay_whole(word):
    assert split_compound(word) == []


def test_the_part_is_the_base_word_not_the_modifier_form():
    assert split_compound("gatubelysning") == ["gata", "belysning"]
    assert split_compound("skolgården") == ["skola", "gården"]
    assert split_compound("flickgruppen") == ["flicka", "gruppen"]
    assert split_compound("arbetsplatsen") == ["arbete", "platsen"]  # -e dropped, then a linking -s-
    assert split_compound("pojkgrupper") == ["pojk", "grupper"]  # "pojk" is common enough as written
