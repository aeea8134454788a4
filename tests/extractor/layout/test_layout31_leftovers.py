"""Layout leftovers of the twenty-fifth round (issue #12, twenty-sixth round): a second table sharing the first's
label x with a wider label column beside a letterhead band; the band's widest line level with the form's first
row; an empty last field over a signature block; a numbered heading right under a header table whose last answer
wraps; a header table's row of two labels with both answers empty."""

from __future__ import annotations

from bilagor.extractor.api import is_label
from bilagor.extractor.layout.blockcols import block_boundaries
from bilagor.extractor.layout.letterhead import strip_letterhead
from bilagor.extractor.layout.lines import group_lines
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS
from bilagor.extractor.words import Page
from factories import words
from layout_builders import lay_as_extractor, summary

BOLD = "Helvetica-Bold"


def test_a_second_tables_wider_label_column_keeps_its_wrapped_labels():
    # Both tables' labels at 150; the first's answers at 220, the second's at 260, its labels wrapping past 220.
    ws = words("Bilaga 5b Ansökan om investeringsmedel", 150, 50, size=14, font=BOLD)
    y = 90.0
    for label, answer in (
        ("Namn på insats", "Öppnare parkmiljö"),
        ("Sökt belopp", "3,6 MSEK"),
        ("Sökande nämnd", "Skärholmens stadsdelsnämnd"),
        ("Kontaktperson", "Jonas Roos"),
        ("Telefon", "08-508 53 871"),
        ("E-post", "jonas.roos@stockholm.se"),
    ):
        ws += words(label, 150, y, size=10, font=BOLD) + words(answer, 220, y, size=10)
        y += 20
    y += 16
    for labels, answers in (
        (["1. Beskrivning (mål", "och syfte)"], ["Syftet är att platsen ska kännas välkomnande", "och trygg."]),
        (["1.1 Behovsanalys/", "problembeskrivning"], ["Buskagen har vuxit igen så att gångvägen", "inte syns."]),
    ):
        for k, (label, answer) in enumerate(zip(labels, answers, strict=True)):
            ws += words(label, 150, y + 13 * k, size=10, font=BOLD) + words(answer, 260, y + 13 * k, size=10)
        y += 40
    page = Page(1, 595.0, 842.0, ws)
    assert summary(lay_as_extractor([page]))[-2:] == [
        ("1. Beskrivning (mål och syfte)", "Syftet är att platsen ska kännas välkomnande och trygg.", 1),
        ("1.1 Behovsanalys/problembeskrivning", "Buskagen har vuxit igen så att gångvägen inte syns.", 1),
    ]
    # Where the document's boundary is the first table's (its answers at 220), the second table is a block
    # of its own from its first row down, its labels running past that boundary.
    lines = group_lines(page, DEFAULT_SETTINGS)
    assert block_boundaries(lines, {1: 217.0}, 3.0) == {1: [(y - 80.0, 257.0)]}


def test_a_bands_widest_line_level_with_the_forms_first_row_goes_with_the_band():
    band = ("Enskede-Årsta-Vantör", "stadsdelsförvaltning", "Besöksadress", "Kvarnbacksvägen 30", "Telefon")
    ws = words("Bilaga 7 - Uppföljning klimatinvestering", 140, 56, size=13, font=BOLD)
    for k, text in enumerate((*band, "08-508 03 000", "stockholm.se")):
        ws += words(text, 16, 88 + 10 * k, size=7, font=BOLD if k == 0 else "Helvetica")
    for k, (label, answer) in enumerate((("Projektnamn", "Solceller på förskolan"), ("Plats", "Högdalens centrum"))):
        ws += words(label, 140, 88 + 30 * k, size=10, font=BOLD) + words(answer, 240, 88 + 30 * k, size=10)
    pages, removed = strip_letterhead([Page(1, 595.0, 842.0, ws)], is_label, DEFAULT_SETTINGS)
    assert "Enskede-Årsta-Vantör" in removed
    assert all(w.x0 >= 140 for w in pages[0].words)


