"""Labels in small caps: a browser prints each word's first capital at full size and the rest
as smaller capitals, two words in the text layer; they are one word again."""

from __future__ import annotations

from bilagor.extractor.words import Page
from factories import words
from layout_builders import LABEL_X, TITLE, VALUE_X, lay_as_extractor, small_caps, summary


def test_a_small_caps_label_beside_its_answer_reads_as_its_words():
    ws = list(TITLE)
    ws += small_caps("Projektnamn", LABEL_X, 100) + words("Trygghetsbelysning i Husby", VALUE_X, 100)
    ws += small_caps("Projektets mål och syfte", LABEL_X, 124) + words("Platsen ska bli tryggare.", VALUE_X, 124)
    ws += small_caps("Avvikelser", LABEL_X, 148) + words("Inga avvikelser.", VALUE_X, 148)
    ws += words("Plats", LABEL_X, 172) + words("Väg E 4 vid Häggvik", VALUE_X, 172)  # a capital apart stays apart
    got = summary(lay_as_extractor([Page(1, 595.0, 842.0, ws)]))
    assert got == [
        ("PROJEKTNAMN", "Trygghetsbelysning i Husby", 1),
        ("PROJEKTETS MÅL OCH SYFTE", "Platsen ska bli tryggare.", 1),
        ("AVVIKELSER", "Inga avvikelser.", 1),
        ("Plats", "Väg E 4 vid Häggvik", 1),
    ]
