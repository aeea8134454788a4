"""Compound splitting against the shipped lexicon and a tiny one."""

import pytest

from bilagor.index.search.compounds import base_form, load_lexicon, split_compound, syncopated_plural


@pytest.mark.parametrize(
    "word, parts",
    [
        ("kameraövervakning", ["kamera", "övervakning"]),
        ("trygghetsbelysning", ["trygghet", "belysning"]),  # linking -s-
        ("trygghetsinvestering", ["trygghet", "investering"]),
        ("klimatinvestering", ["klimat", "investering"]),
        ("stadsdelsnämnd", ["stadsdel", "nämnd"]),
        ("fastighetsägare", ["fastighet", "ägare"]),
        ("tunnlandsparken", ["tunnland", "parken"]),  # linking -s- beats "sparken"
        # common three-letter words as parts
        ("utegym", ["ute", "gym"]),
        ("utebad", ["ute", "bad"]),
        ("lekpark", ["lek", "park"]),
        ("lekparken", ["lek", "parken"]),
        ("gångbron", ["gång", "bron"]),
    ],
)
def test_splits_compounds(word, parts):
    assert split_compound(word) == parts


@pytest.mark.parametrize(
    "word",
    [
        "kameror",  # not kam + eror: parts must be 4+ letter words
        "spelar",
        "spelare",
        "kameran",
        "artighet",
        "kommunalt",
        "sviktar",
        "tentamen",
        "långsam",
        "övertalning",  # not över + tal + ning: three-letter parts only in a split in two
        "investeringar",
        "belysning",
        "övervakningen",
        "tillsammans",
        "uppföljning",
        "kontinuerlig",
        "sly",
        "2018",
    ],
)
def test_leaves_plain_words_whole(word):
    assert split_compound(word) == []


def test_rules_with_a_small_lexicon():
    lexicon = {
        "kamera": 4.0,
        "övervakning": 3.9,
        "kam": 3.0,
        "eror": 3.0,
        "park": 4.0,
        "parken": 4.0,
        "sparken": 3.0,
        "tunnland": 3.0,
        "vanligt": 5.5,
        "vanl": 3.0,
        "igt": 3.0,
    }
    assert split_compound("kameraövervakning", lexicon) == ["kamera", "övervakning"]
    assert split_compound("kameror", lexicon) == []
    assert split_compound("tunnlandsparken", lexicon) == ["tunnland", "parken"]
    # three-letter parts only when common (zipf >= 4) and not a function word or ending
    lexicon.update({"ute": 5.5, "gym": 4.1, "ror": 3.0, "spe": 2.6, "lar": 3.0, "man": 6.7, "het": 4.3, "artig": 3.5})
    assert split_compound("utegym", lexicon) == ["ute", "gym"]
    assert split_compound("kamror", lexicon) == []  # "ror" too rare
    assert split_compound("spelar", lexicon) == []
    assert split_compound("artighet", lexicon) == []  # "het" is an ending
    assert split_compound("mangym", lexicon) == []  # "man" is a function word
    # a word more frequent than its rarest part stays whole
    lexicon["kameraövervakning"] = 4.5
    assert split_compound("kameraövervakning", lexicon) == []


def test_lexicon_loads_real_words():
    lexicon = load_lexicon()
    assert len(lexicon) > 50_000
    assert lexicon["kamera"] > 3.0 and "eror" not in lexicon


@pytest.mark.parametrize("word", ["utförande", "dokumenterat", "stundande"])
def test_inflectional_endings_are_not_parts(word):
    assert split_compound(word) == []


@pytest.mark.parametrize(
    "word, base",
    [
        ("torget", "torg"),
        ("projektet", "projekt"),
        ("tunneln", "tunnel"),
        ("gatan", "gata"),
        ("området", "område"),
        ("torgets", "torg"),
        ("stort", "stora"),  # an adjective's -t form is related to its -a form (both stem to "stor")
        ("sten", None),
        ("platsen", "plats"),  # the stemmer makes "plats" "plat" but "platsen" "plats"
        ("budget", None),
        # plurals that drop the e of the base
        ("tunnlar", "tunnel"),
        ("tunnlarna", "tunnel"),
        ("cyklar", "cykel"),
        ("cyklarnas", "cykel"),
        ("regler", "regel"),
        ("nycklar", "nyckel"),
        ("öknar", "öken"),
        ("kameror", None),
        ("timmar", None),
        ("spelar", None),
        ("kvinnor", None),
        ("siffror", None),
    ],
)
def test_base_form(word, base):
    assert base_form(word) == base


@pytest.mark.parametrize(
    "word, plural",
    [
        ("tunnel", "tunnlar"),
        ("cykel", "cyklar"),
        ("regel", "regler"),
        ("nyckel", "nycklar"),
        ("fågel", "fåglar"),
        ("kamera", None),
        ("torg", None),
        ("spel", None),
        ("modell", None),
        ("hel", None),
    ],
)
def test_syncopated_plural(word, plural):
    assert syncopated_plural(word) == plural
