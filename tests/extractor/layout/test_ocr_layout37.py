"""Issue #12, thirty-second round (h37/f-ocrlayout): an OCR'd page set in two text columns (labels over their
answers, the answers flowing from the foot of the left column to the top of the right) with a rule down the gutter
and a reader's pencil ticks in the right margin, read as "j" and "V/". Stacked under the left column, the ticks
started runs a gutter's width right of its text, and the column rule stood beside it: a value column was found, every
line of the one column became a label. Hand-made words (no font name, as Tesseract's)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import lay_as_extractor, summary

LEFT = [
    ("Projektnamn", ["Belysning i Tallkrogens centrum"]),
    ("Geografisk plats för investering", ["Tallkrogens torg, Skarpnäck"]),
    (
        "Projektets mål och syfte",
        [
            "Platsen ska upplevas tryggare om kvällarna",
            "och fler ska vilja vistas där efter skoltid.",
            "Belysningen ska ersätta de gamla armaturerna",
            "som ofta har varit trasiga under vintern.",
        ],
    ),
]
RIGHT = [
    (
        "Beskrivning av eventuella avvikelser i projektets genomförande",
        [
            "Leveransen av armaturerna försenades och",
            "arbetet flyttades till januari i stället.",
            "Ett av träden visade sig vara skyddsvärt",
            "och fick stå kvar. Upphandlingen av väktare",
            "överklagades vilket försenade starten med",
            "två månader. Styrgruppen har haft möten",
            "en gång i månaden under hela projektet.",
        ],
    ),
    ("Bilder före", ["Bilder skickas separat per e-post."]),
]


def _ocr(ws: list[Word]) -> list[Word]:
    return [Word(w.text, w.x0, w.x1, w.top, w.bottom, "", w.size) for w in ws]


def _column(x: float, fields: list[tuple[str, list[str]]], top: float = 130.0) -> list[Word]:
    ws: list[Word] = []
    for label, answers in fields:
        ws += _ocr(words(label, x, top, 10))
        top += 14
        for line in answers:
            ws += _ocr(words(line, x, top, 10))
            top += 14
        top += 12
    return ws


def _two_column_scan(ticks: bool, rule: bool) -> Page:
    ws = _ocr(words("Bilaga 5 Uppföljning trygghetsinvestering", 57, 87, 12))
    ws += _column(57, LEFT) + _column(309, RIGHT)
    if ticks:  # pencil ticks past the right column's lines, each alone on its line or far from its last word
        ws += _ocr(words("j", 551, 150, 10)) + _ocr(words("V/", 549, 236, 10))
    rules = [(297.5, 128.0, 297.5, 300.0)] if rule else []
    return Page(1, 595.0, 842.0, ws, rules=rules)


@pytest.mark.parametrize(("ticks", "rule"), [(True, False), (False, True), (True, True)])
def test_an_ocrd_two_column_page_with_a_column_rule_or_margin_ticks_reads_labels_over_answers(
    ticks: bool, rule: bool
) -> None:
    got = summary(lay_as_extractor([_two_column_scan(ticks, rule)]))
    want = [(label, " ".join(answers)) for label, answers in LEFT + RIGHT]
    assert [(label, text) for label, text, _ in got] == want


def test_the_same_page_without_ticks_or_rule_reads_the_same() -> None:
    plain = summary(lay_as_extractor([_two_column_scan(ticks=False, rule=False)]))
    assert [(label, text) for label, text, _ in plain] == [(label, " ".join(a)) for label, a in LEFT + RIGHT]


def test_a_rule_under_an_ocrd_pages_columns_across_their_gutter_leaves_them_columns() -> None:
    """A scanner's open lid darkens the page's edges, read as rules along them: one at the foot, below every line,
    running across the gutter, parted nothing, yet the columns were not found (every line of both read across)."""
    page = _two_column_scan(ticks=False, rule=False)
    edges = [(30.0, 825.0, 312.0, 825.0), (230.0, 12.0, 538.0, 12.0)]
    got = summary(lay_as_extractor([replace(page, rules=edges)]))
    assert [(label, text) for label, text, _ in got] == [(label, " ".join(a)) for label, a in LEFT + RIGHT]


def _one_column_scan(marks: bool) -> Page:
    """The same form's fields all in the left column (a short one: the right column empty), the column rule drawn
    down the middle all the same, and on one page pencil marks by it read as "MAG" and "NA"."""
    ws = _ocr(words("Bilaga 5 Uppföljning trygghetsinvestering", 57, 87, 12)) + _column(57, LEFT + RIGHT)
    if marks:
        # each on a line of its own between two fields, by the rule: starts of runs right of the text, as answers'
        ws += _ocr(words("MAG", 291, 157, 8)) + _ocr(words("NA", 299, 197, 8))
    return Page(1, 595.0, 842.0, ws, rules=[(297.5, 126.0, 297.5, 776.0)])


@pytest.mark.parametrize("marks", [False, True])
def test_an_ocrd_page_with_a_rule_down_an_empty_right_column_reads_labels_over_answers(marks: bool) -> None:
    """A scan's vertical rule says where answers start only when answers stand right of it: here every line would
    have been read as a label, each answer one of its own with nothing under it."""
    got = summary(lay_as_extractor([_one_column_scan(marks)]))
    # The marks stay in the answers they follow (OCR's noise, not the layout's): the labels are asked.
    assert [label for label, _, _ in got] == [label for label, _ in LEFT + RIGHT]
    assert all(text.startswith(" ".join(a)) for (_, text, _), (_, a) in zip(got, LEFT + RIGHT, strict=True))


BOXES = [
    ("Namn på insats", ["Trygghetsbelysning vid Tallkrogens torg"]),
    ("Sökt belopp", ["450 000 kr"]),
    ("Kontaktperson", ["Anna Berg, enhetschef"]),
    ("1. Beskrivning (mål och syfte)", ["Platsen ska upplevas tryggare om kvällarna.", "Fler ska vilja vistas där."]),
]


def _corner_box_scan(marks: bool) -> Page:
    """Every answer in a ruled box, its label small (8 pt under the answers' 11) in the box's top-left corner; with
    `marks`, a reader's pencil marks read small over the first box's top edge and under the last box's foot
    ("UN AY YEN", "AVN WW p/"), where a caption form's first answer and last caption would stand."""
    ws = _ocr(words("Bilaga 5b Ansökan om investeringsmedel", 57, 60, 14))
    rules: list[tuple[float, float, float, float]] = []
    top = 110.0
    if marks:
        ws += _ocr(words("UN AY YEN", 347, top - 10, 10))
    for label, answers in BOXES:
        height = 13 + 14 * (len(answers) - 1) + 11 + 3  # the last line a few points over the foot
        rules += [(57.0, top, 538.0, top), (57.0, top + height, 538.0, top + height)]
        rules += [(57.0, top, 57.0, top + height), (538.0, top, 538.0, top + height)]
        ws += _ocr(words(label, 60, top + 2, 8))
        for k, line in enumerate(answers):
            ws += _ocr(words(line, 60, top + 13 + 14 * k, 11))
        top += height + 6
    if marks:
        ws += _ocr(words("AVN WW p/", 323, top - 3, 5))  # 3 pt under the last foot
    return Page(1, 595.0, 842.0, ws, rules=rules)


@pytest.mark.parametrize("marks", [False, True])
def test_labels_in_ocrd_boxes_corners_are_read_over_their_answers_whatever_marks_stand_round_them(marks: bool) -> None:
    """Small labels under rules with text over the rules read like captions under writing lines; the form's first
    label has no answer over it and its last answer no caption under it, so they are not: unless a misread
    pencil mark stood in as the last caption (a caption has a word in lower case)."""
    got = summary(lay_as_extractor([_corner_box_scan(marks)]))
    assert [label for label, _, _ in got] == [label for label, _ in BOXES]
    # The last mark stays in the answer it closes (OCR's noise, not the layout's).
    assert all(text.startswith(" ".join(a)) for (_, text, _), (_, a) in zip(got, BOXES, strict=True))
