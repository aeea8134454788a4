"""Issue #12, tenth round: a contents page before the form ("Innehåll", then one line a field, a dot
leader and a page number) is page furniture, not a section: its entries name known labels, so read
as text they became a block holding every label of the form."""

from __future__ import annotations

from bilagor.extractor.words import Page
from factories import words
from layout_builders import lay_as_extractor, summary

W, H = 595.0, 842.0
LEFT, VALUE = 60.0, 200.0
BOLD = "Helvetica-Bold"
FIELDS = (("Projektnamn", "Belysning vid Farsta strand"), ("Plats", "Farsta strand"), ("Avvikelser", "Inga."))


def _contents(numbered: bool, leader: str) -> Page:
    ws = words("Bilaga 5 - Uppföljning trygghetsinvestering", LEFT, 50.0, size=15.0, font=BOLD)
    ws += words("Innehåll", LEFT, 90.0, size=12.0, font=BOLD)
    for k, (label, _) in enumerate(FIELDS):
        y = 115.0 + 16.0 * k
        entry = f"{k + 1}. {label}" if numbered else label
        ws += words(f"{entry} {leader}", LEFT, y)
        ws += words(str(2 + k // 2), 520.0, y)
    return Page(1, W, H, ws)


def _form() -> Page:
    ws, y = [], 60.0
    for label, answer in FIELDS:
        ws += words(label, LEFT, y, font=BOLD) + words(answer, VALUE, y)
        y += 20.0
    return Page(2, W, H, ws)


def test_a_contents_page_is_no_section():
    for numbered, leader in ((True, ". . . . . . . . . . . ."), (False, "......................")):
        layout = lay_as_extractor([_contents(numbered, leader), _form()])
        assert [(label, text) for label, text, _ in summary(layout)] == list(FIELDS)
        assert any("Projektnamn" in line for line in layout.removed)


def test_an_answer_with_a_row_of_dots_and_a_number_stays():
    ws = words("Bilaga 5 - Uppföljning trygghetsinvestering", LEFT, 50.0, size=15.0, font=BOLD)
    ws += words("Projektnamn", LEFT, 90.0, font=BOLD) + words("Belysning vid Farsta strand", VALUE, 90.0)
    ws += words("Ekonomiskt utfall", LEFT, 110.0, font=BOLD) + words("Belysning ........ 120 000", VALUE, 110.0)
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([Page(1, W, H, ws)]))]
    assert got[1] == ("Ekonomiskt utfall", "Belysning ........ 120 000")
