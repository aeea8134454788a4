"""Districts, the eighteenth round (h23/f-entities, issues #11/#12): a place misspelt as a writer would outside a
scan -- a doubled letter written single or a letter doubled -- names its district (the seventeenth sets'
decision; d16-046 showed it), with controls for short names, common words and words that are no such slip."""

from __future__ import annotations

import pytest

from bilagor.extractor import districts


def test_the_slips_of_a_doubled_letter():
    assert districts.respellings("kistta") == {"kista", "kkistta", "kisstta", "kisttta"}
    assert "bagarmossen" in districts.respellings("bagarmosen")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lekplatsen i Tennsta har fått ny belysning.", ["Spånga-Tensta"]),
        ("Cykelparkeringen i Akalla centrum och gången vid Husbby är mörka.", ["Rinkeby-Kista"]),
        ("Belysningen i Bagarmosen är utbytt.", ["Skarpnäck"]),
        # controls: a word that is no slip of a place, and a lower-case word
        ("Mötet hölls i Hallen bredvid skolan.", []),
        ("Vi har tennstavar i förrådet.", []),
    ],
)
def test_a_place_misspelt_by_a_doubled_letter_names_its_district(text, expected):
    assert districts.misread_place_mentions(text, prose=True) == expected


def test_a_place_that_is_also_a_word_is_not_read_from_a_slip():
    # "Terrassen" is a place in the built gazetteer and a common word: "Terasen" is no evidence in prose.
    assert districts.misread_place_mentions("Terasen vid skolan har fått lampor.", prose=True) == []


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        # A location field's short place misread by OCR's letter pairs (rn for m, v for y after b): d16-216.
        ("Orhern, stigen", ["Skarpnäck"]),
        ("Husbv, torget", ["Rinkeby-Kista"]),
        # controls: words with those letters that no place becomes
        ("Barn, parken", []),
        ("Järn, staketet", []),
    ],
)
def test_a_short_place_ocr_misread_in_a_location_field_names_its_district(field, expected):
    assert districts.misread_place_mentions(field) == expected


def test_in_prose_a_short_place_needs_more_than_ocr_pairs():
    assert districts.misread_place_mentions("Vi gick till Orhern i maj.", prose=True) == []
