"""text_columns: a body set in text columns read a column at a time, tables and grids left alone."""

from __future__ import annotations

from bilagor.extractor.text_columns import in_column_order
from bilagor.extractor.words import Page, Word

SIZE = 10.0
PITCH = 12.0
CHAR = 5.0  # width of a character, pt


def _line(text: str, x: float, top: float, right: float | None = None) -> list[Word]:
    """Words of one line from x; with `right`, spaced out to end there (a justified, full line)."""
    parts = text.split()
    widths = [len(p) * CHAR for p in parts]
    space = CHAR if right is None or len(parts) < 2 else (right - x - sum(widths)) / (len(parts) - 1)
    out, at = [], x
    for part, width in zip(parts, widths):
        out.append(Word(part, at, at + width, top, top + SIZE, "Helvetica", SIZE))
        at += width + space
    return out


def _column(lines: list[str], x: float, top: float, right: float, last_short: bool = True) -> list[Word]:
    """A column of wrapped text: every line of four words or more full to `right` (justified) but a
    paragraph's last; shorter lines (a label) ragged."""
    out = []
    for i, text in enumerate(lines):
        full = len(text.split()) >= 4 and not (last_short and i == len(lines) - 1)
        out += _line(text, x, top + i * PITCH, right if full else None)
    return out


LEFT = [
    "Projektnamn",
    "Ny belysning i parken vid torget",
    "Geografisk plats för investering",
    "Gångvägen längs ån mellan skolan och",
    "idrottsplatsen i stadsdelens södra del",
    "Projektets mål och syfte",
]
RIGHT = [
    "Att göra gångvägen tryggare under",
    "den mörka delen av året och öka",
    "antalet som går där på kvällen",
    "Beskrivning av eventuella avvikelser",
    "Inga avvikelser har noterats under",
    "arbetet med projektet i stadsdelen",
]

PROSE = [
    "Belysningen längs gångvägen mellan skolan och idrottsplatsen har bytts ut under hösten och",
    "vintern, och de boende som deltog i trygghetsvandringen i maj har fått lämna synpunkter på",
    "resultatet. De flesta upplever platsen som tryggare nu än före bytet, särskilt under kvällarna",
    "då många barn och unga går till träningen. Arbetet har gjorts tillsammans med trafikkontoret",
    "och fastighetsägarna i området, som också har röjt buskage och sly längs hela sträckan. En",
    "uppföljning görs nästa år.",
]


def _two_columns(top: float = 100.0) -> list[Word]:
    return _column(LEFT, 50, top, 270, last_short=False) + _column(RIGHT, 310, top, 530, last_short=False)


def _texts_in_reading_order(page: Page) -> list[str]:
    """Lines as the layout would read them: words grouped by top, each line left to right."""
    rows: dict[float, list[Word]] = {}
    for word in page.words:
        rows.setdefault(round(word.top, 1), []).append(word)
    return [" ".join(w.text for w in sorted(ws, key=lambda w: w.x0)) for _, ws in sorted(rows.items())]


def test_two_columns_read_one_after_the_other_under_a_spanning_title() -> None:
    title = _line("Bilaga 5 Uppföljning trygghetsinvestering i stadsdelen Farsta", 50, 60)
    page = Page(1, 595, 842, title + _two_columns())
    lines = _texts_in_reading_order(in_column_order(page))
    assert lines[0].startswith("Bilaga 5")
    assert lines[1:] == LEFT + RIGHT
    # The right column now stands at the left column's x.
    moved = [w for w in in_column_order(page).words if w.text == "Beskrivning"]
    assert moved[0].x0 == 50


def test_label_at_a_column_foot_keeps_its_answer_at_the_next_head() -> None:
    out = in_column_order(Page(1, 595, 842, _two_columns()))
    label = max(w.bottom for w in out.words if w.text == "syfte")
    answer = min(w.top for w in out.words if w.text == "Att")
    assert 0 < answer - label <= PITCH


