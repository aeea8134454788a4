"""Issue #12, thirty-third round (h38/f-ocrlayout): the thirty-second forms' layouts on OCR'd pages. Hand-made
words (no font name, as Tesseract's).

- A questionnaire, each label a numbered question with a line of drawn "Ja" / "Nej" tick boxes under it. Tesseract
  reads a box glued to its word ("OJa", "mJa", "COJa", "ONej"), a marked box as letters ("HM", "mA"), an option
  misread ("Da ONej") and the question's small number as a mark ("•"), a lone capital ("N") or with a comma ("4,"):
  the tick lines opened every answer, the question read as a list item of the answer before, and a question only
  the traffic office's forms know ("Genomförande?") or an answer that reads as a label ("Karin Berg,
  projektledare") was read wrongly without the bold type.
- Stacked header tables: a header row of known labels whose later answer is empty ("E-post | Ev samverkan") was
  read as the table above's continuation; a right-hand cell at page 1's top with the scan's grey-fill edges read as
  rules in it was taken for the office's box and dropped; a piece of the table's left rule read as "I" stood before
  the first answer.
"""

from __future__ import annotations

import pytest

from bilagor.extractor.layout.lines import without_specks
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS
from bilagor.extractor.layout.signing import strip_office_box
from bilagor.extractor.layout.ticklines import strip_tick_lines
from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import lay_as_extractor, summary

FIELDS = [
    ("Namn på insats", "Gallring av sly vid dammen i Rågsved"),
    ("Sökt belopp", "460 000 kr"),
    ("Sökande nämnd", "Enskede-Årsta-Vantör stadsdelsnämnd"),
    ("Kontaktperson", "Karin Berg, projektledare"),  # reads as a known label alone
    ("Telefon", "08-508 12 345"),
]


def _ocr(ws: list[Word]) -> list[Word]:
    return [Word(w.text, w.x0, w.x1, w.top, w.bottom, "", w.size) for w in ws]


def _questionnaire(ticks: list[str], numbers: list[str]) -> Page:
    """An OCR'd page: numbered questions, a tick line under each (as `ticks[k]` reads), the answer indented."""
    ws = _ocr(words("Bilaga 5b Ansökan om investeringsmedel", 57, 60, 14))
    top = 130.0
    for k, (label, answer) in enumerate(FIELDS):
        number = numbers[k % len(numbers)]
        ws += _ocr(words(f"{number} {label}".strip(), 57, top, 10))
        ws += _ocr(words(ticks[k % len(ticks)], 69, top + 15, 10))
        ws += _ocr(words(answer, 70, top + 33, 10))
        top += 60
    return Page(1, 595.0, 842.0, ws)


@pytest.mark.parametrize(
    "ticks",
    [
        ["OJa HM Nej", "mJa CO Nej", "COJa ONej", "BmJa ONej", "DO Ja Nej"],  # boxes glued, a marked box as letters
        ["Oja ONej", "OJa mA Nej"],
    ],
)
def test_ocr_tick_lines_with_glued_boxes_are_no_part_of_the_answers(ticks: list[str]) -> None:
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([_questionnaire(ticks, ["1."])]))]
    assert [text for _, text in got] == [answer for _, answer in FIELDS]


@pytest.mark.parametrize("numbers", [["•"], ["N", "•", "«"]])
def test_a_question_number_misread_as_a_mark_opens_no_list_item(numbers: list[str]) -> None:
    layout = lay_as_extractor([_questionnaire(["OJa HM Nej", "mJa ONej"], numbers)])
    got = [(label, text) for label, text, _ in summary(layout)]
    assert got == FIELDS


def _lines(texts: list[str]) -> list[Line]:
    return [Line(1, _ocr(words(t, 50, 100 + 14 * k, 10))) for k, t in enumerate(texts)]


def test_a_name_ending_in_ja_is_no_glued_box() -> None:
    page = Page(1, 595.0, 842.0, [])
    names = _lines(["Maja Nej", "Svaret", "Sonja Nej", "Mer"])  # a word of its own, not a box and "ja"
    assert [ln.text for ln in strip_tick_lines([page], [names])[1][0]] == ["Maja Nej", "Svaret", "Sonja Nej", "Mer"]
    ticked = _lines(["■Ja ONej", "Svaret", "OJa ■Nej", "Mer"])  # the marked box a character: the answer is there
    assert [ln.text for ln in strip_tick_lines([page], [ticked])[1][0]] == ["■Ja ONej", "Svaret", "OJa ■Nej", "Mer"]


def test_a_question_keeps_a_first_word_that_is_a_word() -> None:
    page = Page(1, 595.0, 842.0, [])
    lines = _lines(["I vilket område?", "OJa ONej", "Svaret", "Ev samverkan", "mJa ONej", "Mer"])
    assert [ln.text for ln in strip_tick_lines([page], [lines])[1][0]] == [
        "I vilket område?",
        "Svaret",
        "Ev samverkan",
        "Mer",
    ]


