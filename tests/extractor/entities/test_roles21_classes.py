"""Amount-role classes of the twentieth round (issue #11, rules side): phrasings that failed on the nineteenth
sets' dev halves, each written here in new sentences, with controls where the rule must not fire."""

from __future__ import annotations

from bilagor.extractor.entities.role_revisions import INCREMENT, revision_of, superseded


# 0. One wording of a supplement for both steps: the report-level step reads as an increment every supplement the
# passage step reads (role_supplements.SUPPLEMENT_WORDS), not only a tilläggsbudget or "utökades med".
def test_the_report_step_reads_a_raise_noun_as_an_increment() -> None:
    sentence = "Under sommaren kom en höjning med 6 000 kr, och hela ramen för verksamheten blev 46 000 kr."
    assert revision_of(sentence, "6 000 kr") == INCREMENT


def test_the_report_step_reads_extra_funds_as_an_increment_beside_the_larger_total() -> None:
    sentences = ["Vi fick extra medel på 3 500 kr i oktober.", "Budgeten för hela året var 21 500 kr."]
    assert superseded(sentences, ["3 500 kr", "21 500 kr"], [3_500, 21_500]) == {0}


def test_a_raise_noun_alone_is_not_an_increment_without_its_figure_word() -> None:
    sentence = "Efter höjningen var budgeten 46 000 kr."
    assert revision_of(sentence, "46 000 kr") is None
