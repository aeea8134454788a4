"""A form printed for signing (issue #12, twenty-fifth round): the office's framed box of empty captioned rules
beside the title at page 1's top, and a signature block of empty captioned rules at the end. Neither is the
form's content: the box's words stay out of the title, the block's captions out of the last answer."""

from __future__ import annotations

from bilagor.extractor.layout.lines import group_lines
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS
from bilagor.extractor.layout.signing import strip_signature
from bilagor.extractor.words import Page
from factories import words
from layout_builders import lay_as_extractor, summary

BOLD = "Helvetica-Bold"


def _frame(x0: float, top: float, x1: float, bottom: float) -> list[tuple[float, float, float, float]]:
    return [(x0, top, x1, top), (x0, bottom, x1, bottom), (x0, top, x0, bottom), (x1, top, x1, bottom)]


def _page(office: bool = True, signature: bool = True) -> Page:
    ws, rules = [], []
    ws += words("Bilaga 5 - Uppföljning", 57, 63, size=14, font=BOLD)
    if office:
        rules += _frame(370, 55, 538, 140)
        ws += words("Fylls i av förvaltningen", 375, 60, size=7.5, font=BOLD)
        for k, name in enumerate(("Ankomstdatum", "Diarienummer", "Handläggare")):
            ws += words(name, 375, 82 + k * 22, size=7.5)
            rules.append((440, 90 + k * 22, 532, 90 + k * 22))
    y = 170.0
    for label, answer in (
        ("Projektnamn", "Belysning i Farsta strand"),
        ("Plats", "Farsta strandplan"),
        ("Avvikelser", "Inga avvikelser."),
    ):
        ws += words(label, 57, y, size=10, font=BOLD) + words(answer, 190, y, size=10)
        rules.append((184, y - 2, 184, y + 14))
        y += 24
    if signature:
        ws += words("Underskrift", 57, y + 10, size=10, font=BOLD)
        for k, name in enumerate(("Ort och datum", "Namnteckning", "Namnförtydligande")):
            x = 57 + k * 165
            rules.append((x, y + 60, x + 145, y + 60))
            ws += words(name, x, y + 63, size=7.5)
    return Page(1, 595.0, 842.0, ws, rules)


def test_the_office_box_and_the_signature_block_are_no_content():
    layout = lay_as_extractor([_page()])
    assert [ln.text for ln in layout.preamble] == ["Bilaga 5 - Uppföljning"]
    assert summary(layout) == [
        ("Projektnamn", "Belysning i Farsta strand", 1),
        ("Plats", "Farsta strandplan", 1),
        ("Avvikelser", "Inga avvikelser.", 1),
    ]


def test_captions_under_rules_with_answers_typed_on_them_stay():
    # Answers typed on their rules, each captioned under it: labels of a captioned form, no signature block.
    ws = words("Bilaga 5 - Uppföljning", 57, 63, size=14, font=BOLD)
    rules = []
    for k, (label, answer) in enumerate((("Projektnamn", "Belysning i Farsta"), ("Plats", "Farsta strand"))):
        top = 120 + k * 50
        ws += words(answer, 59, top, size=11)
        rules.append((57, top + 13, 538, top + 13))
        ws += words(label, 57, top + 16, size=8)
    layout = lay_as_extractor([Page(1, 595.0, 842.0, ws, rules)])
    assert summary(layout) == [("Projektnamn", "Belysning i Farsta", 1), ("Plats", "Farsta strand", 1)]


def test_a_captioned_form_ending_in_empty_answers_keeps_their_captions():
    # Small captions under writing lines, the last two answers left empty (bare rules over their captions):
    # the form's own labels (captions.py reads them), not a signature block.
    ws = words("Bilaga 5 - Uppföljning", 57, 63, size=14, font=BOLD)
    rules = []
    for k, (label, answer) in enumerate(
        (
            ("Projektnamn", "Ny belysning längs gångvägen i Farsta strand"),
            ("Plats", "Gångvägen mellan Farsta strand och Farsta centrum"),
            ("Avvikelser", ""),
            ("Övrigt", ""),
        )
    ):
        top = 120 + k * 50
        if answer:
            ws += words(answer, 59, top, size=11)
        rules.append((57, top + 13, 538, top + 13))
        ws += words(label, 57, top + 16, size=8)
    page = Page(1, 595.0, 842.0, ws, rules)
    lines = group_lines(page)
    assert strip_signature([page], [lines], 11.0, DEFAULT_SETTINGS) == [lines]


def test_a_signature_block_under_framed_rows_stays_out_of_the_last_answer():
    # Each row closed by a rule under its answer: the block's first caption must not close the last row.
    page = _page(office=False)
    rows = [(57, y + 16, 538, y + 16) for y in (170.0, 194.0, 218.0)]
    layout = lay_as_extractor([Page(1, page.width, page.height, page.words, page.rules + rows)])
    assert summary(layout)[-1] == ("Avvikelser", "Inga avvikelser.", 1)
    assert len(summary(layout)) == 3


def test_corner_captions_of_a_ruled_grid_ending_in_empty_cells_stay():
    # A grid of ruled cells, each small caption in its cell's top left corner over the typed answer; the last
    # two cells empty: their top edges are empty rules over captions, but cell edges, not rules to sign on.
    rows = (
        ("Projektnamn", "Ny belysning längs gångvägen i Farsta strand"),
        ("Plats", "Gångvägen mellan Farsta strand och Farsta centrum"),
        ("Avvikelser", ""),
        ("Övrigt", ""),
    )
    ws, rules = words("Bilaga 5 - Uppföljning", 57, 63, size=14, font=BOLD), []
    for k, (label, answer) in enumerate(rows):
        top = 110 + k * 36
        rules += _frame(57, top, 538, top + 36)
        ws += words(label, 60, top + 2, size=7)
        if answer:
            ws += words(answer, 60, top + 14, size=11)
    page = Page(1, 595.0, 842.0, ws, rules)
    lines = group_lines(page)
    assert strip_signature([page], [lines], 11.0, DEFAULT_SETTINGS) == [lines]
