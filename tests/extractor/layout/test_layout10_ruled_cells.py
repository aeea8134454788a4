"""Issue #12, tenth round: a header table ruled as boxes, two or more label/value pairs a row
(fpdf2's caps table: 'NAMN PÅ INSATS | Solcellsanläggning vid / Humlegården | SÖKT BELOPP | 1 200 000
kr'), each value wrapping in its narrow cell and the small label centred on it. Where rules close
every cell, a row is read cell by cell: each label cell with the value cell beside it."""

from __future__ import annotations

from bilagor.extractor.labels import is_title_start
from bilagor.extractor.layout import title_lines
from bilagor.extractor.words import Page
from factories import words
from layout_builders import lay_as_extractor, summary

W, H = 595.0, 842.0
EDGES = (67.0, 157.0, 298.0, 387.0, 528.0)
LEAD = 12.0


def _box_rules(tops: list[float], edges=EDGES) -> list[tuple[float, float, float, float]]:
    rules = []
    for top, bottom in zip(tops, tops[1:]):
        for x0, x1 in zip(edges, edges[1:]):
            rules += [(x0, top, x1, top), (x0, bottom, x1, bottom), (x0, top, x0, bottom), (x1, top, x1, bottom)]
    return rules


ROWS = (
    (("NAMN PÅ INSATS", ["Solcellsanläggning vid", "Humlegården"]), ("SÖKT BELOPP", ["1 200 000 kr"])),
    (("SÖKANDE NÄMND", ["Norra innerstadens", "stadsdelsnämnd"]), ("EV MEDSÖKANDE", [])),
    (("KONTAKTPERSON", ["Karin Sjöström,", "utvecklingsledare"]), ("TELEFON", ["08-508 79 641"])),
)


def _page() -> Page:
    ws = words("Bilaga 7 - Ansökan om investeringsmedel för klimatinvesteringar", 67.0, 50.0, size=14.0)
    tops = [100.0]
    for pairs in ROWS:
        top = tops[-1]
        height = 2 * LEAD + 4.0
        for k, (label, values) in enumerate(pairs):
            x_label, x_value = EDGES[2 * k] + 3.0, EDGES[2 * k + 1] + 3.0
            ws += words(label, x_label, top + height / 2 - 3.5, size=7.0)  # centred on a two-line value
            for i, line in enumerate(values if len(values) > 1 else values):
                y = top + 2.0 + i * LEAD if len(values) > 1 else top + height / 2 - 5.0
                ws += words(line, x_value, y, size=10.0)
        tops.append(top + height)
    y = tops[-1] + 20.0
    for label, value in (
        ("E-POST", "karin.sjostrom@stockholm.se"),
        ("EV SAMVERKAN", "Trafikkontoret."),
        ("TIDPLAN", "2026"),
    ):
        ws += words(label, 67.0, y, size=7.0) + words(value, 250.0, y)
        y += 20.0
    return Page(1, W, H, ws, rules=_box_rules(tops))


def test_a_boxed_header_table_of_pairs_is_read_cell_by_cell():
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([_page()]))]
    assert got[:6] == [
        ("NAMN PÅ INSATS", "Solcellsanläggning vid Humlegården"),
        ("SÖKT BELOPP", "1 200 000 kr"),
        ("SÖKANDE NÄMND", "Norra innerstadens stadsdelsnämnd"),
        ("EV MEDSÖKANDE", ""),
        ("KONTAKTPERSON", "Karin Sjöström, utvecklingsledare"),
        ("TELEFON", "08-508 79 641"),
    ]
    assert got[6:] == [
        ("E-POST", "karin.sjostrom@stockholm.se"),
        ("EV SAMVERKAN", "Trafikkontoret."),
        ("TIDPLAN", "2026"),
    ]


def test_a_ruled_table_of_one_pair_a_row_is_left_to_the_columns():
    # Two cells a row: the label/value table the column finder reads (a wrapped label stays whole).
    ws, tops = [], [100.0]
    for label, value in (("Projektnamn", "Belysning vid Farsta strand"), ("Plats", "Farsta strand")):
        ws += words(label, 70.0, tops[-1] + 4.0) + words(value, 200.0, tops[-1] + 4.0)
        tops.append(tops[-1] + 20.0)
    page = Page(1, W, H, ws, rules=_box_rules(tops, (67.0, 195.0, 528.0)))
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([page]))]
    assert got == [("Projektnamn", "Belysning vid Farsta strand"), ("Plats", "Farsta strand")]


def _letterhead_page(dnr_x: float) -> Page:
    """xhtml2pdf's application: a letterhead line, a bold title over two lines, a boxed header table of
    two pairs a row (bold labels in sentence case), then 'Label: answer' paragraphs."""
    edges = (56.7, 143.4, 297.6, 384.4, 538.6)
    ws = words("Stockholms stad", 56.7, 56.7) + words("Dnr 3.4-152-2022", dnr_x, 56.7)
    ws += words("Bilaga 5b Ansökan om investeringsmedel (CM4) för", 56.7, 88.0, 15.0, "Helvetica-Bold")
    ws += words("trygghetsskapande åtgärder", 56.7, 110.0, 15.0, "Helvetica-Bold")
    rows = (
        (("Namn på insats", "Pollare kring skolan"), ("Sökt belopp", "500 tkr")),
        (("Sökande nämnd", "Kungsholmens stadsdelsnämnd"), ("Telefon", "08-508 93 858")),
        (("Kontaktperson", "Gunilla Wikström"), ("Ev samverkan", "Nattvandrarna")),
    )
    tops = [146.0]
    for pairs in rows:
        for k, (label, value) in enumerate(pairs):
            ws += words(label, edges[2 * k] + 2.0, tops[-1] + 4.0, font="Helvetica-Bold")
            ws += words(value, edges[2 * k + 1] + 2.0, tops[-1] + 4.0, size=9.0)
        tops.append(tops[-1] + 20.0)
    y = tops[-1] + 30.0
    for label, answer in (("1. Beskrivning (mål och syfte):", "Platsen upplevs som otrygg."), ("Tidplan:", "2022")):
        ws += words(label, 56.7, y, font="Helvetica-Bold") + words(answer, 56.7 + 6.0 * (len(label) + 1), y)
        y += 22.0
    return Page(1, W, H, ws, rules=_box_rules(tops, edges))


def test_a_line_above_a_boxed_table_read_cell_by_cell_is_no_value_column():
    # The table's frame is no evidence for a value column once its cells are read one by one: a
    # letterhead's 'Dnr' starting by chance a little right of its inner border is not an answer.
    for dnr_x in (150.0, 158.0, 165.0):
        layout = lay_as_extractor([_letterhead_page(dnr_x)])
        assert [ln.text for ln in title_lines(layout.preamble, layout.body_size, is_title_start)] == [
            "Bilaga 5b Ansökan om investeringsmedel (CM4) för",
            "trygghetsskapande åtgärder",
        ], dnr_x
        assert [label for label, _, _ in summary(layout)][:6] == [
            "Namn på insats",
            "Sökt belopp",
            "Sökande nämnd",
            "Telefon",
            "Kontaktperson",
            "Ev samverkan",
        ], dnr_x
