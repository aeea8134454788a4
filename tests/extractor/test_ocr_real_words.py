"""Issue #12, twenty-first round: the OCR misread mender put a form word in place of a right Swedish word a
letter from it ("inventering" read right on a fax, made "investering"). A word of the language is kept."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bilagor.extractor.ocr import mended_word
from bilagor.extractor.ocr_misreads import FORM_NEIGHBOURS_PATH

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))  # the table builders live in bench/


@pytest.mark.parametrize("word", ["inventering", "Inventering", "INVENTERING", "inventering,", "(inventering)"])
def test_a_swedish_word_a_letter_from_a_form_word_is_kept(word):
    # "Inventering av gatubelysningen gjordes i april." -- the count of lamps, not an investment
    assert mended_word(word) == word


@pytest.mark.parametrize(
    ("read", "meant"),
    [("Investerlng", "Investering"), ("Slutredovisnring", "Slutredovisning"), ("genomforande", "genomförande")],
)
def test_a_misread_no_swedish_word_is_still_mended(read, meant):
    assert mended_word(read) == meant


def test_the_list_of_words_near_a_form_word_is_built_from_the_lexicon():
    import table_builders  # the builders live in bench/
    from bilagor.index.search.compounds import LEXICON_PATH

    lexicon = [line.split("\t", 1)[0] for line in LEXICON_PATH.read_text(encoding="utf-8").splitlines() if line]
    # stale when the templates' labels change: rebuild with table_builders.build_form_neighbours()
    assert FORM_NEIGHBOURS_PATH.read_text(encoding="utf-8").split() == table_builders.form_neighbour_rows(lexicon)
