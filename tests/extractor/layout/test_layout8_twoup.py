"""Issue #12, eighth round: two pages printed on one landscape sheet ("two-up"). Each half is a
page of its own: read the left half, then the right; a row broken at the foot of the left half
goes on at the top of the right half (its label column empty), and each half's footer is page
furniture. A landscape form whose columns merely straddle the middle is not split."""

from __future__ import annotations

from bilagor.extractor.words import Page
from factories import words
from layout_builders import lay_as_extractor, summary

W, H = 842.0, 595.0
HALF = W / 2
LEFT, VALUE = 41.0, 174.0
SIZE = 7.9
BOLD = "Helvetica-Bold"


def _half(rows, top: float, dx: float) -> list:
    ws, y = [], top
    for label, values in rows:
        if label:
            ws += words(label, LEFT + dx, y, size=SIZE)
        for text in values:
            ws += words(text, VALUE + dx, y, size=SIZE)
            y += 9.9
        y += 8.0
    return ws


def _sheet() -> Page:
    ws = words("Bilaga 5 - Uppföljning trygghetsinvestering", LEFT, 28.0, size=10.0, font=BOLD)
    ws += _half(
        [
            ("Projektnamn", ["Belysning vid Farsta strand"]),
            ("Plats", ["Farsta strand, Farsta"]),
            ("Syfte och mål", ["Att göra gångvägen tryggare kvällstid.", "Arbetet ska vara klart under"]),
        ],
        50.0,
        0.0,
    )
    ws += _half([("", ["hösten 2021."]), ("Avvikelser", ["Inga avvikelser."])], 28.0, HALF)
    ws += words("Sida 1 (2)", 200.0, 569.0, size=5.8) + words("Sida 2 (2)", 200.0 + HALF, 569.0, size=5.8)
    return Page(1, W, H, ws)


def test_a_two_up_sheet_is_read_half_by_half_with_the_broken_row_joined():
    assert [(label, text) for label, text, _ in summary(lay_as_extractor([_sheet()]))] == [
        ("Projektnamn", "Belysning vid Farsta strand"),
        ("Plats", "Farsta strand, Farsta"),
        ("Syfte och mål", "Att göra gångvägen tryggare kvällstid. Arbetet ska vara klart under hösten 2021."),
        ("Avvikelser", "Inga avvikelser."),
    ]


def test_a_landscape_form_with_its_value_column_across_the_middle_is_one_page():
    ws = words("Bilaga 5 - Uppföljning trygghetsinvestering", LEFT, 28.0, size=10.0, font=BOLD)
    y = 60.0
    for label, answer in (
        ("Projektnamn", "Belysning vid Farsta strand och längs gångvägen mot centrum"),
        ("Plats", "Farsta"),
    ):
        ws += words(label, LEFT, y, size=SIZE) + words(answer, 380.0, y, size=SIZE)
        y += 20.0
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([Page(1, W, H, ws)]))]
    assert got == [
        ("Projektnamn", "Belysning vid Farsta strand och längs gångvägen mot centrum"),
        ("Plats", "Farsta"),
    ]
