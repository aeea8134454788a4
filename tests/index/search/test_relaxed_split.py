"""Which word of a relaxed search the headline counts (bilagor.index.search.relaxed.split_relaxed)."""

from __future__ import annotations

from bilagor.index.search.relaxed import split_relaxed


def test_of_words_held_alone_the_rarest_is_the_key_word():
    common, rare = set(range(10, 62)), {1, 2, 3, 4, 5}  # "nya" in 52 reports, "övervakningskameror" in 5
    split = split_relaxed([common, rare])
    assert split is not None and split.key_word == 1 and split.headline == frozenset(rare)


def test_a_rare_word_alone_does_not_outrank_words_held_together():
    # "fontän" (report 9 alone) against "bänkar papperskorgar torget" (report 1 holds all three)
    fontan, bankar, papperskorgar, torget = {9}, {1, 2, 3}, {1}, {1, 4, 5}
    split = split_relaxed([fontan, bankar, papperskorgar, torget])
    assert split is not None and split.key_word == 2 and split.headline == frozenset({1})
    assert split.words_held[1] == 3 and split.words_held[9] == 1


def test_of_two_equally_rare_words_the_one_typed_first():
    split = split_relaxed([{1, 2}, {3, 4}, set(range(5, 20))])
    assert split is not None and split.key_word == 0


def test_words_that_match_nothing_give_no_split():
    assert split_relaxed([set(), set()]) is None
    split = split_relaxed([set(), {7}])
    assert split is not None and split.key_word == 1
