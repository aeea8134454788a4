"""Issue #12, sixth round: a header table above the body with columns of its own: one to four
label/answer pairs a row, answers and labels wrapping inside their cells, its value columns
nowhere near the body's. Every pair is a block of its own, wrapped lines included."""

from __future__ import annotations

from bilagor.extractor.words import Page
from factories import words
from layout_builders import TITLE, lay_as_extractor, summary

BOLD = "Helvetica-Bold"
LEAD = 13.2
BODY_LABEL_X, BODY_VALUE_X = 72.0, 217.0


def _cell(lines: list[str], x: float, top: float, bold: bool = False) -> list:
    ws = []
    for i, text in enumerate(lines):
        ws += words(text, x, top + i * LEAD, size=9.5, font=BOLD if bold else "Helvetica")
    return ws


def _header_row(pairs: list[tuple[list[str], list[str], float, float]], top: float) -> tuple[list, float]:
    ws = []
    height = 1
    for labels, values, label_x, value_x in pairs:
        ws += _cell(labels, label_x, top, bold=True) + _cell(values, value_x, top)
        height = max(height, len(labels), len(values))
    return ws, top + height * LEAD + 8


def _body(top: float) -> list:
    ws = []
    rows = [
        (["Projektets mål och syfte"], ["Trygghetsvandringar har visat flera", "otrygga platser i centrum."]),
        (
            ["Slutresultat"],
            [
                "Belysningen har förbättrats på gågatan",
                "och vid tunnelbanan. En ny vandring",
                "visade att de boende upplever",
                "centrum som tryggare.",
            ],
        ),
        (["Beskrivning av eventuella", "avvikelser"], ["Arbetet kunde inte starta förrän", "efter sommaren."]),
        (["Bilder före"], ["Se bilaga."]),
    ]
    for labels, values in rows:
        ws += _cell(labels, BODY_LABEL_X, top, bold=True) + _cell(values, BODY_VALUE_X, top)
        top += max(len(labels), len(values)) * LEAD + 9
    return ws


BODY = [
    ("Projektets mål och syfte", "Trygghetsvandringar har visat flera otrygga platser i centrum.", 1),
    (
        "Slutresultat",
        "Belysningen har förbättrats på gågatan och vid tunnelbanan. En ny vandring visade att de boende"
        " upplever centrum som tryggare.",
        1,
    ),
    ("Beskrivning av eventuella avvikelser", "Arbetet kunde inte starta förrän efter sommaren.", 1),
    ("Bilder före", "Se bilaga.", 1),
]


def test_a_two_pair_header_row_with_a_wrapped_answer_and_a_wrapped_label_row():
    ws = list(TITLE)
    row, y = _header_row(
        [
            (["Projektnamn"], ["Hökarängens centrum -", "trygghetsvandringar och", "åtgärder"], 75, 168),
            (["Diarienr"], ["1.2-281-2017"], 306, 399),
        ],
        100,
    )
    ws += row
    row, y = _header_row([(["Geografisk plats för", "investering"], ["Hökarängens centrum i Farsta"], 75, 199)], y)
    ws += row
    page = Page(1, 595.0, 842.0, ws + _body(y + 12))
    assert summary(lay_as_extractor([page])) == [
        ("Projektnamn", "Hökarängens centrum - trygghetsvandringar och åtgärder", 1),
        ("Diarienr", "1.2-281-2017", 1),
        ("Geografisk plats för investering", "Hökarängens centrum i Farsta", 1),
        *BODY,
    ]


def test_header_rows_of_one_pair_each_with_their_own_value_column():
    ws = list(TITLE)
    y = 100.0
    for labels, values in (
        (["Projektnamn"], ["Belysning i Bagarmossens centrum"]),
        (["Diarienr"], ["3.1.2-826-2024"]),
        (["Datum"], ["2024-12-01"]),
        (["Geografisk plats för", "investering"], ["Bagarmossens centrum, Skarpnäcks", "stadsdelsnämnd"]),
    ):
        row, y = _header_row([(labels, values, 80, 204)], y)
        ws += row
    page = Page(1, 595.0, 842.0, ws + _body(y + 12))
    assert summary(lay_as_extractor([page])) == [
        ("Projektnamn", "Belysning i Bagarmossens centrum", 1),
        ("Diarienr", "3.1.2-826-2024", 1),
        ("Datum", "2024-12-01", 1),
        ("Geografisk plats för investering", "Bagarmossens centrum, Skarpnäcks stadsdelsnämnd", 1),
        *BODY,
    ]


def test_four_pairs_a_row_in_narrow_cells():
    ws = list(TITLE)
    row, y = _header_row(
        [
            (["Namn på", "insats"], ["Kameror vid", "torget"], 72, 122),
            (["Sökt", "belopp"], ["220 000 kr"], 190, 232),
            (["Sökande", "nämnd"], ["Farsta", "stadsdelsnämnd"], 300, 350),
            (["Telefon"], ["08-508 12 345"], 430, 480),
        ],
        100,
    )
    ws += row
    page = Page(1, 595.0, 842.0, ws + _body(y + 12))
    got = summary(lay_as_extractor([page]))
    assert got[:4] == [
        ("Namn på insats", "Kameror vid torget", 1),
        ("Sökt belopp", "220 000 kr", 1),
        ("Sökande nämnd", "Farsta stadsdelsnämnd", 1),
        ("Telefon", "08-508 12 345", 1),
    ]
    assert got[4:] == BODY


