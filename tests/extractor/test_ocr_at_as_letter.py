"""Clean scans (twenty-seventh round, f-ocrlayout): an address of the city's domain whose "@" a 200 dpi scan
reads as a letter ("a", "e") or as a bracket and a capital is mended; other words are left."""

from __future__ import annotations

import pytest

import bilagor.extractor.ocr as ocr
from bilagor.extractor.ocr_marks import letters_read_for_at


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("lena.holmgrenastockholm.se", "lena.holmgren@stockholm.se"),
        ("petra.lindqvistestockholm.se", "petra.lindqvist@stockholm.se"),
        ("olof.sjoberg(Mstockholm.se", "olof.sjoberg@stockholm.se"),
        ("mira.al-hassanastockholm.se.", "mira.al-hassan@stockholm.se."),
    ],
)
def test_an_at_read_as_a_letter_is_mended(read, meant):
    assert letters_read_for_at([(read, [0, 0, 10, 10])]) == [(meant, [0, 0, 10, 10])]


@pytest.mark.parametrize(
    "word",
    [
        "registratorastockholm.se",  # no dot in the local part: where the "@" was is a guess
        "jonas.berg@stockholm.se",
        "stockholm.se",
        "www.stockholm.se",
        "karl.lundaedu.stockholm.se",  # another domain: not told apart
    ],
)
def test_other_words_are_kept(word):
    assert letters_read_for_at([(word, [0, 0, 10, 10])]) == [(word, [0, 0, 10, 10])]


def test_an_ocr_line_gets_the_mended_address():
    words = [("E-post:", [0, 0, 60, 20]), ("lena.holmgrenastockholm.se", [80, 0, 300, 20])]
    assert [text for text, _ in ocr.mended_line(words)] == ["E-post:", "lena.holmgren@stockholm.se"]
