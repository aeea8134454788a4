"""Issue #12, tenth round: a page set in two text columns like a newspaper, each field a bold label
above its answer, the fields flowing down the left column and on at the top of the right one (an
answer may break at the foot of the left column). Read one column after the other; a form whose
right-hand column holds answers beside labels, or cards level in rows, is not stacked."""

from __future__ import annotations

from bilagor.extractor.words import Page
from factories import words
from layout_builders import lay_as_extractor, summary

W, H = 595.0, 842.0
LEFT, RIGHT = 60.0, 315.0
BOLD = "Helvetica-Bold"
PITCH = 14.0


def _column(fields, x: float, top: float) -> list:
    ws, y = [], top
    for label, lines in fields:
        if label:
            y += 6.0
            ws += words(label, x, y, font=BOLD)
            y += PITCH
        for text in lines:
            ws += words(text, x, y)
            y += PITCH
    return ws


def _newspaper() -> Page:
    ws = words("Bilaga 5 - Uppföljning trygghetsinvestering", LEFT, 50.0, size=15.0, font=BOLD)
    ws += _column(
        [
            ("Projektnamn", ["Belysning vid Farsta strand"]),
            ("Geografisk plats för investering", ["Farsta strand, Farsta"]),
            ("Projektets mål och syfte", ["Att göra gångvägen tryggare kvällstid", "för alla som går där."]),
            ("Avvikelser", ["Arbetet blev klart en månad"]),
        ],
        LEFT,
        90.0,
    )
    ws += _column(
        [
            ("", ["senare än planerat."]),
            ("Ekonomiskt utfall", ["Utfallet blev 1,2 mnkr."]),
            ("Bilder före", ["Se bilaga."]),
            ("Bilder efter", ["Se bilaga."]),
        ],
        RIGHT,
        96.0,
    )
    return Page(1, W, H, ws)


def test_a_page_in_two_text_columns_is_read_column_by_column():
    assert [(label, text) for label, text, _ in summary(lay_as_extractor([_newspaper()]))] == [
        ("Projektnamn", "Belysning vid Farsta strand"),
        ("Geografisk plats för investering", "Farsta strand, Farsta"),
        ("Projektets mål och syfte", "Att göra gångvägen tryggare kvällstid för alla som går där."),
        ("Avvikelser", "Arbetet blev klart en månad senare än planerat."),
        ("Ekonomiskt utfall", "Utfallet blev 1,2 mnkr."),
        ("Bilder före", "Se bilaga."),
        ("Bilder efter", "Se bilaga."),
    ]


def test_columns_whose_labels_happen_to_stand_level_are_text_columns_too():
    # Both right-hand labels level with left-hand ones; the left column holds many more labels.
    left = [(label, ["Svar."]) for label in ("Projektnamn", "Plats", "Kontaktperson", "Telefon", "E-post")]
    ws = words("Bilaga 5b - Ansökan om investeringsmedel", LEFT, 50.0, size=15.0, font=BOLD)
    ws += _column(left, LEFT, 90.0)
    ws += _column([("Syfte och mål", ["Tryggare plats."]), ("Avvikelser", ["Inga."])], RIGHT, 90.0)
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([Page(1, W, H, ws)]))]
    assert got[-2:] == [("Syfte och mål", "Tryggare plats."), ("Avvikelser", "Inga.")]


def test_a_footer_below_the_columns_stays_below_both():
    page = _newspaper()
    page.words += words("Farsta stadsdelsförvaltning, Sida 1 av 1", LEFT, 800.0, size=8.0)
    got = summary(lay_as_extractor([page]))
    assert got[3][:2] == ("Avvikelser", "Arbetet blev klart en månad senare än planerat.")
    assert "Sida" not in " ".join(text for _, text, _ in got[:-1])


def test_labels_beside_their_answers_are_no_text_columns():
    ws = words("Bilaga 5 - Uppföljning trygghetsinvestering", LEFT, 50.0, size=15.0, font=BOLD)
    y = 90.0
    for label, lines in (
        ("Projektnamn", ["Belysning vid Farsta strand"]),
        ("Plats", ["Farsta strand"]),
        ("Syfte och mål", ["Att göra gångvägen tryggare.", "Bilder före", "Se bilaga."]),
        ("Avvikelser", ["Inga."]),
        ("Ekonomiskt utfall", ["Utfallet blev 1,2 mnkr."]),
    ):
        ws += words(label, LEFT, y, font=BOLD)
        for text in lines:
            ws += words(text, RIGHT, y)
            y += PITCH
        y += 6.0
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([Page(1, W, H, ws)]))]
    assert got[:2] == [("Projektnamn", "Belysning vid Farsta strand"), ("Plats", "Farsta strand")]
    assert ("Avvikelser", "Inga.") in got


