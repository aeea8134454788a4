"""Issue #12, thirtieth round (h35/c-text2): a paper questionnaire's question numbers in ruled squares at the
margin, and an answer under a label in its own type whose next line has a word at the value column by chance.
Hand-made words and rules, and one page of fixturegen.shadednumbered30 as its words; each class told by
evidence on the page."""

from __future__ import annotations

import json
from pathlib import Path

from bilagor.extractor.layout.boxednumbers import strip_boxed_numbers
from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import lay_as_extractor, summary

BOLD = "Helvetica-Bold"
BOX_X0, BOX_SIDE = 42.0, 13.5


def _square(x0: float, top: float, side: float = BOX_SIDE) -> list[tuple[float, float, float, float]]:
    """The four rules of a square (x0, top, x1, bottom)."""
    x1, bottom = x0 + side, top + side
    return [(x0, top, x1, top), (x0, bottom, x1, bottom), (x0, top, x0, bottom), (x1, top, x1, bottom)]


def _numbered(number: int, top: float) -> tuple[list[Word], list]:
    """The question's running number centred in a square at the margin."""
    x = BOX_X0 + BOX_SIDE / 2 - 2.5 * len(str(number))
    return words(str(number), x, top, 10), _square(BOX_X0, top - 2.75)


QUESTIONS = [
    ("Namn på insats", "Utegym Bredängs centrum"),
    ("Sökt belopp", "1,6 miljoner kronor"),
    ("Sökande nämnd", "Skärholmens stadsdelsnämnd"),
    ("Kontaktperson", "Ahmed Öberg, trygghetssamordnare"),
    ("Telefon", "08-508 94 661"),
    ("E-post", "ahmed.oberg@stockholm.se"),
    ("Ev samverkan", "polisen, Svenska Bostäder och lokala fastighetsägare."),
    ("1. Beskrivning (mål och syfte)", "Ett utegym ska locka fler att röra sig i parken."),
    ("1.1 Behovsanalys/problembeskrivning", "Platsen har under flera år pekats ut som otrygg."),
]


def _questionnaire() -> Page:
    """A questionnaire: each bold label beside its number's square, the answer on a ruled line under it and a
    spare empty ruled line after it."""
    ws = words("Bilaga 5b Ansökan om investeringsmedel", 42, 60, 14, BOLD)
    rules: list = []
    top = 100.0
    for number, (label, answer) in enumerate(QUESTIONS, 1):
        number_words, square = _numbered(number, top)
        ws += number_words + words(label, 64, top, 10, BOLD)
        rules += square
        for line in (answer, ""):
            top += 17
            ws += words(line, 65, top, 10)
            rules.append((64, top + 11.5, 553, top + 11.5))
        top += 22
    return Page(1, 595, 842, ws, rules)


def test_question_numbers_in_ruled_squares_are_no_part_of_the_labels() -> None:
    # Seen to fail without strip_boxed_numbers: "9 1. Beskrivning (mål och syfte)" ran into the answer above.
    blocks = summary(lay_as_extractor([_questionnaire()]))
    assert ("1. Beskrivning (mål och syfte)", "Ett utegym ska locka fler att röra sig i parken.", 1) in blocks
    assert ("1.1 Behovsanalys/problembeskrivning", "Platsen har under flera år pekats ut som otrygg.", 1) in blocks
    assert ("Ev samverkan", "polisen, Svenska Bostäder och lokala fastighetsägare.", 1) in blocks


def test_boxed_figures_side_by_side_are_a_comb_answer_and_kept() -> None:
    ws = words("Telefon", 42, 100, 10, BOLD)
    rules: list = []
    for k, digit in enumerate("08508"):
        ws += words(digit, 150 + k * BOX_SIDE + 4, 100, 10)
        rules += _square(150 + k * BOX_SIDE, 97.25)
    page = Page(1, 595, 842, ws, rules)
    assert strip_boxed_numbers([page]) == [page]


def test_combs_stacked_one_over_another_are_kept() -> None:
    # Two comb answers, cell over cell: their cells in one column hold figures running up ("0" then "3"), but
    # each stands beside another square on its line (seen to fail without `_alone`: "316 000" lost a figure).
    ws: list[Word] = []
    rules: list = []
    for row, figures in enumerate(("08508", "31600")):
        top = 100.0 + 30 * row
        for k, digit in enumerate(figures):
            ws += words(digit, 150 + k * BOX_SIDE + 4, top, 10)
            rules += _square(150 + k * BOX_SIDE, top - 2.75)
    page = Page(1, 595, 842, ws, rules)
    assert strip_boxed_numbers([page]) == [page]


def test_numbers_not_running_up_are_kept() -> None:
    ws: list[Word] = []
    rules: list = []
    for k, number in enumerate((3, 1)):
        number_words, square = _numbered(number, 100 + 40 * k)
        ws += number_words
        rules += square
    page = Page(1, 595, 842, ws, rules)
    assert strip_boxed_numbers([page]) == [page]


# An application of fixturegen.shadednumbered30's rl_shaded (seed 30): labels in the regular weight, short answers
# at a tab stop on their label's line, "1. Beskrivning (mål och syfte):" over a paragraph run the full width whose
# first line has a word just right of the value column ("Målet är en tryggare och renare miljö | där fler ...").
SHADED = json.loads((Path(__file__).parent / "layout35_shaded_page.json").read_text(encoding="utf-8"))