def test_an_empty_last_field_over_the_signature_block_stays_a_field():
    ws, rules = words("Bilaga 5 - Uppföljning", 57, 63, size=14, font=BOLD), []
    y = 110.0
    for label, answer in (
        ("Projektnamn", "Belysning i Farsta strand"),
        ("Bilder före", "Se bilaga."),
        ("Bilder efter", ""),
    ):
        ws += words(label, 57, y, size=10, font=BOLD) + (words(answer, 190, y, size=10) if answer else [])
        rules.append((184, y - 2, 184, y + 14))
        y += 24
    for k, name in enumerate(("Ort och datum", "Underskrift", "Namnförtydligande")):
        x = 57 + k * 165
        rules.append((x, y + 50, x + 145, y + 50))
        ws += words(name, x, y + 53, size=7.5)
    assert summary(lay_as_extractor([Page(1, 595.0, 842.0, ws, rules)]))[-1] == ("Bilder efter", "", 1)


def _grid(rows: list[tuple[str, str, str, str]], after: list[tuple[str, float, str]]) -> Page:
    """A header grid of two pairs a row (labels bold at 58 and 300, answers at 145 and 405; an answer wraps on
    '|'), then lines (text, size, font) at the labels' x under it (a word after '|' at the answers' x, 146)."""
    ws = words("Bilaga 7 Ansökan om investeringsmedel", 57, 40, size=20, font=BOLD)
    y = last = 100.0
    for row in rows:
        depth = 1
        for x, text, font in zip((58, 145, 300, 405), row, (BOLD, "Times-Roman", BOLD, "Times-Roman"), strict=True):
            for k, part in enumerate(p for p in text.split("|") if p):
                ws += words(part, x, y + 13 * k, size=12, font=font)
                depth = max(depth, k + 1)
        last = y + 13 * (depth - 1)
        y += 13 * depth + 10
    y = last + 16  # close under the last row, within a wrapped line's pitch of its last answer line
    for text, size, font in after:
        for part, x in zip(text.split("|"), (57, 146)):
            ws += words(part, x, y, size=size, font=font)
        y += size * 1.6
    return Page(1, 595.0, 842.0, ws)


def test_a_numbered_heading_under_a_header_table_is_no_cell_of_its_last_row():
    page = _grid(
        [
            ("Namn på insats", "Laddstolpar", "Sökt belopp", "1 510 000"),
            ("Kontaktperson", "Mikael Holm", "Telefon", "08-508 89 385"),
            ("E-post", "mikael.holm@stockholm.se", "Ev samverkan", "fastighetskontoret och|Stockholm Exergi."),
        ],
        # The heading's words fall where the grid's cells start (its third word at the answers' x).
        [
            ("1. Beskrivning|(mål och syfte)", 14, BOLD),
            ("Fler laddpunkter ska underlätta omställningen.", 12, "Times-Roman"),
        ],
    )
    assert summary(lay_as_extractor([page]))[-2:] == [
        ("Ev samverkan", "fastighetskontoret och Stockholm Exergi.", 1),
        ("1. Beskrivning (mål och syfte)", "Fler laddpunkter ska underlätta omställningen.", 1),
    ]


def test_a_header_rows_two_labels_with_both_answers_empty_are_two_fields():
    page = _grid(
        [
            ("Namn på insats", "Kameraövervakning", "Sökt belopp", "559 000"),
            ("Sökande nämnd", "", "Ev medsökande nämnd", ""),
            ("Kontaktperson", "Ahmed Nyström", "Telefon", "08-508 74 790"),
        ],
        [
            ("1. Beskrivning (mål och syfte)", 14, BOLD),
            ("Kamerorna ska underlätta utredningsarbetet.", 12, "Times-Roman"),
        ],
    )
    assert summary(lay_as_extractor([page]))[2:4] == [("Sökande nämnd", "", 1), ("Ev medsökande nämnd", "", 1)]
