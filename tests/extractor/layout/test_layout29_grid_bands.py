"""Header cells stacked label over value at one row pitch, numbered tables whose labels keep a section's own
number, and label | answer tables told by type with a date row under the project's (issue #12, twenty-fourth
round, h29/f-textforms; tuning set: tests/fixturegen/gridbands.py)."""

from __future__ import annotations

from bilagor.extractor.labels import section_key
from bilagor.extractor.layout.model import Block, Line
from bilagor.extractor.layout.numberlabels import join_number_labels
from bilagor.extractor.text_columns import in_column_order
from bilagor.extractor.words import Page
from factories import words
from layout_builders import BOLD, LABEL_X, TITLE, VALUE_X, lay_as_extractor, summary

RIGHT_X = 320.0  # a cell grid's second column
PITCH = 18.0  # label row to value row to the next label row: one pitch


def _sections(pages: list[Page]) -> list[tuple[str, str]]:
    return [(label, text) for label, text, _ in summary(lay_as_extractor(pages))]


# A numbered table's row number before a section's own number.


def test_a_row_number_before_a_sections_number_is_numbering():
    assert section_key("9 1. Beskrivning (mål och syfte)") == section_key("1. Beskrivning (mål och syfte)")
    assert section_key("10 1.1 Behovsanalys/problembeskrivning") == "behovsanalys"
    assert section_key("12 3 a Bakgrund") == section_key("Bakgrund")


def _line(text: str, x: float, top: float, font: str = "Helvetica") -> Line:
    return Line(1, words(text, x, top, font=font))


def test_a_label_of_numbers_alone_takes_the_label_wrapped_under_it():
    blocks = [
        Block([_line("9 Telefon", 60, 100)], [_line("08-508 11 22", 230, 100)]),
        Block([_line("10 1.1", 60, 120)], [_line("Boende har hört av sig om", 230, 120)]),
        Block([_line("Behovsanalys/problembeskrivning", 90, 132)], [_line("platsen under kvällarna.", 230, 132)]),
    ]
    joined = join_number_labels(blocks)
    assert [(b.label, " ".join(b.lines)) for b in joined] == [
        ("9 Telefon", "08-508 11 22"),
        ("10 1.1 Behovsanalys/problembeskrivning", "Boende har hört av sig om platsen under kvällarna."),
    ]


def test_a_label_of_numbers_alone_far_above_the_next_stays_apart():
    blocks = [
        Block([_line("10 1.1", 60, 120)], [_line("Boende har hört av sig.", 230, 120)]),
        Block([_line("Behovsanalys", 90, 170)], [_line("Platsen är mörk.", 230, 170)]),
    ]
    assert len(join_number_labels(blocks)) == 2


def test_a_numbered_tables_head_row_over_one_line_rows_is_no_cell_row():
    # Every row one line at one pitch under a bold head: the head's captions stand over whole columns.
    nr, label = LABEL_X, LABEL_X + 30
    page = list(TITLE)
    page += words("Nr", nr, 90, font=BOLD) + words("Fråga", label, 90, font=BOLD)
    page += words("Beskrivning", VALUE_X, 90, font=BOLD)
    rows = [("1", "Bakgrund", "Platsen har länge upplevts otrygg."), ("2", "Plats", "Husby torg, Rinkeby-Kista")]
    rows += [("3", "Syfte och mål", "Fler ska röra sig på torget."), ("4", "Genomförande", "Arbetet gjordes 2023.")]
    for i, (number, name, answer) in enumerate(rows):
        top = 108 + i * 14
        page += words(number, nr, top) + words(name, label, top) + words(answer, VALUE_X, top)
    assert _sections([Page(1, 595.0, 842.0, page)]) == [(f"{n} {name}", answer) for n, name, answer in rows]


# A label | answer table told by type: a date row under the project's row.