def test_an_answer_running_close_up_to_the_next_label_set_smaller():
    ws = list(TITLE)
    # 'Sergels' ends 6 pt before 'Diarienr' (less than a column gap): only the labels' smaller
    # type parts the answer from the next pair's label.
    ws += words("Projektnamn", 81, 100, size=8.5) + words("Staket vid Sergels", 170, 100, size=9.5)
    end = ws[-1].x1
    ws += words("Diarienr", end + 6, 100, size=8.5) + words("1.5.3-229-2018", end + 95, 100, size=9.5)
    ws += words("torg", 170, 112.7, size=9.5)
    ws += words("Geografisk plats för", 81, 131.4, size=8.5) + words("Sergels torg, Norrmalm", 205, 131.4, size=9.5)
    ws += words("investering", 81, 144.9, size=8.5)
    page = Page(1, 595.0, 842.0, ws + _body(170))
    assert summary(lay_as_extractor([page]))[:3] == [
        ("Projektnamn", "Staket vid Sergels torg", 1),
        ("Diarienr", "1.5.3-229-2018", 1),
        ("Geografisk plats för investering", "Sergels torg, Norrmalm", 1),
    ]


def test_a_row_whose_known_label_only_reads_as_one_once_wrapped():
    # 'Projektets' / 'namn': no label reads as known on the row's first line ('Diarienr' and
    # 'Datum' are no template labels); the wrapped cell does.
    ws = list(TITLE)
    row, y = _header_row(
        [
            (["Projektets", "namn"], ["Kameraövervakning", "Solbergaparken"], 72, 130),
            (["Diarienr"], ["1.5.3-148-2022"], 250, 300),
            (["Datum"], ["2022-11-13"], 400, 450),
        ],
        100,
    )
    ws += row
    row, y = _header_row([(["Geografisk plats för", "investering"], ["Solbergaparken, Hägersten"], 72, 180)], y)
    ws += row
    page = Page(1, 595.0, 842.0, ws + _body(y + 12))
    assert summary(lay_as_extractor([page]))[:4] == [
        ("Projektets namn", "Kameraövervakning Solbergaparken", 1),
        ("Diarienr", "1.5.3-148-2022", 1),
        ("Datum", "2022-11-13", 1),
        ("Geografisk plats för investering", "Solbergaparken, Hägersten", 1),
    ]


def test_header_rows_whose_right_labels_line_up_across_a_full_width_row():
    # Only 'Projektets namn' (wrapped) is a known label in the first row, its labels set in bold
    # as no answer is; 'Telefon' two rows down starts where 'Diarienr' does, but the place row
    # between runs across that column: no grid of aligned label columns, two header rows.
    ws = list(TITLE)
    row, y = _header_row(
        [
            (["Projektets", "namn"], ["Staket vid", "Farsta centrum"], 72, 160),
            (["Diarienr"], ["1.5.3-398-2015"], 306, 394),
        ],
        100,
    )
    ws += row
    ws += _cell(["Plats"], 72, y, bold=True) + _cell(
        ["Farsta centrum, Farsta stadsdelsförvaltning i söder"], BODY_VALUE_X, y
    )
    y += LEAD + 8
    row, y = _header_row([(["Kontaktperson"], ["Anna Ek"], 72, 160), (["Telefon"], ["08-508 97 379"], 306, 394)], y)
    ws += row
    page = Page(1, 595.0, 842.0, ws + _body(y + 12))
    assert summary(lay_as_extractor([page]))[:5] == [
        ("Projektets namn", "Staket vid Farsta centrum", 1),
        ("Diarienr", "1.5.3-398-2015", 1),
        ("Plats", "Farsta centrum, Farsta stadsdelsförvaltning i söder", 1),
        ("Kontaktperson", "Anna Ek", 1),
        ("Telefon", "08-508 97 379", 1),
    ]


def test_answers_whose_wrapped_lines_start_left_of_their_first_line_keep_them():
    """A word processor sets a cell's first line in by a space (AbiWord from RTF): the wrapped
    lines start 2.8 pt left of the first, and on the body's value column they must not read as label
    text (issue #12, fifteenth round)."""
    ws = list(TITLE)
    indent = 2.8
    for labels, values, label_x, value_x in (
        (["Sökande", "nämnd"], ["Farsta", "stadsdelsnämnd"], 72, 160),
        (["Ev medsökande", "nämnd"], ["Hässelby-Vällingby", "stadsdelsnämnd"], 300, 400),
    ):
        ws += _cell(labels, label_x, 100, bold=True)
        ws += _cell(values[:1], value_x + indent, 100) + _cell(values[1:], value_x, 100 + LEAD)
    ws += _cell(["Kontaktperson"], 72, 130, bold=True) + _cell(["Sofia Haddad,"], 160 + indent, 130)
    ws += _cell(["trygghetssamordnare"], 160, 130 + LEAD)
    ws += _cell(["Telefon"], 300, 130, bold=True) + _cell(["08-508 23 189"], 400 + indent, 130)
    page = Page(1, 595.0, 842.0, ws + _body(180))
    assert summary(lay_as_extractor([page]))[:4] == [
        ("Sökande nämnd", "Farsta stadsdelsnämnd", 1),
        ("Ev medsökande nämnd", "Hässelby-Vällingby stadsdelsnämnd", 1),
        ("Kontaktperson", "Sofia Haddad, trygghetssamordnare", 1),
        ("Telefon", "08-508 23 189", 1),
    ]