TRAFFIC = [
    ("Bakgrund", "Under viadukten var det mörkt och ytorna var fulla av klotter."),
    ("Plats", "Högdalens gångbro, Enskede-Årsta-Vantörs stadsdelsnämnd"),
    ("Genomförande", "Arbetet utfördes nattetid för att inte stänga gångvägen."),
    ("Resultat", "Fler barn går nu själva till skolan."),
]


def test_a_traffic_questionnaire_reads_its_questions_as_labels() -> None:
    # "Genomförande" is a label of the traffic office's forms only; its number read "4,"; an option misread "Da"
    ws = _ocr(words("Kvällsöppen fritidsgård Högdalens gångbro. Slutredovisning", 57, 85, 14))
    ticks = ["Da ONej", "COJa ONej", "[Ja Mm Nej", "BJa ONej"]
    numbers = ["1.", "2.", "4,", "5."]
    top = 120.0
    for k, (label, answer) in enumerate(TRAFFIC):
        ws += _ocr(words(f"{numbers[k]} {label}?", 57, top, 10))
        ws += _ocr(words(ticks[k], 69, top + 16, 10))
        ws += _ocr(words(answer, 70, top + 35, 10))
        top += 58
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([Page(1, 595.0, 842.0, ws)]))]
    assert got == [(f"{numbers[k].rstrip(',.')}. {label}?", answer) for k, (label, answer) in enumerate(TRAFFIC)]


def _row(cells: list[tuple[str, list[str]]], xs: list[float], top: float, gap: float = 23.0) -> list[Word]:
    ws: list[Word] = []
    for (label, answer), x in zip(cells, xs, strict=True):
        ws += _ocr(words(label, x, top, 10))
        for n, line in enumerate(answer):
            ws += _ocr(words(line, x, top + gap + 13 * n, 10))
    return ws


def test_a_header_row_whose_later_answer_is_empty_ends_the_table_above() -> None:
    ws = _ocr(words("Bilaga 5b Ansökan om investeringsmedel", 57, 87, 14))
    three = [61.0, 222.0, 383.0]
    ws += _row(
        [
            ("Namn på insats", ["Trygga Karlaplan"]),
            ("Sökt belopp", ["1 716 tkr"]),
            ("Sökande nämnd", ["Östermalms stadsdelsnämnd"]),
        ],
        three,
        137,
    )
    ws += _row(
        [
            ("Ev medsökande nämnd", ["Klicka här för att ange text."]),
            ("Kontaktperson", ["Gunilla Nowak,", "trygghetssamordnare"]),
            ("Telefon", ["08-508 74 968"]),
        ],
        three,
        205,
    )
    ws += _row([("E-post", ["gunilla.nowak@stockholm.se"]), ("Ev samverkan", [])], [61.0, 302.0], 272)
    ws += _ocr(words("Beskrivning", 61, 330, 10)) + _ocr(
        words("Arbetet har skett i samverkan med fastighetskontoret.", 61, 353, 10)
    )
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([Page(1, 595.0, 842.0, ws)]))]
    assert got[-4:] == [
        ("Telefon", "08-508 74 968"),
        ("E-post", "gunilla.nowak@stockholm.se"),
        ("Ev samverkan", ""),
        ("Beskrivning", "Arbetet har skett i samverkan med fastighetskontoret."),
    ]


def _header_table_page(stroke: str = "I") -> Page:
    """Page 1's first table: two cells, the right one a closed frame with its grey fill's edges read as short
    empty rules; the table's left rule broken where the scan read a piece of it as a letter."""
    ws = _ocr(words("Bilaga 5 - Uppföljning trygghetsinvestering", 57, 87, 14))
    ws += _ocr(words("Projektnamn", 61, 118, 10)) + _ocr(words("Plats", 302, 118, 10))
    ws.append(Word(stroke, 55.7, 56.2, 133.0, 138.7, "", 10.0))
    ws += _ocr(words("Gallring av sly vid dammen", 61, 141, 10)) + _ocr(
        words("Skarpnäcks allé i Skarpnäck", 302, 141, 10)
    )
    ws += _ocr(words("Projektets mål och syfte", 61, 174, 10)) + _ocr(
        words("Pengarna ska gå till gallring av sly.", 61, 196, 10)
    )
    rules = [
        (55.9, 112.3, 539.3, 112.3),  # the table's top and bottom rules, the cells' width
        (55.9, 154.3, 539.3, 154.3),
        (55.9, 112.8, 55.9, 132.0),  # the left rule, broken at the "I"
        (55.9, 140.0, 55.9, 154.3),
        (297.4, 112.3, 297.4, 154.6),
        (539.0, 112.3, 539.0, 154.6),
        (300.0, 136.0, 380.0, 136.0),  # the grey fill's lower edge, read as two empty rules
        (385.0, 136.0, 536.0, 136.0),
        (55.9, 165.0, 539.3, 165.0),
        (55.9, 210.0, 539.3, 210.0),
    ]
    return Page(1, 595.0, 842.0, ws, rules)


