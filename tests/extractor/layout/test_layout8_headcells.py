"""Issue #12, eighth round: a header table of centred small labels (label | value | label | value)
where a label word as wide as its cell runs up to its answer with a word space only."""

from __future__ import annotations

from bilagor.extractor.words import Page
from factories import words
from layout_builders import TITLE, lay_as_extractor, summary

BOLD = "Helvetica-Bold"


def test_a_centred_label_word_touching_its_answer_is_parted_where_its_type_ends():
    ws = list(TITLE)
    ws += words("Solceller på förskolan vid Bredängs", 112.0, 121.6, size=9.5)
    ws += words("GEOGRAFISK", 303.0, 121.6, size=8.0, font=BOLD) + words("Bredängs centrum,", 345.5, 121.6, size=9.5)
    ws += words("PROJEKTNAMN", 54.0, 128.9, size=8.0, font=BOLD) + words("PLATS FÖR", 303.0, 128.9, size=8.0, font=BOLD)
    ws += words("centrum", 112.0, 134.5, size=9.5) + words("Skärholmen", 345.5, 134.5, size=9.5)
    ws += words("INVESTERING", 303.0, 142.6, size=8.0, font=BOLD)
    ws += words("PROJEKTETS MÅL", 54.0, 181.2, size=8.0, font=BOLD)
    ws += words("Anläggningen ska användas i förskolans arbete om energi.", 145.0, 181.2, size=9.5)
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([Page(1, 595.0, 842.0, ws)]))]
    assert got[:2] == [
        ("PROJEKTNAMN", "Solceller på förskolan vid Bredängs centrum"),
        ("GEOGRAFISK PLATS FÖR INVESTERING", "Bredängs centrum, Skärholmen"),
    ]
