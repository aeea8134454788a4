"""Issue #12, tenth round: a header table ruled as boxes, two or more label/value pairs a row
(fpdf2's caps table: 'NAMN PÅ INSATS | Solcellsanläggning vid / Humlegården | SÖKT BELOPP | 1 200 000
kr'), each value wrapping in its narrow cell and the small label centred on it. Where rules close
every cell, a row is read cell by cell: each label cell with the value cell beside it."""

from __future__ import annotations

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