def test_a_date_row_under_the_projects_row_is_a_row_of_the_table():
    page = list(TITLE)
    rows = [("Projektnamn", "Laddstolpar vid Stureplan"), ("Datum", "2025-02-14")]
    rows += [("Plats", "Stureplan, Norrmalms stadsdelsnämnd"), ("Avvikelser", "Inga avvikelser har noterats.")]
    for i, (label, answer) in enumerate(rows):
        page += words(label, LABEL_X, 90 + i * 20, font=BOLD) + words(answer, VALUE_X, 90 + i * 20)
    assert _sections([Page(1, 595.0, 842.0, page)]) == rows


# Header cells, a label over its value, two a row, every row at one pitch.


def _cell_grid(cells: list[tuple[str, str, str, str]], top: float = 90.0) -> tuple[list, float]:
    """Rows of two cells (left label, left value, right label, right value), each label over its value."""
    out = []
    for left_label, left_value, right_label, right_value in cells:
        out += words(left_label, LABEL_X, top, size=10, font=BOLD) + words(
            right_label, RIGHT_X, top, size=10, font=BOLD
        )
        out += words(left_value, LABEL_X, top + PITCH, size=10) if left_value else []
        out += words(right_value, RIGHT_X, top + PITCH, size=10) if right_value else []
        top += 2 * PITCH
    return out, top


CELLS = [
    ("Namn på insats", "Trygga skolvägar", "Sökt belopp", "1 977 000"),
    ("Sökande nämnd", "Skarpnäcks stadsdelsnämnd", "Ev medsökande nämnd", ""),
    ("Kontaktperson", "Viktor Hedlund", "Telefon", "08-508 14 626"),
    ("E-post", "viktor.hedlund@stockholm.se", "Ev samverkan", ""),
]
BODY = [
    "Vi vill att barn och föräldrar ska känna sig lugna på vägen till och från skolan varje dag.",
    "Medlen ska gå till säkrare skolvägar med ljus och övergångsställen vid parken under året.",
]


def _grid_page() -> Page:
    page, top = _cell_grid(CELLS)
    page = list(TITLE) + page + words("1. Beskrivning (mål och syfte)", LABEL_X - 4, top + 6, size=10, font=BOLD)
    for i, text in enumerate(BODY):
        page += words(text, LABEL_X, top + 22 + i * 12, size=10)
    return Page(1, 595.0, 842.0, page)


def test_header_cells_at_one_pitch_over_a_short_body_are_no_text_columns():
    # Values as wide as their cells on the left, short on the right, and a short body under the grid: fewer than
    # half of the page's lines cross the gutter, and the columns' widths pass for a flow's.
    cells = [
        ("Namn på insats", "Belysta gångstråk längs Bagarmossens skog", "Sökt belopp", "2 450 000"),
        ("Sökande nämnd", "Enskede-Årsta-Vantörs stadsdelsnämnd", "Ev medsökande nämnd", "Farsta stadsdelsnämnd"),
        ("Kontaktperson", "Sara Lind, områdesutvecklare", "Telefon", "08-508 22 731"),
        ("E-post", "sara.lind@stockholm.se", "Ev samverkan", "Klicka här för att ange text."),
    ]
    bold, plain = "DejaVuSans-Bold", "DejaVuSans"
    page = words("Bilaga 7 Ansökan om investeringsmedel för", 56, 72, size=13.5, font=bold)
    page += words("klimatinvesteringar", 56, 90, size=13.5, font=bold)
    top = 124.0
    for left_label, left_value, right_label, right_value in cells:
        page += words(left_label, 60, top, size=10, font=bold) + words(right_label, 302, top, size=10, font=bold)
        page += words(left_value, 60, top + 18, size=10, font=plain)
        page += words(right_value, 302, top + 18, size=10, font=plain)
        top += 36
    page += words("1. Beskrivning (mål och syfte)", 56, top + 4, size=10, font=bold)
    body = [
        "Gångstråken genom skogen är mörka och många boende väljer att gå en längre väg hem på kvällen.",
        "Belysningen ska tändas från skymning.",
        "Armaturerna styrs efter behov så att elanvändningen hålls nere och ljuset inte stör de boende.",
        "Arbetet beräknas vara klart under hösten.",
    ]
    page += [w for i, text in enumerate(body) for w in words(text, 61, top + 19 + i * 12, size=10, font=plain)]
    page += words("1.1 Behovsanalys/problembeskrivning", 56, top + 80, size=10, font=bold)
    page += words(
        "Flera boende har i dialoger sagt att de undviker skogen när det är mörkt ute.", 61, top + 95, size=10
    )
    sheet = Page(1, 595.0, 842.0, page)
    assert in_column_order(sheet).words == sheet.words


