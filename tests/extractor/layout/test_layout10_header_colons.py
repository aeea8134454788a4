"""Issue #12, tenth round: a header row of label/value pairs apart by whitespace only, each label
ending in a colon and set close up to its answer ('Namn på insats: Trygghetsbelysning   Sökt belopp:
700 000'), the answer wrapping in its cell. The colon ends the label however narrow the gap."""

from __future__ import annotations

from bilagor.extractor.words import Page
from factories import words
from layout_builders import lay_as_extractor, summary

W, H = 595.0, 842.0
LEFT, HEAD_VALUE, RIGHT_LABEL, RIGHT_VALUE, BODY_VALUE = 50.0, 135.0, 292.0, 362.0, 255.0


def _page() -> Page:
    ws = words("Bilaga 5b - Ansökan om investeringsmedel", LEFT, 50.0, size=14.0)
    ws += words("Namn på insats:", LEFT, 100.0) + words("Trygghetsbelysning vid", HEAD_VALUE, 100.0)
    ws += words("Sökt belopp:", RIGHT_LABEL, 100.0) + words("700 000", RIGHT_VALUE, 100.0)
    ws += words("Skärholmstorget", HEAD_VALUE, 114.0)
    y = 150.0
    for label, value in (
        ("Sökande nämnd:", "Skärholmens stadsdelsnämnd"),
        ("Kontaktperson:", "Sara Åkesson, enhetschef"),
        ("Telefon:", "08-508 37 391"),
        ("E-post:", "sara.akesson@stockholm.se"),
    ):
        ws += words(label, LEFT, y) + words(value, BODY_VALUE, y)
        y += 22.0
    return Page(1, W, H, ws)


def test_a_colon_parts_a_header_label_from_its_answer_set_close_up():
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([_page()]))]
    assert got[:3] == [
        ("Namn på insats:", "Trygghetsbelysning vid Skärholmstorget"),
        ("Sökt belopp:", "700 000"),
        ("Sökande nämnd:", "Skärholmens stadsdelsnämnd"),
    ]
