"""Issue #12, eighteenth round: a plain-text listing printed two pages up by a listing printer (a2ps): each
page in a ruled frame of the same size side by side on a landscape sheet, the sheet's own header above
the frames and its centred footer below them. Each frame is a page, left then right; the sheet's header
and footer are no page's text, and the frames no table's borders. A framed box with text beside it is
no such sheet."""

from __future__ import annotations

from bilagor.extractor.layout.indented import first_indented_block
from bilagor.extractor.layout.model import Block, Line
from bilagor.extractor.layout.sheetframes import sheet_frames
from bilagor.extractor.layout.twoup import split_two_up
from bilagor.extractor.words import Page
from factories import words
from layout_builders import lay_as_extractor, summary

W, H = 842.0, 595.0
SIZE = 7.0
MONO = "Courier"
FRAME_TOP, FRAME_BOTTOM = 41.0, 559.0
LEFT_FRAME, RIGHT_FRAME = (24.0, 415.0), (427.0, 818.0)


def _frame(x0: float, x1: float) -> list[tuple[float, float, float, float]]:
    return [
        (x0, FRAME_TOP, x1, FRAME_TOP),
        (x0, FRAME_BOTTOM, x1, FRAME_BOTTOM),
        (x0, FRAME_TOP, x0, FRAME_BOTTOM),
        (x1, FRAME_TOP, x1, FRAME_BOTTOM),
    ]


def _listing(lines: list[str], x: float, top: float = 44.0) -> list:
    ws, y = [], top
    for line in lines:
        indent = len(line) - len(line.lstrip())
        if line.strip():
            ws += words(line.strip(), x + indent * 0.6 * SIZE, y, size=SIZE, font=MONO)
        y += 8.0
    return ws


LEFT_PAGE = [
    "Bilaga 3 Ansökan om medel för lokal utveckling",
    "",
    "Projektnamn",
    "    Cykelverkstad vid Hagsätra torg",
    "",
    "Plats",
    "    Hagsätra, Skärholmen",
    "",
    "Syfte och mål",
    "    Många unga saknar en plats att laga sina cyklar. Verkstaden",
]
RIGHT_PAGE = ["    öppnar på lördagar under sommaren.", "", "Avvikelser", "    Inga avvikelser."]


def _sheet(right: list[str], frames: list) -> Page:
    ws = words("Bilaga 3", 781.0, 24.0, size=9.0) + words("Sida 1 (1)", 402.0, 562.0, size=9.0)
    ws += _listing(LEFT_PAGE, 27.0) + _listing(right, 430.0)
    return Page(1, W, H, ws, rules=[r for x0, x1 in frames for r in _frame(x0, x1)])


def test_a_framed_two_up_listing_is_read_page_by_page_without_the_sheets_header_and_footer():
    layout = lay_as_extractor([_sheet(RIGHT_PAGE, [LEFT_FRAME, RIGHT_FRAME])])
    assert " ".join(line.text for line in layout.preamble) == LEFT_PAGE[0]
    assert [(label, text) for label, text, _ in summary(layout)] == [
        ("Projektnamn", "Cykelverkstad vid Hagsätra torg"),
        ("Plats", "Hagsätra, Skärholmen"),
        (
            "Syfte och mål",
            "Många unga saknar en plats att laga sina cyklar. Verkstaden öppnar på lördagar under sommaren.",
        ),
        ("Avvikelser", "Inga avvikelser."),
    ]


def test_a_lone_left_frame_is_the_sheets_one_page():
    pages = split_two_up([_sheet([], [LEFT_FRAME])])
    assert [len(p.words) for p in pages][1:] == [0]
    assert " ".join(w.text for w in pages[0].words[:8]) == LEFT_PAGE[0]
    assert pages[0].rules == []
    layout = lay_as_extractor([_sheet([], [LEFT_FRAME])])
    assert " ".join(line.text for line in layout.preamble) == LEFT_PAGE[0]


def test_a_framed_box_with_text_beside_it_is_no_two_up_sheet():
    page = _sheet([], [LEFT_FRAME])
    page.words += words("Beslut fattat av nämnden", 500.0, 300.0, size=SIZE)
    assert sheet_frames(page) is None


