"""Issue #12, thirty-third round (h38/c-text2): an outline's part headings ("2 Redovisning" over "2.1 …") and a
label | answer table's header row of captions over an unknown first label. Hand-made words."""

from __future__ import annotations

from bilagor.extractor.layout.model import Line
from bilagor.extractor.words import Page
from factories import words
from layout_builders import lay_as_extractor, summary

BOLD = "Helvetica-Bold"
BODY = "Helvetica"
SIZE = 9.0
LEAD = 11.5


def _outline(title: str, parts: list[tuple[str, list[tuple[str, str, str]]]], number_col: float = 26.0) -> Page:
    """One size for the whole page: the title, each part heading "<n> <word>" as one run from the margin, each
    field's number in a column of `number_col` pt and its bold text after it, the answer under that text."""
    x0, top = 66.0, 80.0
    ws = words(title, x0, top, SIZE, BOLD)
    top += 2 * LEAD
    for heading, fields in parts:
        ws += words(heading, x0, top, SIZE, BOLD)
        top += LEAD + 3
        for number, label, answer in fields:
            ws += words(number, x0, top, SIZE, BOLD) + words(label, x0 + number_col, top, SIZE, BOLD)
            top += LEAD
            if answer:
                ws += words(answer, x0 + number_col, top, SIZE, BODY)
                top += LEAD
            top += 6
    return Page(1, 595.0, 842.0, ws)


FOLLOW_UP = [
    (
        "1 Projektet",
        [
            ("1.1", "Projektnamn", "Trygghetsbelysning i Solbergaparken"),
            ("1.2", "Plats", "Solbergaparken, Skärholmen"),
        ],
    ),
    (
        "2 Redovisning",
        [
            ("2.1", "Resultat", "Parken har fått ny belysning längs gångvägen."),
            ("2.2", "Avvikelser", "Inga avvikelser."),
        ],
    ),
]


def test_an_outline_part_heading_is_no_empty_field() -> None:
    layout = lay_as_extractor([_outline("Bilaga 5 Uppföljning trygghetsinvestering", FOLLOW_UP)])
    labels = [label for label, _, _ in summary(layout)]
    assert "2 Redovisning" not in labels
    assert [text for _, text, _ in summary(layout)] == [answer for _, fields in FOLLOW_UP for *_, answer in fields]


def test_the_first_part_heading_under_the_title_is_no_part_of_it() -> None:
    title = "Pollare vid Solbergaparken. Slutredovisning"
    layout = lay_as_extractor([_outline(title, FOLLOW_UP)])
    assert "Projektet" not in " ".join(ln.text for ln in layout.preamble)
    assert "2 Redovisning" in layout.removed


def test_an_empty_numbered_field_over_its_first_subfield_stays() -> None:
    # "1. Beskrivning (mål och syfte)" prints its number in the number column and its text beside it, as every
    # field does: with no answer it is still a field of the form.
    parts = [
        (
            "1 Uppgifter om insatsen",
            [("1.1", "Namn på insats", "Belysning vid Rinkeby torg"), ("1.", "Beskrivning (mål och syfte)", "")],
        )
    ]
    page = _outline("Bilaga 5b Ansökan om investeringsmedel", parts)
    page.words.extend(
        words("1.1", 66.0, 200.0, SIZE, BOLD) + words("Behovsanalys/problembeskrivning", 92.0, 200.0, SIZE, BOLD)
    )
    page.words.extend(words("Många undviker platsen kvällstid.", 92.0, 211.5, SIZE, BODY))
    labels = [label for label, _, _ in summary(lay_as_extractor([page]))]
    assert any(label.endswith("Beskrivning (mål och syfte)") for label in labels)


def _line(text: str, x: float, top: float = 100.0) -> Line:
    return Line(1, words(text, x, top, SIZE, BOLD))


def test_part_heading_evidence() -> None:
    from bilagor.extractor.layout.outline import is_part_heading

    field = Line(1, words("2.1", 66.0, 112, SIZE, BOLD) + words("Resultat", 92.0, 112, SIZE, BOLD))
    assert is_part_heading(_line("2 Redovisning", 66.0), field)
    assert is_part_heading(_line("2. Redovisning", 66.0), field)
    # Its text in the fields' column, or numbered otherwise: no part heading.
    in_column = Line(1, words("2", 66.0, 100, SIZE, BOLD) + words("Redovisning", 92.0, 100, SIZE, BOLD))
    assert not is_part_heading(in_column, field)
    assert not is_part_heading(_line("3 Redovisning", 66.0), field)
    assert not is_part_heading(_line("Redovisning", 66.0), field)


def _table(head: tuple[str, str], rows: list[tuple[str, list[str]]], pad: float = 4.0, label_w: float = 130.0) -> Page:
    """A framed two-column table: its header row of bold captions, then each label regular in the left cell
    of its row beside its answer's lines, rows a cell's padding (2 x `pad`) apart."""
    x0, top = 62.0, 70.0
    x1 = x0 + label_w
    ws = words("Energieffektiv belysning Tensta centrum. Slutredovisning", x0, top, 14.0, BOLD)
    top += 34.0
    ws += words(head[0], x0 + 4, top, 10.0, BOLD) + words(head[1], x1 + 4, top, 10.0, BOLD)
    top += 12.0 + 2 * pad
    for label, lines in rows:
        ws += words(label, x0 + 4, top, 10.0, BODY)
        for line in lines:
            ws += words(line, x1 + 4, top, 10.0, BODY)
            top += 12.0
        top += 2 * pad
    return Page(1, 595.0, 842.0, ws)


TRAFFIC_ROWS = [
    ("Bakgrund", ["Många undviker platsen efter mörkrets inbrott,", "vilket gör den ännu mer öde."]),
    ("Plats", ["Tensta centrum (Spånga-Tensta stadsdelsnämnd)"]),
    ("Syfte och mål", ["Gammal belysning ska ersättas med moderna armaturer."]),
    ("Resultat", ["Sammanlagt 47 armaturer har bytts ut."]),
]


def test_a_header_row_of_captions_over_an_unknown_first_label_is_no_cell_row() -> None:
    # Rows a cell's padding apart (the next row's known label right after the would-be values) or set close
    # (every row at a wrapped line's pitch, read on as the cells' values).
    for head, pad in ((("Rubrik", "Uppgifter"), 4.0), (("Uppgift", "Svar"), 4.0), (("Rubrik", "Uppgifter"), 1.5)):
        got = summary(lay_as_extractor([_table(head, TRAFFIC_ROWS, pad)]))
        assert [(label, text) for label, text, _ in got] == [(label, " ".join(lines)) for label, lines in TRAFFIC_ROWS]