def test_header_cells_at_one_pitch_are_read_row_by_row_and_the_heading_under_them_keeps_its_answer():
    sections = _sections([_grid_page()])
    assert sections == [
        ("Namn på insats", "Trygga skolvägar"),
        ("Sökt belopp", "1 977 000"),
        ("Sökande nämnd", "Skarpnäcks stadsdelsnämnd"),
        ("Ev medsökande nämnd", ""),
        ("Kontaktperson", "Viktor Hedlund"),
        ("Telefon", "08-508 14 626"),
        ("E-post", "viktor.hedlund@stockholm.se"),
        ("Ev samverkan", ""),
        ("1. Beskrivning (mål och syfte)", " ".join(BODY)),
    ]


# A numbered label read full width wraps its tail into the label column, its answer in the value column below.


def test_a_numbered_labels_tail_in_the_label_column_goes_on_with_it():
    rows = [("Namn på insats", "Cykelparkering vid torget"), ("Sökt belopp", "320 000 kronor")]
    rows += [("Kontaktperson", "Anna Berg, projektledare"), ("Telefon", "08-508 11 22")]
    rows += [("E-post", "anna.berg@stockholm.se"), ("Ev samverkan", "fastighetskontoret och polisen.")]
    page = list(TITLE)
    for i, (label, answer) in enumerate(rows):
        page += words(label, LABEL_X, 90 + i * 18, font=BOLD) + words(answer, VALUE_X, 90 + i * 18)
    page += words("1. Beskrivning (mål och", LABEL_X, 200, font=BOLD) + words("syfte)", LABEL_X, 213, font=BOLD)
    page += words("Målet är att göra torget tryggare under kvällarna.", VALUE_X, 232)
    assert _sections([Page(1, 595.0, 842.0, page)]) == [
        *rows,
        ("1. Beskrivning (mål och syfte)", "Målet är att göra torget tryggare under kvällarna."),
    ]


def test_a_heading_under_a_row_of_cards_is_no_answer_of_its_first_card():
    # Cards in small type, a row's pitch just beyond a label's wrap pitch (read as cards, not cells by type);
    # the last row's right card empty, the next part's heading a little left of the cards, its answer under it.
    size, pitch, bold = 9.0, 17.3, "Times-Bold"
    page, top = list(TITLE), 90.0
    for left_label, left_value, right_label, right_value in CELLS:
        page += words(left_label, LABEL_X, top, size=size, font=bold) + words(
            right_label, RIGHT_X, top, size=size, font=bold
        )
        page += words(left_value, LABEL_X, top + pitch, size=size, font="Times-Roman") if left_value else []
        page += words(right_value, RIGHT_X, top + pitch, size=size, font="Times-Roman") if right_value else []
        top += 2 * pitch
    page += words("1. Beskrivning (mål och syfte)", LABEL_X - 6, top + 6, size=size, font=bold)
    page += words("Skolvägen ska bli tryggare för barnen.", LABEL_X - 1.5, top + 17, size=size, font="Times-Roman")
    sections = dict(_sections([Page(1, 595.0, 842.0, page)]))
    assert sections["E-post"] == "viktor.hedlund@stockholm.se"
    assert sections["1. Beskrivning (mål och syfte)"] == "Skolvägen ska bli tryggare för barnen."


