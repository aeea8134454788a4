"""Issue #12, thirteenth round: Tesseract reads the four strokes of "vv" as "vwv", "wv" or "vw" on colour and
copier scans ("Avwvikelsen", "Awvikelsen"); Swedish puts no "w" beside a "v", names with a "w" stay."""

from __future__ import annotations

import pytest

from bilagor.extractor.ocr import mended_word


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("Avwvikelsen", "Avvikelsen"),
        ("Awvikelsen", "Avvikelsen"),
        ("avwikelse", "avvikelse"),
        ("AVWVIKELSER", "AVVIKELSER"),
        ("skrivwvägg", "skrivvägg"),
    ],
)
def test_double_v_read_with_a_w_is_put_back(read, meant):
    assert mended_word(read) == meant


@pytest.mark.parametrize("word", ["Wikström", "Edward", "Löwenhjelm", "kvällar", "www.stockholm.se"])
def test_words_with_a_w_of_their_own_stay(word):
    assert mended_word(word) == word
