"""Plain monospaced printouts (issue #12, twenty-fifth round): one Courier size, no bold, no rules; each section
"[n] Label" on a line of its own with its answer indented under it; the item number in brackets is no part of the
label's wording."""

from __future__ import annotations

from bilagor.extractor.labels import known_key
from bilagor.extractor.words import Page
from factories import words
from layout_builders import lay_as_extractor, summary

MONO, SIZE, PITCH, CHAR = "Courier", 10.0, 12.0, 6.0


def _typed(rows: list[tuple[int, str]]) -> Page:
    """Lines typed at (column, text), one a row of 12 pt."""
    ws = []
    for k, (column, text) in enumerate(rows):
        if text:
            ws += [
                type(w)(w.text, w.x0, w.x0 + CHAR * len(w.text), w.top, w.bottom, w.fontname, w.size)
                for w in words(text, 42 + column * CHAR, 60 + k * PITCH, size=SIZE, font=MONO)
            ]
    return Page(1, 595.0, 842.0, ws)


def test_bracketed_item_numbers_are_no_part_of_the_key():
    assert known_key("[1] Projektnamn") == "projektnamn"
    assert known_key("[4] 1. Beskrivning (mål och syfte)") == "beskrivning"


def test_bracketed_labels_over_indented_answers_start_their_sections():
    page = _typed(
        [
            (0, "Bilaga 5 - Uppföljning trygghetsinvestering"),
            (0, ""),
            (0, "[1] Projektnamn"),
            (4, "Belysning vid Hökarängens centrum"),
            (0, ""),
            (0, "[2] Geografisk plats för investering"),
            (4, "Hökarängens centrum, Farsta"),
            (0, ""),
            (0, "[3] Tidplan för genomförandet"),
            (4, "Arbetet börjar i mars och ska vara klart"),
            (4, "till sommaren."),
        ]
    )
    assert summary(lay_as_extractor([page])) == [
        ("[1] Projektnamn", "Belysning vid Hökarängens centrum", 1),
        ("[2] Geografisk plats för investering", "Hökarängens centrum, Farsta", 1),
        ("[3] Tidplan för genomförandet", "Arbetet börjar i mars och ska vara klart till sommaren.", 1),
    ]