def test_heading_spanning_the_columns_stays_between_its_bands() -> None:
    heading = _line("Ekonomisk redovisning för hela projektet under året som gått", 50, 100 + 6 * PITCH + 10)
    lower = [
        Word(w.text, w.x0, w.x1, w.top + 6 * PITCH + 40, w.bottom + 6 * PITCH + 40, w.fontname, w.size)
        for w in _two_columns()
    ]
    page = Page(1, 595, 842, _two_columns() + heading + lower)
    lines = _texts_in_reading_order(in_column_order(page))
    at = lines.index(" ".join(w.text for w in heading))
    assert lines[:at] == LEFT + RIGHT
    assert lines[at + 1 :] == LEFT + RIGHT


def test_three_columns() -> None:
    third = ["Bilder före", "Se bifogade bilder från", "Bilder efter"]
    words = (
        _column(LEFT, 40, 100, 190, last_short=False)
        + _column(RIGHT, 215, 100, 365, last_short=False)
        + _column(third, 390, 100, 540, last_short=False)
    )
    lines = _texts_in_reading_order(in_column_order(Page(1, 595, 842, words)))
    assert lines == LEFT + RIGHT + third


def test_page_height_grows_by_what_the_band_grew() -> None:
    footer = _line("Sida 1 (2)", 270, 400)
    out = in_column_order(Page(1, 595, 842, _two_columns() + footer))
    grown = out.height - 842
    assert grown > 0
    assert [w.top for w in out.words if w.text == "Sida"] == [400 + grown]


def test_a_few_rows_between_lines_across_the_gutter_are_no_columns() -> None:
    """A header grid's rows under the title and over a long answer across the page: too short a run
    of the page's text to be its body's columns."""
    words = _line("Bilaga 5 Ansökan om investeringsmedel för trygghetsskapande åtgärder i Farsta", 50, 60)
    words += _column(LEFT[:3], 50, 100, 270, last_short=False) + _column(RIGHT[:3], 310, 100, 530, last_short=False)
    words += _line("E-post anna.berg@stockholm.se och telefon till växeln", 50, 140)
    for i, text in enumerate(PROSE * 3):  # a label/value table: labels every third line, answers past the gutter
        words += _line(text.split()[0], 50, 160 + i * PITCH) if i % 3 == 0 else []
        words += _line(" ".join(text.split()[:5]), 310, 160 + i * PITCH, 530)
    page = Page(1, 595, 842, words)
    assert in_column_order(page) is page


def test_column_rule_dropped_and_a_rule_moved_with_its_column() -> None:
    column_rule = (290.0, 100.0, 290.5, 100 + 5 * PITCH + SIZE)
    under_first_right_line = (310.0, 100 + SIZE + 1, 530.0, 100 + SIZE + 1.5)
    out = in_column_order(Page(1, 595, 842, _two_columns(), rules=[column_rule, under_first_right_line]))
    att = min(w.top for w in out.words if w.text == "Att")
    assert out.rules == [(50.0, att + SIZE + 1, 270.0, att + SIZE + 1.5)]


def test_label_value_table_is_left_alone() -> None:
    words: list[Word] = []
    top = 100.0
    for label, answer in [
        ("Projektnamn", ["Ny belysning i parken vid torget och längs gångvägen till skolan"]),
        ("Plats", ["Gångvägen längs ån mellan skolan och idrottsplatsen i stadsdelens", "södra del"]),
        ("Syfte", ["Att göra gångvägen tryggare under den mörka delen av året och", "öka antalet som går där"]),
        ("Resultat", ["Tjugo nya armaturer har satts upp längs hela sträckan och", "boende upplever platsen"]),
    ]:
        words += _line(label, 50, top)
        for i, text in enumerate(answer):
            words += _line(text, 180, top + i * PITCH, 530 if i < len(answer) - 1 else None)
        top += (len(answer) + 1) * PITCH
    page = Page(1, 595, 842, words)
    assert in_column_order(page) is page