def test_a_table_cell_at_the_top_is_no_office_box() -> None:
    page = _header_table_page()
    kept = strip_office_box([page], DEFAULT_SETTINGS)[0]
    assert [w.text for w in kept.words] == [w.text for w in page.words]


def test_a_piece_of_a_vertical_rule_read_as_a_letter_is_no_word() -> None:
    page = _header_table_page()
    assert "I" not in [w.text for w in without_specks(page).words]
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([page]))]
    assert got[:2] == [("Projektnamn", "Gallring av sly vid dammen"), ("Plats", "Skarpnäcks allé i Skarpnäck")]
    # a word "I" away from a rule's line is writing
    words_i = [Word("I", 120.0, 121.0, 300.0, 310.0, "", 10.0)]
    assert [w.text for w in without_specks(Page(1, 595.0, 842.0, words_i, page.rules)).words] == ["I"]


BANDS = [
    ("Namn på insats", "Lekplats med kvällsbelysning i Solhem"),
    ("Sökt belopp", "4 192 000 kr"),
    ("Kontaktperson", "Sofia Johansson, projektledare"),  # "projektledare" reads as the label's own keyword
    ("Telefon", "08-508 90 181"),
]


def test_an_answer_a_bands_padding_under_its_ocr_label_is_no_label() -> None:
    # each label on a grey band (no fill on a scan's words), its answer a band's padding (2.1 sizes) under it
    ws = _ocr(words("Bilaga 5b Ansökan om investeringsmedel", 57, 87, 14))
    top = 140.0
    for label, answer in BANDS:
        ws += _ocr(words(label, 68, top, 10)) + _ocr(words(answer, 69, top + 21, 10))
        top += 52
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([Page(1, 595.0, 842.0, ws)]))]
    assert got == BANDS


def test_a_dithered_questionnaires_specks_and_misread_options() -> None:
    # specks far right of the boxes and of a question ("es", "LJ", "a"), a box read as two tokens and a mark,
    # "Nej" read "mNgj" under a question ending in "?"
    ws = _ocr(words("Bilaga 5b Ansökan om investeringsmedel", 57, 60, 14))
    ticks = ["OJa mm Nej", "• Oj Ja Gc Nej", "Oja mNgj", "BJa 0 Nej"]
    top = 130.0
    for k, (label, answer) in enumerate(FIELDS[:4]):
        ws += _ocr(words(f"{k + 1}. {label}?", 57, top, 10))
        ws += _ocr(words(ticks[k], 68, top + 15, 10))
        ws += _ocr(words(answer, 77, top + 30, 10))
        top += 55
    ws += _ocr(words("es", 368, 130 + 55, 10)) + _ocr(words("LJ", 359, 130 + 55 + 15, 10))
    ws += _ocr(words("a", 538, 130 + 55 + 15, 10)) + _ocr(words("es", 390, 130 + 2 * 55 + 30, 10))
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([Page(1, 595.0, 842.0, ws)]))]
    assert got == [(f"{k + 1}. {label}?", answer) for k, (label, answer) in enumerate(FIELDS[:4])]


def test_an_ocr_answer_wrapping_in_its_header_tables_cell_stays_in_it() -> None:
    # the row told by its value-shaped answers (a telephone number), the name's title wrapped under it in its cell
    ws = _ocr(words("Bilaga 5b Ansökan om investeringsmedel", 46, 74, 14))
    three = [46.0, 216.0, 386.0]
    ws += _row(
        [
            ("Namn på insats", ["Kameraövervakning Karlaplan"]),
            ("Sökt belopp", ["2 757 000 kronor"]),
            ("Sökande nämnd", ["Östermalms stadsdelsnämnd"]),
        ],
        three,
        129,
        18,
    )
    ws += _row(
        [
            ("Ev medsökande nämnd", ["Rinkeby-Kista stadsdelsnämnd"]),
            ("Kontaktperson", ["Maria Sjöberg,", "trygghetssamordnare"]),
            ("Telefon", ["08-508 72 892"]),
        ],
        three,
        179,
        18,
    )
    ws += _ocr(words("Beskrivning", 46, 250, 10)) + _ocr(
        words("Kamerorna ska underlätta utredningsarbetet.", 46, 272, 10)
    )
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([Page(1, 595.0, 842.0, ws)]))]
    assert ("Kontaktperson", "Maria Sjöberg, trygghetssamordnare") in got
    assert ("Telefon", "08-508 72 892") in got
