"""Issue #12, thirty-fourth round (h39/f-ocrlayout): the thirty-third forms' layouts on OCR'd pages. Hand-made
words (no font name, as Tesseract's) and rules as a scan's rule finder gives them.

- Answers on a rule with the label small under it: a faded or blurred scan leaves each rule in pieces (two rows of
  pieces a fraction of a point apart, gaps where the ink paled, its start gone) and the OCR'd line's box takes in
  its descenders, reaching through the rule: no label was lifted over its answer, so every label named the next
  field's answer.
- The same with no rule left (a motion blur smears a hairline away): the labels, small and each hugging the
  answer over it, were read as the next answers' labels.
- Outline-numbered headings: without bold the part heading ("2 Redovisning" over "2.1 …", "2.1" read "2:1")
  ended the answer above it; a field's number misread as a list mark ("•" for "1.4") made its label a list item
  of the answer above.
- Frames and dark tabs: a bright frame's corners read as "JL", "UJ" or a dash alone at their height ended their
  answers; a tab's edges read with its label ("LResultat i", "IL Bilder före |") left the label unknown.
"""

from __future__ import annotations

import pytest

from bilagor.extractor.layout.lines import mend_tab_edges, without_specks
from bilagor.extractor.layout.model import Line
from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import lay_as_extractor, summary

SIZE = 10.9
SMALL = 7.6
FIELDS = [
    ("Bakgrund", ["Gångbron förbinder skolan med bostadsområdet på andra sidan vägen och", "räckena var rostiga."]),
    ("Plats", ["Solbergaskolans skolgård, Älvsjö stadsdelsnämnd"]),
    ("Syfte och mål", ["Åtgärden gäller trygghetsvärdar som rör sig i centrumet under", "kvällstid i parken."]),
    ("Genomförande", ["Räckena sandblästrades och nya armaturer sattes upp längs bron."]),
    ("Resultat", ["Budgeten för 2017 var 1,65 mkr och utfallet blev cirka 1 688 tkr."]),
]


def _ocr(ws: list[Word]) -> list[Word]:
    return [Word(w.text, w.x0, w.x1, w.top, w.bottom, "", w.size) for w in ws]


def _pieces(y: float, k: int) -> list[tuple[float, float, float, float]]:
    """A rule across the page as a faded scan's rule finder returns it: two rows of pieces 0.2 pt apart, gaps
    between them, the rule's first 15 pt lost on every other field."""
    start = 70.8 if k % 2 else 55.9
    cuts = [(start, 180.0), (184.0, 241.0), (271.0, 539.5)]
    top = [(a, y, b, y + 0.2) for a, b in cuts]
    under = [(a + 1.5, y + 0.2, b - 2.0, y + 0.45) for a, b in cuts[::2]]
    return top + under


def _under_rule_page(pieces: bool) -> Page:
    ws = _ocr(words("Trygghetsvärdar vid Solbergaskolans skolgård. Slutredovisning", 56, 86, 15.2))
    rules: list[tuple[float, float, float, float]] = []
    top = 122.0
    for k, (label, lines) in enumerate(FIELDS):
        for n, line in enumerate(lines):
            ws += _ocr(words(line, 58, top, SIZE))
            if n < len(lines) - 1:
                top += 13.4
        rule = top + SIZE - 0.5  # the line's box (descenders) reaches through its rule
        rules += _pieces(rule, k) if pieces else [(55.9, rule, 539.5, rule + 0.3)]
        ws += _ocr(words(label, 57, rule + 4.0, SMALL))
        top = rule + 4.0 + SMALL + 12.0
    return Page(1, 595.0, 842.0, ws, rules=rules)


def _expected() -> list[tuple[str, str]]:
    return [(label, " ".join(lines)) for label, lines in FIELDS]


@pytest.mark.parametrize("pieces", [False, True])
def test_ocr_answers_on_rules_in_pieces_take_the_label_under_them(pieces: bool) -> None:
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([_under_rule_page(pieces)]))]
    assert got == _expected()


def _banded_page() -> Page:
    """Labels small OVER their answers, each field a box whose edges the scan left in pieces (its walls whole):
    the edge over a label and the one under the answer before it read like a writing line's rule in pieces."""
    ws = _ocr(words("Bilaga 5 Uppföljning trygghetsinvestering", 74, 93, 15.2))
    rules: list[tuple[float, float, float, float]] = []
    top = 120.0
    for k, (label, lines) in enumerate(FIELDS):
        rules += _pieces(top, k)
        ws += _ocr(words(label, 77, top + 3.5, SMALL))
        y = top + 3.5 + SMALL + 4.8
        for n, line in enumerate(lines):
            ws += _ocr(words(line, 78, y, SIZE))
            y += 13.4 if n < len(lines) - 1 else SIZE
        rules += [(55.9, top, 56.3, y + 2.5), (539.2, top, 539.5, y + 2.5)]
        top = y + 2.5
    rules += _pieces(top, 0)
    return Page(1, 595.0, 842.0, ws, rules=rules)