GRID_ROWS = [
    (["Namn på insats", "Belysning av gångvägen vid"], ["Sökt belopp", "Tvåhundratjugotusen kronor i"]),
    (["Sökande nämnd", "Farsta stadsdelsnämnd och"], ["Kontaktperson", "Anna Andersson på enheten"]),
    (["Telefon", "Nummer till växeln på nämnden"], ["E-post", "Adress till enhetens brevlåda"]),
    (["Ev samverkan", "Polisen och fastighetsägare"], ["Medsökande", "Ingen annan nämnd söker med"]),
]


def _grid(row_step: float, rows: int = len(GRID_ROWS)) -> tuple[list[Word], float]:
    """A grid of two pairs a row (label above its answer in each cell), `rows` rows `row_step` apart; the
    words and the top of the row after the last."""
    words: list[Word] = []
    top = 100.0
    for left, right in GRID_ROWS[:rows]:
        words += _column(left, 50, top, 270, last_short=False) + _column(right, 310, top, 530, last_short=False)
        top += row_step
    return words, top


def test_grid_of_pairs_whose_rows_start_level_is_left_alone() -> None:
    page = Page(1, 595, 842, _grid(3 * PITCH)[0])
    assert in_column_order(page) is page


def test_single_column_page_is_left_alone() -> None:
    page = Page(1, 595, 842, _column(PROSE, 50, 100, 530))
    assert in_column_order(page) is page


def test_ragged_columns_part_at_their_gutter() -> None:
    """Most lines of the left column end well before the gutter: the gutter is still where no line
    reaches, not the middle of all the space fewer than half of the lines fill."""
    ragged = [
        "Projektets mål och syfte",
        "Gammal belysning ska bytas mot ny och",
        "bättre.",
        "Resultat",
        "Tjugo armaturer har satts upp längs",
        "ån.",
        "Avvikelser",
    ]
    words = _column(ragged, 50, 100, 270) + _column(RIGHT, 300, 100, 530, last_short=False)
    lines = _texts_in_reading_order(in_column_order(Page(1, 595, 842, words)))
    assert lines == ragged + RIGHT


def test_a_short_last_column_still_parts_at_the_gutter() -> None:
    """The flow ends a few short lines down the last column: fewer than half of the page's lines reach
    across its width, so the clear space runs from the gutter on into the right margin; the gutter is
    the clear stretch with text on both sides, not the margin."""
    title = _line("Bilaga 5 Uppföljning trygghetsinvestering", 50, 60) + _line("Dnr 1.2.3-456-2024", 440, 40)
    left = LEFT + ["Gammal belysning ska bytas mot ny och", "bättre armaturer längs hela gångvägen"]
    right = ["Syftet är att fler ska", "våga gå här.", "Slutredovisning"]
    words = title + _column(left, 50, 100, 270, last_short=False)
    words += [w for i, text in enumerate(right) for w in _line(text, 310, 100 + i * PITCH)]
    lines = _texts_in_reading_order(in_column_order(Page(1, 595, 842, words)))
    assert lines[2:] == left + right


def test_grid_rows_tell_their_pitch_by_the_steps_within_a_row() -> None:
    """A header grid of two-line rows and a heading under it: as many steps between rows as within them,
    so a median over all steps would take a row's gap for a line pitch and see no block starts."""
    words, top = _grid(PITCH + 22)
    words += _line("Beskrivning", 50, top - 22 + 30)
    page = Page(1, 595, 842, words)
    assert in_column_order(page) is page


def test_a_page_number_under_the_first_column_stays_under_both() -> None:
    footer = _line("Sida 1", 50, 300)
    lines = _texts_in_reading_order(in_column_order(Page(1, 595, 842, _two_columns() + footer)))
    assert lines == LEFT + RIGHT + ["Sida 1"]


def test_a_running_header_in_small_type_is_no_column_head() -> None:
    """A browser's header line (date at the left, page title in the middle of the right column) just
    above the columns, closer than a wide gap, in smaller type than the body."""
    header = [
        Word(text, x, x + len(text) * 4, 88, 96, "Helvetica", 8)
        for text, x in (("2026-05-12", 50), ("Uppföljning", 350), ("trygghetsinvestering", 400))
    ]
    lines = _texts_in_reading_order(in_column_order(Page(1, 595, 842, header + _two_columns())))
    assert lines == ["2026-05-12 Uppföljning trygghetsinvestering", *LEFT, *RIGHT]