def test_a_paragraph_under_its_label_is_not_cut_at_the_value_column() -> None:
    # Seen to fail without the word-space check in Walker._answer_goes_on_below: the next line's "1 293 000"
    # stood at the value column after a word space, and "Målet är en tryggare och renare miljö" became a label.
    page = Page(1, SHADED["width"], SHADED["height"], [Word(*w) for w in SHADED["words"]])
    blocks = summary(lay_as_extractor([page]))
    described = [text for label, text, _ in blocks if label.startswith("1. Beskrivning")]
    assert described and described[0].startswith("Målet är en tryggare och renare miljö där fler vill vistas.")
    assert not any(label.startswith("Målet") for label, _, _ in blocks)


REGULAR = "Helvetica"


def _shaded_report(first_label: str, heads: list[tuple[str, list[str]]]) -> Page:
    """A report in the answers' own type: the title bold and large, each label alone on its line, its answer's
    lines under it."""
    ws = words("Pollare Högdalens centrum. Slutredovisning", 50, 60, 14, BOLD)
    top = 90.0
    for label, lines in [(first_label, ["Många undviker platsen efter mörkrets inbrott, vilket gör den öde."]), *heads]:
        ws += words(label, 50, top, 10, REGULAR)
        for line in lines:
            top += 13
            ws += words(line, 52, top, 10, REGULAR)
        top += 22
    return Page(1, 595, 842, ws)


def test_a_title_over_a_first_label_in_the_answers_type_stands_alone() -> None:
    # Seen to fail without part_title_block: the title read as a heading over "Bakgrund:" and its answer.
    page = _shaded_report(
        "Bakgrund:",
        [
            ("Syfte och mål:", ["Åtgärden ska minska risken för olyckor på platsen."]),
            ("Genomförande:", ["Arbetet genomfördes under 2016 av trafikkontoret."]),
        ],
    )
    layout = lay_as_extractor([page])
    assert "Pollare Högdalens centrum. Slutredovisning" in " ".join(line.text for line in layout.preamble)
    assert ("Bakgrund:", "Många undviker platsen efter mörkrets inbrott, vilket gör den öde.", 1) in summary(layout)


def test_a_list_item_under_a_label_is_no_part_of_the_label() -> None:
    # Seen to fail without the list-item check in Walker._continues_label: the item's first words, reaching the
    # value column a word space short of a word there, were read as the label's wrapped tail.
    ws = words("Bilaga 5 - Uppföljning trygghetsinvestering", 50, 60, 14, BOLD)
    top = 90.0
    for label, answer in (
        ("Projektnamn", "Trygghetsbelysning Rinkeby"),
        ("Plats", "Rinkeby torg"),
        ("Telefon", "08-508 1"),
    ):
        ws += words(label, 50, top, 10, REGULAR) + words(answer, 210, top, 10, REGULAR)
        top += 20
    ws += words("Ekonomisk redovisning", 50, top, 10, REGULAR)
    # The item's first line runs on past the value column: its word "2021" a word space after "för", at the
    # answers' x.
    item = words("- Det ekonomiska utfallet för projektet för", 0, top + 13, 10, REGULAR)
    item = [
        Word(w.text, w.x0 + 207.2 - item[-1].x1, w.x1 + 207.2 - item[-1].x1, w.top, w.bottom, w.fontname, w.size)
        for w in item
    ]
    ws += item + words("2021 bedöms uppgå till 4 213 000 kr.", 210, top + 13, 10, REGULAR)
    ws += words("- Det motsvarar 94 procent av budgeten.", 52, top + 26, 10, REGULAR)
    blocks = summary(lay_as_extractor([Page(1, 595, 842, ws)]))
    economy = [b for b in blocks if b[0].startswith("Ekonomisk")]
    assert economy and economy[0][0] == "Ekonomisk redovisning"
    assert economy[0][1].startswith("- Det ekonomiska utfallet för projektet för 2021")


def test_a_known_label_at_a_tab_stop_in_the_answers_type_is_split_off() -> None:
    # Seen to fail without the no-bold branch of Walker._run_in_label: with two short fields only, the page has
    # no value column, and "Projektnamn ⇥ Trygghetsbelysning Skärholmstorget" was read as a label alone.
    page = _shaded_report(
        "Projektets mål och syfte",
        [("Beskrivning av eventuella avvikelser i projektets genomförande", ["Bygglovet tog längre tid än planerat."])],
    )
    page.words[8:8] = words("Projektnamn", 50, 75, 10, REGULAR) + words(
        "Trygghetsbelysning Skärholmstorget", 210, 75, 10
    )
    blocks = summary(lay_as_extractor([page]))
    assert ("Projektnamn", "Trygghetsbelysning Skärholmstorget", 1) in blocks


# A follow-up of fixturegen.groffmm30 (seed 30): groff mm's `.VL` of two one-line items, each bold label hanging at
# the margin with its answer beside it, then numbered bold headings over paragraphs in Times.
MM = json.loads((Path(__file__).parent / "layout35_mm_page.json").read_text(encoding="utf-8"))


def test_a_hanging_list_of_one_line_rows_is_no_one_row_table() -> None:
    # Seen to fail without the capital check in onerow._row: with two items only there is no value column, and the
    # two were read as one row whose label wrapped, "Projektets namn Plats", holding both answers.
    page = Page(1, MM["width"], MM["height"], [Word(*w) for w in MM["words"]])
    blocks = summary(lay_as_extractor([page]))
    assert ("Projektets namn", "Kameraövervakning Brommaplan", 1) in blocks
    assert ("Plats", "Brommaplan (Bromma stadsdelsnämnd)", 1) in blocks