def test_a_numbered_tables_number_and_label_column_beside_its_answers_is_no_text_columns():
    # The label column sized to its widest word (the value column starts far right), row numbers "6 a", "1.", "1.1"
    # in it: its digits are the labels' numbers, not an answer's figures, so it holds labels only.
    rows = [("1", "Namn på insats", ["Solceller på förskolan vid Axelsbergs torg"]), ("2", "Sökt belopp", ["840 000"])]
    rows += [("3", "Sökande nämnd", ["Hägersten-Älvsjö stadsdelsnämnd"]), ("4", "Kontaktperson", ["Eva Berg"])]
    rows += [("5 a", "Telefon", ["08-508 12 345"]), ("6", "E-post", ["eva.berg@stockholm.se"])]
    answer = [
        "Solcellerna ska minska förskolans köpta el och visa barnen hur",
        "energi kan göras av solljus. Panelerna sätts på taket mot söder",
        "och kopplas till byggnadens elcentral under sommaren 2022.",
    ]
    rows += [
        ("1.", "Beskrivning (mål och syfte)", answer),
        ("1.1", "Behovsanalys/problembeskrivning", ["Taket är nytt."]),
    ]
    page, top = [], 90.0
    for number, label, lines in rows:
        page += words(number, 61, top, size=10) + words(label, 85, top, size=10)
        for i, text in enumerate(lines):
            page += words(text, 250, top + i * 12, size=10)
        top += 12 * len(lines) + 8
    sheet = Page(1, 595.0, 842.0, page)
    assert in_column_order(sheet).words == sheet.words


# A header grid's cells centred in their rows (LibreOffice Writer's tables from HTML).

GRID_XS = (58.0, 146.0, 323.0, 442.0)  # label | value | label | value


def _centred_grid() -> list:
    """Rows of two pairs, each cell centred on its row's middle (10 pt type, wrapped lines 12 pt apart)."""
    rows = [
        (["Namn på insats"], ["Laddplatser vid", "Brommaplan"], ["Sökt belopp"], ["600 000 kr"]),
        (["Sökande nämnd"], ["Bromma stadsdelsnämnd"], ["Ev medsökande", "nämnd"], ["Kista stadsdelsnämnd"]),
        (["Kontaktperson"], ["Eva Berg, enhetschef"], ["Telefon"], ["08-508 10 20"]),
    ]
    out, middle = [], 120.0
    for cells in rows:
        for x, cell in zip(GRID_XS, cells):
            first = middle - (len(cell) * 12 - 2) / 2
            for i, text in enumerate(cell):
                font = BOLD if x in (GRID_XS[0], GRID_XS[2]) else "Helvetica"
                out += words(text, x, first + i * 12, size=10, font=font)
        middle += 34
    return out


def test_a_centred_grids_wrapped_cells_move_to_their_rows_tops():
    from bilagor.extractor.layout.centredcells import top_align_centred_cells

    page = Page(1, 595.0, 842.0, list(TITLE) + _centred_grid())
    moved = {w.text: w.top for w in top_align_centred_cells(page, 4.0).words}
    assert moved["Laddplatser"] == moved["Namn"] == moved["Sökt"]
    assert moved["Brommaplan"] == moved["Laddplatser"] + 12
    assert moved["Ev"] == moved["Sökande"] == moved["Kista"]
    assert moved["Kontaktperson"] == 183.0  # a row of one-line cells stays


def test_a_label_centred_beside_its_answer_in_a_two_column_table_stays():
    from bilagor.extractor.layout.centredcells import top_align_centred_cells

    page = list(TITLE)
    page += words("Projektnamn", LABEL_X, 97, font=BOLD) + words("Trygga stråk", VALUE_X, 90)
    page += words("vid torget", VALUE_X, 104)
    page += words("Plats", LABEL_X, 130, font=BOLD) + words("Husby torg", VALUE_X, 130)
    sheet = Page(1, 595.0, 842.0, page)
    assert top_align_centred_cells(sheet, 4.0).words == sheet.words