def test_a_grid_of_three_rows_starts_its_first_row_level_too() -> None:
    """Two gaps between rows are two block starts; the first row's, level in both columns, is the third."""
    page = Page(1, 595, 842, _grid(3 * PITCH, rows=3)[0])
    assert in_column_order(page) is page


def test_a_paragraph_ending_at_a_column_foot_leaves_a_block_gap_before_the_next_head() -> None:
    """The left column's last line ends short of its measure: a paragraph ends there, and the right
    column's head (a heading) comes a block's gap under it, as the column's blocks stand apart."""
    blocks = [["Bakgrund", "Nämnden har önskat bättre belysning", "längs stråket."], ["Plats", "Akalla centrum"]]
    words: list[Word] = []
    top = 100.0
    for block in blocks:
        words += [w for i, text in enumerate(block) for w in _line(text, 50, top + i * PITCH)]
        top += (len(block) + 1) * PITCH
    words += _column(["Genomförande", *RIGHT], 310, 100, 530, last_short=False)
    out = in_column_order(Page(1, 595, 842, words))
    foot = max(w.top for w in out.words if w.text == "centrum")
    head = min(w.top for w in out.words if w.text == "Genomförande")
    assert head - foot == 2 * PITCH


def test_grid_rows_a_little_apart_still_start_blocks() -> None:
    """Rows of a header grid with a gap of little more than half a line between them (a step of 1.6
    pitches): a block start all the same, level in both columns."""
    page = Page(1, 595, 842, _grid(2 * PITCH + 0.6 * PITCH)[0])
    assert in_column_order(page) is page


def _span(text: str, x0: float, x1: float, top: float, size: float = 12.0) -> list[Word]:
    """Words of one line spread from x0 to x1, a space's share between them."""
    parts = text.split()
    unit = (x1 - x0) / (sum(len(p) for p in parts) + len(parts) - 1)
    out, at = [], x0
    for part in parts:
        out.append(Word(part, at, at + unit * len(part), top, top + size, "LiberationSerif", size))
        at += unit * (len(part) + 1)
    return out


def test_a_header_table_over_a_wide_heading_is_no_text_columns():
    """pandoc's ODT printed by LibreOffice (the positions of a tuning page): a tight label | answer table under
    the title's wrapped line, its rows level line for line, then a numbered heading under the labels, wider than
    any label but short of the answers. The label column is measured beside its answers (short labels), not by
    the title's line and the heading; read as text columns, every answer went under the heading."""
    rows = [
        (83, [(72, 465, "Bilaga 5b Ansökan om investeringsmedel (CM4) för")]),
        (102, [(72, 288, "trygghetsskapande åtgärder")]),
        (126, [(74, 105, "Fråga"), (308, 332, "Svar")]),
        (140, [(74, 154, "Namn på insats"), (308, 423, "Utegym Tensta centrum")]),
        (154, [(74, 135, "Sökt belopp"), (308, 382, "400 000 kronor")]),
        (168, [(74, 157, "Sökande nämnd"), (308, 412, "Järva stadsdelsnämnd")]),
        (182, [(74, 194, "Ev medsökande nämnd"), (308, 450, "Skärholmens stadsdelsnämnd")]),
        (195, [(74, 152, "Kontaktperson"), (308, 485, "Sara Lindqvist, trygghetssamordnare")]),
        (209, [(74, 112, "Telefon"), (308, 378, "08-508 79 940")]),
        (223, [(74, 108, "E-post"), (308, 446, "sara.lindqvist@stockholm.se")]),
        (237, [(74, 148, "Ev samverkan"), (308, 487, "polisen, Svenska Bostäder och lokala")]),
        (250, [(308, 383, "fastighetsägare.")]),
        (276, [(72, 270, "1. Beskrivning (mål och syfte)")]),
        (303, [(72, 522, "Fler människor i rörelse bidrar till att platsen upplevs som tryggare även")]),
        (316, [(72, 525, "ska locka fler att röra sig i parken och skapa ett naturligt flöde av folk")]),
        (330, [(72, 516, "att genomföras under 2025. Den totala kostnaden beräknas till 557 000 kr")]),
        (344, [(72, 320, "söker 400 000 kronor ur stadens investeringsmedel.")]),
    ]
    words = [w for top, runs in rows for x0, x1, text in runs for w in _span(text, x0, x1, top)]
    page = Page(1, 595.0, 842.0, words)
    assert in_column_order(page) == page


