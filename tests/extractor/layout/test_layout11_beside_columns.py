"""Issue #12, eleventh round: a page set in two text columns, each a label/value table (a web form's
flex rows: the label beside its answer, flush right or left, often a rule under each row that stops
at the gutter). Read one column after the other, each label with its own answer."""

from __future__ import annotations

from bilagor.extractor.words import Page
from factories import words
from layout_builders import lay_as_extractor, summary

W, H = 595.0, 842.0
SIZE = 9.5
PITCH = 12.5
BOLD = "Helvetica-Bold"
# Each column: label cell [x, label_end], answer from value_x, the rules across [x, right].
COLUMNS = ((63.0, 150.0, 164.0, 280.0), (320.0, 407.0, 422.0, 538.0))

LEFT_FIELDS = [
    (["Projektnamn"], ["Gröna tak på", "Hökarängens centrum"]),
    (["Geografisk plats", "för investering"], ["Hökarängens centrum", "(Farsta stadsdelsnämnd)"]),
    (["Projektets mål och", "syfte"], ["Målet är att minska", "utsläppen av", "växthusgaser."]),
    (["Avvikelser"], ["Markarbetena blev", "större än väntat."]),
]
RIGHT_FIELDS = [
    (["Ekonomiskt utfall"], ["Budgeten var 0,3", "mnkr. Utfallet blev", "175 tkr."]),
    (["Ansvarig enhet"], ["Enheten för trygghet", "och lokal utveckling."]),
    (["Bilder före"], ["Se bifogade bilder."]),
    (["Bilder efter"], ["Se bifogade bilder."]),
]


def _label_words(text: str, x: float, end: float, top: float, flush_right: bool) -> list:
    ws = words(text, x, top, size=SIZE, font=BOLD)
    dx = end - ws[-1].x1 if flush_right else 0.0
    return words(text, x + dx, top, size=SIZE, font=BOLD)


def _column(fields, column, top: float, flush_right: bool, rules: list) -> list:
    x, label_end, value_x, right = column
    ws, y = [], top
    for labels, values in fields:
        for i, label in enumerate(labels):
            ws += _label_words(label, x, label_end, y + i * PITCH, flush_right)
        for i, value in enumerate(values):
            ws += words(value, value_x, y + i * PITCH, size=SIZE)
        y += max(len(labels), len(values)) * PITCH + 4.0
        rules.append((x, y - 2.0, right, y - 1.6))
        y += 2.0
    return ws


def _page(flush_right: bool, with_rules: bool) -> Page:
    ws = words("Bilaga 7 - Uppföljning klimatinvestering", 63.0, 90.0, size=13.5, font=BOLD)
    rules: list = []
    ws += _column(LEFT_FIELDS, COLUMNS[0], 121.0, flush_right, rules)
    # The right column starts a little lower: its first row's label is level with none of the left's.
    ws += _column(RIGHT_FIELDS, COLUMNS[1], 127.0, flush_right, rules)
    ws += words("Sida 1 av 1", 499.0, 807.0, size=8.0)
    return Page(1, W, H, ws, rules=rules if with_rules else [])


EXPECTED = [
    ("Projektnamn", "Gröna tak på Hökarängens centrum"),
    ("Geografisk plats för investering", "Hökarängens centrum (Farsta stadsdelsnämnd)"),
    ("Projektets mål och syfte", "Målet är att minska utsläppen av växthusgaser."),
    ("Avvikelser", "Markarbetena blev större än väntat."),
    ("Ekonomiskt utfall", "Budgeten var 0,3 mnkr. Utfallet blev 175 tkr."),
    ("Ansvarig enhet", "Enheten för trygghet och lokal utveckling."),
    ("Bilder före", "Se bifogade bilder."),
    ("Bilder efter", "Se bifogade bilder."),
]


def _read(page: Page) -> list[tuple[str, str]]:
    return [(label, text) for label, text, _ in summary(lay_as_extractor([page]))]


def test_two_columns_of_flush_right_labels_with_rules_are_read_column_by_column():
    assert _read(_page(flush_right=True, with_rules=True)) == EXPECTED


def test_two_columns_of_flush_left_labels_without_rules_are_read_column_by_column():
    assert _read(_page(flush_right=False, with_rules=False)) == EXPECTED


