"""Issue #12, eighth round: a title that wraps over two lines and starts left of the form's label
column (a receipt's heading at the page margin, its fields inset in a frame) is no label column:
the labels' own x is, and the few label/answer rows under it are read as a table."""

from __future__ import annotations

from bilagor.extractor.words import Page
from factories import words
from layout_builders import lay_as_extractor, summary

BOLD = "Helvetica-Bold"
TITLE_X, LABEL_X, VALUE_X = 57.0, 79.0, 231.0


def test_a_title_left_of_the_label_column_leaves_the_table_to_its_labels():
    ws = words("Bilaga 5b Ansökan om investeringsmedel (CM4) för", TITLE_X, 50.0, size=18.0, font=BOLD)
    ws += words("trygghetsskapande åtgärder", TITLE_X, 74.0, size=18.0, font=BOLD)
    rows = [
        (["Namn på insats"], ["Siktröjning vid Skarpnäcksfältet"]),
        (["Sökt belopp"], ["1 050 tkr"]),
        (
            ["1. Beskrivning (mål och syfte)"],
            ["Genom att ta bort tät vegetation vill förvaltningen", "skapa fria siktlinjer längs gångvägarna."],
        ),
        (["Kontaktperson"], ["Anna Karlsson, enhetschef"]),
    ]
    y = 110.0
    for labels, values in rows:
        for i, text in enumerate(labels):
            ws += words(text, LABEL_X, y + i * 13.5, size=10.0)
        for i, text in enumerate(values):
            ws += words(text, VALUE_X, y + i * 13.5, size=10.0)
        y += max(len(labels), len(values)) * 13.5 + 10.0
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([Page(1, 595.0, 842.0, ws)]))]
    assert got == [(" ".join(labels), " ".join(values)) for labels, values in rows]