def test_ocr_labels_over_answers_in_boxes_left_in_pieces_stay_over_them() -> None:
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([_banded_page()]))]
    assert got == _expected()


def _free_page(labels_under: bool) -> Page:
    """No rule left (a motion blur smeared them away): each label small, 4 pt under its answer's last line
    (`labels_under`), or 4 pt over its answer's first line."""
    ws = _ocr(words("Bilaga 5 Uppföljning trygghetsinvestering", 56, 86, 14.3))
    top = 122.0
    for label, lines in FIELDS:
        if not labels_under:
            ws += _ocr(words(label, 57, top, SMALL))
            top += SMALL + 4.0
        for n, line in enumerate(lines):
            ws += _ocr(words(line, 58, top, SIZE))
            top += 13.4 if n < len(lines) - 1 else SIZE
        if labels_under:
            ws += _ocr(words(label, 57, top + 4.0, SMALL))
            top += 4.0 + SMALL
        top += 14.0
    return Page(1, 595.0, 842.0, ws)


@pytest.mark.parametrize("labels_under", [True, False])
def test_ocr_labels_under_answers_whose_rules_the_scan_lost(labels_under: bool) -> None:
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([_free_page(labels_under)]))]
    assert got == _expected()


OUTLINE = [
    ("1.1", "Projektets namn", "Röjning runt motionsspåret i Vårbergstoppen"),
    ("1.2", "Projektets mål och syfte", "Medlen ska användas till röjning av tät vegetation."),
    ("2:1", "Beskrivning av slutresultat", "Trygghetsmätningen visar att färre undviker platsen."),
    ("2.2", "Beskrivning av eventuella avvikelser", "Inga avvikelser."),
]


def test_an_ocr_outline_part_heading_ends_no_answer() -> None:
    ws = _ocr(words("Bilaga 5 Uppföljning trygghetsinvestering", 57, 60, 14))
    ws += _ocr(words("1 Projektet", 57, 100, SIZE))
    top = 120.0
    for number, label, answer in OUTLINE:
        if number.startswith("2"):
            if number == "2:1":
                ws += _ocr(words("2 Redovisning", 57, top, SIZE))
                top += 18
        ws += _ocr(words(number, 57, top, SIZE)) + _ocr(words(label, 83, top, SIZE))
        ws += _ocr(words(answer, 83, top + 13, SIZE))
        top += 36
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([Page(1, 595.0, 842.0, ws)]))]
    assert [text for _, text in got] == [answer for _, _, answer in OUTLINE]


@pytest.mark.parametrize("mark", ["•", "«"])
def test_an_ocr_outline_number_misread_as_a_mark_opens_no_list_item(mark: str) -> None:
    ws = _ocr(words("Bilaga 7 Ansökan om investeringsmedel", 57, 87, 14))
    fields = [
        ("11", "Namn på insats", "Trygg väntan vid busshållplatsen vid Alviks strand"),
        ("12", "Sökande nämnd", "Bromma stadsdelsnämnd"),
        (mark, "Ev. medsökande nämnd", "Kungsholmens stadsdelsnämnd"),
        ("1.4", "Kontaktperson", "Dragan Lundgren"),
    ]
    top = 135.0
    for number, label, answer in fields:
        at = 61.0 if number == mark else 56.0  # a mark stands in the number column's middle
        ws += _ocr(words(number, at, top, SIZE)) + _ocr(words(label, 82, top, SIZE))
        ws += _ocr(words(answer, 82, top + 12.5, SIZE))
        top += 32
    got = [text for _, text, _ in summary(lay_as_extractor([Page(1, 595.0, 842.0, ws)]))]
    assert got == [answer for _, _, answer in fields]


def test_a_frames_corners_read_as_letters_are_no_words() -> None:
    ws = _ocr(words("Ekonomiskt utfall", 62, 566, SIZE))
    ws += _ocr(words("—", 530, 577, SIZE))
    ws += _ocr(words("Budgeten var 0,5 mkr.", 62, 585, SIZE))
    ws += _ocr(words("JL", 530, 605, SIZE)) + _ocr(words("UJ", 535, 698, SIZE))
    ws += _ocr(words("I november - se bilaga", 62, 640, SIZE))  # a capital I and a dash in running text stay
    kept = [w.text for w in without_specks(Page(1, 595.0, 842.0, ws)).words]
    assert kept == ["Ekonomiskt", "utfall", "Budgeten", "var", "0,5", "mkr.", "I", "november", "-", "se", "bilaga"]


@pytest.mark.parametrize(
    ("read", "mended"),
    [
        ("LResultat i", "Resultat"),
        ("IL Bilder före |", "Bilder före"),
        ("Plats", "Plats"),  # a label already
        ("Lena Berg", "Lena Berg"),  # no label however mended
        ("Ledare i", "Ledare i"),
    ],
)
def test_a_dark_tabs_edges_read_with_its_label_are_taken_off(read: str, mended: str) -> None:
    known = {"Resultat", "Bilder före", "Plats"}
    line = Line(1, _ocr(words(read, 56, 317, SIZE)))
    assert mend_tab_edges([line], lambda text: text in known)[0].text == mended