def test_cards_level_in_rows_are_no_text_columns():
    ws = words("Bilaga 5b - Ansökan", LEFT, 50.0, size=15.0, font=BOLD)
    y = 90.0
    for (left_label, left_answer), (right_label, right_answer) in (
        (("Projektnamn", "Belysning vid Farsta strand"), ("Plats", "Farsta strand")),
        (("Kontaktperson", "Eva Strand"), ("Telefon", "08-508 11 000")),
        (("Sökande nämnd", "Farsta stadsdelsnämnd"), ("Sökt belopp", "200 000 kr")),
    ):
        ws += words(left_label, LEFT, y, font=BOLD) + words(right_label, RIGHT, y, font=BOLD)
        ws += words(left_answer, LEFT, y + PITCH) + words(right_answer, RIGHT, y + PITCH)
        y += 2 * PITCH + 8.0
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([Page(1, W, H, ws)]))]
    assert got.index(("Plats", "Farsta strand")) < got.index(("Kontaktperson", "Eva Strand"))


def test_an_answer_starting_in_lowercase_under_a_bold_heading_is_no_part_of_it():
    # One column, each bold label above its answer: the heading wraps in bold, the answer is plain.
    ws = words("Bilaga 5b - Ansökan om investeringsmedel", LEFT, 50.0, size=15.0, font=BOLD)
    y = 90.0
    for label, answer in (
        ("Namn på insats", "Belysning vid Farsta strand"),
        ("Ev samverkan", "polisen, Svenska Bostäder och lokala"),
        ("Kontaktperson", "Eva Strand"),
    ):
        ws += words(label, LEFT, y, font=BOLD) + words(answer, LEFT, y + PITCH)
        y += 2 * PITCH + 6.0
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([Page(1, W, H, ws)]))]
    assert ("Ev samverkan", "polisen, Svenska Bostäder och lokala") in got


def test_cards_two_a_row_on_the_left_of_the_gutter_are_no_text_column():
    # Landscape cards, three a row: the third card's answer long, the later rows with one card.
    ws = words("Bilaga 5b - Ansökan", LEFT, 50.0, size=15.0, font=BOLD)
    long_answer = ["Trafikkontoret", "och polisen", "och AB Svenska", "Bostäder."]
    rows = (
        (("Projektnamn", ["Farsta strand"]), ("Plats", ["Farsta"]), ("Ev samverkan", long_answer)),
        (("Kontaktperson", ["Eva Strand"]),),
        (("Telefon", ["08-508 11 000"]),),
        (("E-post", ["eva.strand@stockholm.se"]),),
    )
    y = 90.0
    for row in rows:
        for x, (label, answer) in zip((LEFT, 190.0, 560.0), row):
            ws += words(label, x, y, font=BOLD)
            for i, line in enumerate(answer):
                ws += words(line, x, y + PITCH * (i + 1))
        y += PITCH * (1 + max(len(answer) for _, answer in row)) + 8.0
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([Page(1, 842.0, 595.0, ws)]))]
    assert got.index(("Ev samverkan", "Trafikkontoret och polisen och AB Svenska Bostäder.")) < got.index(
        ("Kontaktperson", "Eva Strand")
    )


def test_cards_level_in_rows_with_labels_no_template_words_so_are_no_text_columns():
    """A header grid of two cells a row whose right-hand labels are worded as no template words them: each
    stands level with a left-hand label in its type, above its own answer, so the rows pair off like cards."""
    ws = words("Bilaga 5b - Ansökan", LEFT, 50.0, size=15.0, font=BOLD)
    y = 90.0
    for (left_label, left_answer), (right_label, right_answer) in (
        (("Projektnamn", "Belysning vid Farsta strand"), ("Sökt belopp", "200 000 kr")),
        (("Sökande nämnd", "Farsta stadsdelsnämnd"), ("Övrig sökande", "Trafiknämnden")),
        (("Kontaktperson", "Eva Strand"), ("Mobilnummer", "070-508 11 000")),
        (("E-post", "eva.strand@stockholm.se"), ("Partner i projektet", "Svenska Bostäder")),
    ):
        ws += words(left_label, LEFT, y, font=BOLD) + words(right_label, RIGHT, y, font=BOLD)
        ws += words(left_answer, LEFT, y + PITCH) + words(right_answer, RIGHT, y + PITCH)
        y += 2 * PITCH + 8.0
    ws += words("Beskrivning", LEFT, y + 10, font=BOLD)
    ws += words("Vi söker medel för belysning längs gångvägen och röjning av buskage vid torget.", LEFT, y + 24)
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([Page(1, W, H, ws)]))]
    assert got.index(("Sökt belopp", "200 000 kr")) < got.index(("Sökande nämnd", "Farsta stadsdelsnämnd"))
    assert got[-1] == ("Beskrivning", "Vi söker medel för belysning längs gångvägen och röjning av buskage vid torget.")
