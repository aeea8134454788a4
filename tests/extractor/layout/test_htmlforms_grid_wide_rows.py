"""A grid of label/value pairs with a long answer across the whole row between its pair rows
(a CSS grid cell spanning the columns): the long answer is read as it is, not cut at the
second label column."""

from __future__ import annotations

from bilagor.extractor.words import Page
from factories import words
from layout_builders import lay, summary

L1, V1, L2, V2, LEAD = 56.0, 150.0, 330.0, 420.0, 14.0
WIDE = (
    "Belysningen ska göra gångvägen tryggare under den mörka delen av",
    "året och locka fler att röra sig på platsen kvällstid.",
)


def test_a_long_answer_across_the_row_between_grid_rows_stays_whole():
    ws = words("Bilaga 5 - Uppföljning trygghetsinvestering", L1, 60, size=14, font="Helvetica-Bold")
    ws += words("Projektnamn", L1, 100, size=10) + words("Trygghetsbelysning", V1, 100, size=10)
    ws += words("Plats", L2, 100, size=10) + words("Husby torg", V2, 100, size=10)
    ws += words("Projektets mål", L1, 124, size=10) + words(WIDE[0], V1, 124, size=10)
    ws += words("och syfte", L1, 124 + LEAD, size=10) + words(WIDE[1], V1, 124 + LEAD, size=10)
    ws += words("Bilder före", L1, 166, size=10) + words("Se bilaga.", V1, 166, size=10)
    ws += words("Bilder efter", L2, 166, size=10) + words("Se bilaga.", V2, 166, size=10)
    got = [(label, text) for label, text, _ in summary(lay([Page(1, 595.0, 842.0, ws)]))]
    assert got == [
        ("Projektnamn", "Trygghetsbelysning"),
        ("Plats", "Husby torg"),
        ("Projektets mål och syfte", " ".join(WIDE)),
        ("Bilder före", "Se bilaga."),
        ("Bilder efter", "Se bilaga."),
    ]


def test_a_grid_of_one_pair_row_is_still_split_at_its_second_label():
    ws = words("Bilaga 5 - Uppföljning trygghetsinvestering", L1, 60, size=14, font="Helvetica-Bold")
    ws += words("Projektnamn", L1, 100, size=10) + words("Trygghetsbelysning", V1, 100, size=10)
    ws += words("Plats", L2, 100, size=10) + words("Husby torg", V2, 100, size=10)
    ws += words("Projektets mål", L1, 124, size=10) + words(WIDE[0], V1, 124, size=10)
    ws += words("och syfte", L1, 124 + LEAD, size=10) + words(WIDE[1], V1, 124 + LEAD, size=10)
    ws += words("Avvikelser", L1, 166, size=10) + words("Inga avvikelser.", V1, 166, size=10)
    got = [(label, text) for label, text, _ in summary(lay([Page(1, 595.0, 842.0, ws)]))]
    assert got[:3] == [
        ("Projektnamn", "Trygghetsbelysning"),
        ("Plats", "Husby torg"),
        ("Projektets mål och syfte", " ".join(WIDE)),
    ]