def test_a_header_grid_over_labels_beside_long_answers_is_no_text_columns():
    """pandoc's ODT printed by LibreOffice (the positions of a tuning page): a header grid's row of two pairs, then
    labels beside long answers at the grid's right-hand label x. The left side holds a line or two a row, the
    right a line of answer after another: a flow fills its first column first."""
    rows = [
        (83, [(72, 340, "Bilaga 5 - Uppföljning trygghetsinvestering")]),
        (108, [(74, 140, "Projektnamn"), (191, 289, "Kameraövervakning"), (308, 400, "Geografisk plats för"),
               (425, 516, "Årsta IP (Enskede-")]),
        (122, [(191, 231, "Årsta IP"), (308, 370, "investering"), (425, 492, "Årsta-Vantörs")]),
        (135, [(425, 505, "stadsdelsnämnd)")]),
        (149, [(74, 190, "Projektets mål och syfte"), (308, 518, "Kamerorna ska underlätta utredningsarbetet")]),
        (163, [(308, 524, "och göra det lättare att ingripa i tid. Projektet")]),
        (177, [(308, 522, "ska öka tryggheten och motverka brott på en")]),
        (191, [(308, 524, "plats där polisen ser återkommande problem.")]),
        (204, [(308, 530, "Åtgärden genomförs i samverkan med polisen")]),
        (218, [(308, 443, "och berörda fastighetsägare.")]),
        (232, [(308, 384, "Slutredovisning")]),
        (246, [(74, 238, "Beskrivning av slutresultat"), (308, 515, "Sammanlagt 11 kameror har monterats och")]),
        (260, [(74, 197, "trygghetsskapande åtgärd"), (308, 510, "kopplats till ledningscentralen i staden.")]),
        (290, [(72, 520, "Det ekonomiska utfallet för projektet bedöms uppgå till runt 4,0 MSEK totalt")]),
    ]  # fmt: skip
    words = [w for top, runs in rows for x0, x1, text in runs for w in _span(text, x0, x1, top)]
    page = Page(1, 595.0, 842.0, words)
    assert in_column_order(page) == page


def test_a_label_column_half_the_measure_wide_beside_its_answers_is_no_text_columns():
    """A label | answer table whose label column takes half the measure (pandoc's ODT printed by LibreOffice, the
    cell widths left to the writer): long labels wrap in their column as wide as the answers' and stand level with
    them, so the columns look alike. The left column holds labels only, no sentence's end and no figure, beside
    answers that end sentences: a table, not a flow."""
    rows = [
        (83, [(72, 330, "Bilaga 5 - Uppföljning trygghetsinvestering")]),
        (108, [(74, 140, "Projektnamn"), (308, 470, "Trygga stråk vid Hagsätra torg")]),
        (122, [(74, 250, "Geografisk plats för investering"), (308, 520, "Hagsätra torg, Enskede-Årsta-Vantörs")]),
        (135, [(308, 400, "stadsdelsnämnd")]),
        (149, [(74, 200, "Projektets mål och syfte"), (308, 525, "Fler ska kunna röra sig på torget även")]),
        (163, [(308, 530, "sent på kvällen. Belysningen ska göra det")]),
        (177, [(308, 470, "lättare att se vem som kommer.")]),
        (
            191,
            [(74, 270, "Beskrivning av slutresultat utifrån"), (308, 522, "Torget har fått nya lampor och en öppnare")],
        ),
        (204, [(74, 262, "investeringens mål, syfte och"), (308, 526, "plantering mot busshållplatsen. Boende")]),
        (218, [(74, 250, "platsens behov av trygghets-"), (308, 500, "säger att de känner sig tryggare nu.")]),
        (232, [(74, 160, "skapande åtgärd")]),
        (246, [(74, 280, "Beskrivning av eventuella avvikelser i"), (308, 505, "Leveransen av lamporna blev sen.")]),
        (260, [(74, 200, "projektets genomförande")]),
    ]
    words = [w for top, runs in rows for x0, x1, text in runs for w in _span(text, x0, x1, top)]
    page = Page(1, 595.0, 842.0, words)
    assert in_column_order(page) == page


