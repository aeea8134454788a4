"""A header grid of cells, each a known label above its value in a type of its own, with a cell left empty (an
application's "Ev. medsökande nämnd" without a co-applicant): the row is still read cell by cell, the empty
cell's label keeps no answer and the filled one keeps its own."""

from __future__ import annotations

import pytest

from bilagor.extractor.words import Page
from factories import words
from layout_builders import LABEL_X, TITLE, lay_as_extractor, summary

BOLD = "Helvetica-Bold"
RIGHT = 300.0


def _grid(rows) -> Page:
    ws, y = list(TITLE), 100.0
    for (left_label, left_value), (right_label, right_value) in rows:
        ws += words(left_label, LABEL_X, y, size=10.0, font=BOLD) + words(right_label, RIGHT, y, size=10.0, font=BOLD)
        if left_value:
            ws += words(left_value, LABEL_X, y + 12, size=10.0)
        if right_value:
            ws += words(right_value, RIGHT, y + 12, size=10.0)
        y += 40.0
    ws += words("Beskrivning", LABEL_X, y, size=10.0, font=BOLD)
    ws += words("Vi söker medel för belysning.", LABEL_X, y + 12, size=10.0)
    return Page(1, 595.0, 842.0, ws)


FILLED, EMPTY = ("Sökande nämnd", "Farsta stadsdelsnämnd"), ("Ev medsökande nämnd", "")


@pytest.mark.parametrize("middle", [(FILLED, EMPTY), (EMPTY, FILLED)], ids=["right empty", "left empty"])
def test_a_row_with_an_empty_cell_is_read_cell_by_cell(middle):
    rows = [
        (("Namn på insats", "Belysning vid torget"), ("Sökt belopp", "400 000")),
        middle,
        (("Kontaktperson", "Eva Holm"), ("Telefon", "08-508 40 101")),
    ]
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([_grid(rows)]))]
    assert FILLED in got and EMPTY in got
    assert ("Telefon", "08-508 40 101") in got
