"""A first part of three letters that is no word of its own, written without the final -a of a common word:
"läx" in "läxhjälp" stands for "läxa", "låd" in "lådcyklar" for "låda", "sop" in "soptunnor" for "sopa" (the
singular of "sopor"), in words the lexicon knows whole and in words it does not. A query for the word finds the
compound, as "skola" finds "skolgården" (index/search/compounds.py, SHORT_BASE_ZIPF)."""

import pytest

from bilagor.index.search.compounds import index_parts, split_compound


@pytest.mark.parametrize(
    "word, parts",
    [
        ("läxhjälp", ["läxa", "hjälp"]),  # the lexicon knows it whole, rarer than its parts
        ("läxläsningen", ["läxa", "läsningen"]),  # unknown to the lexicon
        ("lådcyklar", ["låda", "cyklar"]),
        ("soptunnorna", ["sopa", "tunnorna"]),
        ("sophämtning", ["sopa", "hämtning"]),
    ],
)
def test_a_short_written_part_stands_for_its_word(word, parts):
    assert split_compound(word) == parts


@pytest.mark.parametrize(
    "word",
    [
        "anklaga",  # a common word of its own, not "anka" + "laga"
        "utskickade",  # "uts" is no "utse": only a final -a is dropped
        "fakturerar",
        "spolades",  # "spo" ends in a vowel: no "spa"
        "lunchar",  # "luna" is not common enough
    ],
)
def test_a_chance_beginning_is_no_part(word):
    assert index_parts(word) == []


def test_the_rule_on_a_small_lexicon():
    lexicon = {"läxa": 4.0, "hjälp": 5.5, "läxhjälp": 3.1, "anka": 3.9, "laga": 4.7, "anklaga": 3.8}
    assert split_compound("läxhjälp", lexicon) == ["läxa", "hjälp"]
    assert split_compound("anklaga", lexicon) == []  # within the margin of its rarest part's frequency
    lexicon["läx"] = 3.0  # a word of its own as written: the base is not taken for it
    assert split_compound("läxhjälp", lexicon) == []
