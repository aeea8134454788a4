"""Issue #12, sixth round: inside an answer, a line ending in a colon that introduces a list
('Följande har gjorts:' over dash items) is answer text, not an unknown label standing above its
answer, in a form whose labels stand above their answers."""

from __future__ import annotations

from bilagor.extractor.words import Page
from factories import words
from layout_builders import LABEL_X, TITLE, lay_as_extractor, summary

LEAD = 15.0


def _stacked(rows: list[tuple[str, list[str]]], top: float = 110.0) -> list:
    ws = []
    y = top
    for label, lines in rows:
        ws += words(label, LABEL_X, y, size=10.0)
        y += LEAD
        for text in lines:
            ws += words(text, LABEL_X + 4, y, size=11.5)
            y += LEAD
        y += 16
    return ws


def test_a_colon_line_over_dash_items_stays_in_its_answer():
    rows = [
        ("Projektnamn", ["Belysning vid Tallkrogen"]),
        ("Plats", ["Tallkrogen, Skarpnäck"]),
        (
            "Resultat",
            [
                "Längs gångvägen har nya stolpar satts upp.",
                "Följande har gjorts:",
                "- 24 nya belysningsstolpar",
                "- ny belysning i gångtunneln",
            ],
        ),
        ("Avvikelser", ["Inga avvikelser."]),
    ]
    page = Page(1, 595.0, 842.0, list(TITLE) + _stacked(rows))
    assert summary(lay_as_extractor([page])) == [
        ("Projektnamn", "Belysning vid Tallkrogen", 1),
        ("Plats", "Tallkrogen, Skarpnäck", 1),
        (
            "Resultat",
            "Längs gångvägen har nya stolpar satts upp. Följande har gjorts: - 24 nya belysningsstolpar"
            " - ny belysning i gångtunneln",
            1,
        ),
        ("Avvikelser", "Inga avvikelser.", 1),
    ]


def test_an_unknown_label_with_a_colon_above_a_sentence_still_starts_a_section():
    rows = [
        ("Projektnamn", ["Belysning vid Tallkrogen"]),
        ("Plats", ["Tallkrogen, Skarpnäck"]),
        ("Tidplan:", ["Arbetet pågår till hösten."]),
    ]
    page = Page(1, 595.0, 842.0, list(TITLE) + _stacked(rows))
    assert summary(lay_as_extractor([page]))[-1] == ("Tidplan:", "Arbetet pågår till hösten.", 1)


def test_a_colon_line_standing_apart_over_dash_items_stays_in_its_answer():
    ws = list(TITLE) + _stacked([("Projektnamn", ["Belysning vid Tallkrogen"]), ("Plats", ["Tallkrogen, Skarpnäck"])])
    ws += words("Resultat", LABEL_X, 210, size=10.0) + words("Nya stolpar har satts upp.", LABEL_X + 4, 225, size=11.5)
    # A paragraph's gap above the lead-in: it stands apart as a label above its answer would.
    ws += words("Följande har gjorts:", LABEL_X + 4, 256, size=11.5)
    ws += words("- 24 nya belysningsstolpar", LABEL_X + 4, 271, size=11.5)
    page = Page(1, 595.0, 842.0, ws)
    assert summary(lay_as_extractor([page]))[-1] == (
        "Resultat",
        "Nya stolpar har satts upp. Följande har gjorts: - 24 nya belysningsstolpar",
        1,
    )