def test_frames_of_unequal_size_are_not_two_pages():
    assert sheet_frames(_sheet(RIGHT_PAGE, [LEFT_FRAME, RIGHT_FRAME])) == [
        (LEFT_FRAME[0], FRAME_TOP, LEFT_FRAME[1], FRAME_BOTTOM),
        (RIGHT_FRAME[0], FRAME_TOP, RIGHT_FRAME[1], FRAME_BOTTOM),
    ]
    page = _sheet(RIGHT_PAGE, [LEFT_FRAME, (427.0, 700.0)])
    assert sheet_frames(page) is None


def test_a_short_lowercase_answer_indented_under_its_label_is_no_wrapped_label():
    # A plain-text listing sets each answer four characters in under its label; a short answer in
    # lowercase is no wrapped line of the label, which would wrap at the label's own left edge.
    lines = [
        "Bilaga 3 Ansökan om medel för lokal utveckling",
        "",
        "Projektnamn",
        "    Cykelverkstad vid Hagsätra torg",
        "",
        "Ev samverkan",
        "    fritidsgården och bostadsbolaget",
        "",
        "Avvikelser",
        "    Inga avvikelser.",
    ]
    layout = lay_as_extractor([Page(1, 595.0, 842.0, _listing(lines, 57.0))])
    assert [(label, text) for label, text, _ in summary(layout)] == [
        ("Projektnamn", "Cykelverkstad vid Hagsätra torg"),
        ("Ev samverkan", "fritidsgården och bostadsbolaget"),
        ("Avvikelser", "Inga avvikelser."),
    ]


def test_a_numbered_heading_still_wraps_at_its_hanging_indent():
    ws = words("1.1 Behovsanalys och", 57.0, 100.0, size=SIZE, font="Helvetica-Bold")
    ws += words("problembeskrivning", 57.0 + 4 * 0.5 * SIZE + 0.28 * SIZE, 109.0, size=SIZE, font="Helvetica-Bold")
    ws += words("Gångvägen är mörk och många väljer att gå en omväg.", 57.0, 124.0, size=SIZE)
    layout = lay_as_extractor([Page(1, 595.0, 842.0, ws)])
    assert [(label, text) for label, text, _ in summary(layout)] == [
        ("1.1 Behovsanalys och problembeskrivning", "Gångvägen är mörk och många väljer att gå en omväg.")
    ]


def test_an_unknown_first_label_of_an_indented_listing_is_no_part_of_the_title():
    lines = [
        "Ombyggnad av lekplatsen i Rågsved. Delrapport",
        "",
        "Bakgrund",
        "    Lekplatsens redskap var slitna och en del var avstängda.",
        "",
        "Projektnamn",
        "    Ny lekplats i Rågsved",
        "",
        "Avvikelser",
        "    Inga avvikelser.",
    ]
    layout = lay_as_extractor([Page(1, 595.0, 842.0, _listing(lines, 57.0))])
    assert [line.text for line in layout.preamble] == [lines[0]]
    assert [(label, text) for label, text, _ in summary(layout)] == [
        ("Bakgrund", "Lekplatsens redskap var slitna och en del var avstängda."),
        ("Projektnamn", "Ny lekplats i Rågsved"),
        ("Avvikelser", "Inga avvikelser."),
    ]


def _preamble_and_block(indent: str) -> tuple[list[Line], list[Block]]:
    listing = ["Delrapport", "", "Bakgrund", indent + "Slitna redskap.", "", "Plats", indent + "Rågsved"]
    page = Page(1, 595.0, 842.0, _listing(listing, 57.0))
    lines = [Line(1, [w for w in page.words if w.top == top]) for top in sorted({w.top for w in page.words})]
    return lines[:3], [Block([lines[3]], [lines[4]])]


def test_a_preamble_stays_whole_when_the_answers_are_not_indented_under_their_labels():
    preamble, blocks = _preamble_and_block("")
    assert first_indented_block(preamble, blocks, 3.0) == (preamble, blocks)
    preamble, blocks = _preamble_and_block("    ")
    got_preamble, got_blocks = first_indented_block(preamble, blocks, 3.0)
    assert [line.text for line in got_preamble] == ["Delrapport"]
    assert [b.label for b in got_blocks] == ["Bakgrund", "Plats"]