def test_a_header_grid_of_two_pairs_a_row_is_no_pair_of_text_columns():
    # Label | value | label | value, every right-hand label level with a left-hand one: a grid.
    ws = words("Bilaga 5b - Ansökan om investeringsmedel", 63.0, 90.0, size=13.5, font=BOLD)
    pairs = [
        ("Projektnamn", "Staket vid torget", "Sökt belopp", "200 000 kr"),
        ("Kontaktperson", "Anna Berg", "Telefon", "08-508 11 22"),
        ("E-post", "anna.berg@stockholm.se", "Plats", "Vällingby torg"),
        ("Sökande nämnd", "Hässelby-Vällingby", "Datum", "2021-03-04"),
    ]
    for i, (a, b, c, d) in enumerate(pairs):
        y = 121.0 + i * 20.0
        ws += words(a, 63.0, y, size=SIZE, font=BOLD) + words(b, 164.0, y, size=SIZE)
        ws += words(c, 320.0, y, size=SIZE, font=BOLD) + words(d, 422.0, y, size=SIZE)
    got = _read(Page(1, W, H, ws))
    assert got[:2] == [("Projektnamn", "Staket vid torget"), ("Sökt belopp", "200 000 kr")]


def test_an_answer_running_on_atop_the_right_column_ends_the_left_columns_last_answer():
    # WeasyPrint sets the tail of a row split at the column's foot at the next column's left edge.
    rules: list = []
    ws = words("Bilaga 7 - Uppföljning klimatinvestering", 63.0, 90.0, size=13.5, font=BOLD)
    ws += _column(LEFT_FIELDS, COLUMNS[0], 121.0, True, rules)
    # (at the column's edge, where the labels stand: as wide as the column, it could pass for one)
    ws += words("Samarbetet med polisen har fungerat väl", COLUMNS[1][0], 121.0, size=SIZE)
    ws += words("och fortsätter nästa år.", COLUMNS[1][0], 121.0 + PITCH, size=SIZE)
    ws += _column(RIGHT_FIELDS, COLUMNS[1], 121.0 + 2 * PITCH + 4.0, True, rules)
    got = _read(Page(1, W, H, ws, rules=rules))
    tail = "Samarbetet med polisen har fungerat väl och fortsätter nästa år."
    assert got[3] == ("Avvikelser", f"Markarbetena blev större än väntat. {tail}")
    assert got[4:] == EXPECTED[4:]


def test_a_right_column_holding_one_numbered_label_is_a_column_too():
    # The left column's last answer runs on atop the right one, then a single numbered label
    # wrapping beside its long answer fills the rest of it.
    rules: list = []
    ws = words("Bilaga 7 - Uppföljning klimatinvestering", 63.0, 90.0, size=13.5, font=BOLD)
    ws += _column(LEFT_FIELDS, COLUMNS[0], 121.0, False, rules)
    right = [
        (
            ["1.1 Behovsanalys/", "problembeskrivning"],
            [
                "Vid trygghetsvandringar",
                "har torget pekats ut",
                "som en otrygg plats.",
                "Platsen upplevs som",
                "mörk på kvällen.",
            ],
        )
    ]
    ws += words("Arbetet fortsätter.", COLUMNS[1][0], 121.0, size=SIZE)
    rules.append((COLUMNS[1][0], 121.0 + PITCH + 2.0, COLUMNS[1][3], 121.0 + PITCH + 2.4))  # the split row's rule
    ws += _column(right, COLUMNS[1], 121.0 + PITCH + 4.0, False, rules)
    got = _read(Page(1, W, H, ws, rules=rules))
    assert got[3] == ("Avvikelser", "Markarbetena blev större än väntat. Arbetet fortsätter.")
    assert got[4] == (
        "1.1 Behovsanalys/problembeskrivning",
        "Vid trygghetsvandringar har torget pekats ut som en otrygg plats. Platsen upplevs som mörk på kvällen.",
    )


def test_a_row_whose_label_box_grew_keeps_its_answer_at_its_own_x():
    # A flex row's label box grows with its longest word ('förvaltningsenhet' is wider than the
    # others' box): that row's answer starts further right.
    rules: list = []
    ws = words("Bilaga 7 - Uppföljning klimatinvestering", 63.0, 90.0, size=13.5, font=BOLD)
    ws += _column(LEFT_FIELDS, COLUMNS[0], 121.0, False, rules)
    x, label_end, value_x, right = COLUMNS[1]
    ws += _column(RIGHT_FIELDS[:1], COLUMNS[1], 127.0, False, rules)
    y = 127.0 + 3 * PITCH + 6.0
    ws += _label_words("Ansvarig", x, label_end + 13.0, y, False)
    ws += _label_words("förvaltningsenhet", x, label_end + 13.0, y + PITCH, False)
    ws += words("Enheten för trygghet", value_x + 13.0, y, size=SIZE) + words(
        "och lokal utveckling.", value_x + 13.0, y + PITCH, size=SIZE
    )
    rules.append((x, y + 2 * PITCH + 2.0, right, y + 2 * PITCH + 2.4))
    ws += _column(RIGHT_FIELDS[2:], COLUMNS[1], y + 2 * PITCH + 4.0, False, rules)
    got = _read(Page(1, W, H, ws, rules=rules))
    assert got[4:] == [
        EXPECTED[4],
        ("Ansvarig förvaltningsenhet", "Enheten för trygghet och lokal utveckling."),
        *EXPECTED[6:],
    ]