# A one-row table of three label | answer pairs under the title, each cell centred on the row (the last answer
# wraps above and below the others), then the fields down the left (fixturegen.pairrows, seed 34's pr-0007):
# (text, x0, x1, top, size).
PAIR_ROW_PAGE = [
    ("Bilaga 5b Ansökan om investeringsmedel (CM4) för trygghetsskapande åtgärder", 50.0, 515.0, 56.3, 13.5),
    ("Norrmalms", 464.0, 507.3, 84.8, 9.5),
    ("Namn på insats", 54.0, 116.8, 90.7, 9.5),
    ("Utegym Odenplan", 134.0, 203.9, 90.7, 9.5),
    ("Sökt belopp", 219.0, 267.3, 90.7, 9.5),
    ("SEK 100,000", 299.0, 350.2, 90.7, 9.5),
    ("Sökande nämnd", 384.0, 449.7, 90.7, 9.5),
    ("stadsdelsnämnd", 464.0, 524.2, 96.7, 9.5),
    ("Ev medsökande nämnd", 50.0, 145.0, 126.1, 9.5),
    ("Klicka här för att ange text.", 50.0, 154.5, 138.0, 9.5),
    ("Kontaktperson", 50.0, 111.2, 159.4, 9.5),
    ("Per Åkesson, projektledare", 50.0, 152.6, 171.2, 9.5),
    ("Telefon", 50.0, 80.6, 192.6, 9.5),
    ("08-508 52 665", 50.0, 105.4, 204.5, 9.5),
    ("E-post", 50.0, 76.4, 225.9, 9.5),
    ("per.akesson@stockholm.se", 50.0, 153.2, 237.7, 9.5),
    ("Ev samverkan", 50.0, 108.3, 259.1, 9.5),
    ("polisen, Svenska Bostäder och lokala fastighetsägare.", 50.0, 253.4, 271.0, 9.5),
    ("1. Beskrivning (mål och syfte)", 50.0, 170.6, 292.4, 9.5),
    (
        "Ett utegym ska locka fler att röra sig i parken och skapa ett naturligt flöde av människor.",
        50.0,
        537.0,
        304.2,
        9.5,
    ),
    (
        "2022. Den totala kostnaden beräknas till 138 000 kr, och förvaltningen söker 100 000 kronor.",
        50.0,
        517.0,
        316.1,
        9.5,
    ),
    ("1.1 Behovsanalys/problembeskrivning", 50.0, 204.1, 337.5, 9.5),
    (
        "Anmälningarna om skadegörelse och personrån har ökat i området de senaste åren enligt polisen.",
        50.0,
        543.4,
        349.4,
        9.5,
    ),
    ("ut som otrygg vid trygghetsvandringar.", 50.0, 198.6, 361.2, 9.5),
    ("Sida 1", 524.8, 545.0, 795.7, 8.0),
]


def test_a_row_of_three_pairs_is_no_flow_ending_in_a_short_column() -> None:
    # the row's last cells, level with the first column's line of cells, are not a text column's last lines
    words = []
    for text, x0, x1, top, size in PAIR_ROW_PAGE:
        parts = text.split()
        step = (x1 - x0) / len(parts)
        words += [
            Word(p, x0 + k * step, x0 + (k + 0.8) * step, top, top + size, "Times-Roman", size)
            for k, p in enumerate(parts)
        ]
    page = Page(1, 595.0, 842.0, words)
    assert in_column_order(page) is page
