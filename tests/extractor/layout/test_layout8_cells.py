"""Issue #12, eighth round: cell grids (a label above its value) whose row is uneven: one label
wraps so the values start at different heights, or the labels are in the values' own type with a
case number among text values."""

from __future__ import annotations

from bilagor.extractor.words import Page
from factories import words
from layout_builders import LABEL_X, TITLE, lay_as_extractor, summary

SECOND = 229.0


def _pairs(ws) -> list[tuple[str, str]]:
    return [(label, text) for label, text, _ in summary(lay_as_extractor([Page(1, 595.0, 842.0, list(TITLE) + ws)]))]


def test_a_cell_row_whose_labels_wrap_unevenly_keeps_each_value_under_its_label():
    ws = words("PROJEKTNAMN", LABEL_X, 150.9, size=8.5) + words("GEOGRAFISK PLATS FÖR", SECOND, 150.9, size=8.5)
    ws += words("INVESTERING", SECOND, 161.1, size=8.5)
    ws += words("Laddstolpar vid Kista", LABEL_X, 165.8, size=10.0)
    ws += words("gård", LABEL_X, 176.1, size=10.0) + words("Området kring Kista", SECOND, 176.1, size=10.0)
    ws += words("gård, Järva", SECOND, 189.7, size=10.0)
    assert _pairs(ws) == [
        ("PROJEKTNAMN", "Laddstolpar vid Kista gård"),
        ("GEOGRAFISK PLATS FÖR INVESTERING", "Området kring Kista gård, Järva"),
    ]


def test_a_row_of_plain_labels_over_a_case_number_and_text_values():
    ws = words("Diarienummer", LABEL_X, 151.0, size=10.0) + words("Ärendetyp", SECOND, 151.0, size=10.0)
    ws += words("F-2023/4547", LABEL_X, 166.2, size=10.0) + words("Trygghetsinvestering", SECOND, 166.2, size=10.0)
    ws += words("Projektnamn", LABEL_X, 200.0, size=10.0, font="Helvetica-Bold")
    ws += words("Trygghetsbelysning Solbergaparken", LABEL_X, 214.0, size=10.0)
    assert _pairs(ws) == [
        ("Diarienummer", "F-2023/4547"),
        ("Ärendetyp", "Trygghetsinvestering"),
        ("Projektnamn", "Trygghetsbelysning Solbergaparken"),
    ]
