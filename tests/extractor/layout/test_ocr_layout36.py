"""Issue #12, thirty-first round (h36/f-ocrlayout): the thirtieth forms' right-hand label column on an OCR'd page.
Tesseract's words carry no font name, so no bold tells the column: it is told by runs past the middle at one x,
most of them known labels, nothing else crossing its edge. Hand-made words (no font), their boxes a little off
as OCR's are."""

from __future__ import annotations

from bilagor.extractor.labels import is_label
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.rightlabels import move_right_labels
from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import lay_as_extractor, summary

ROWS = [
    (["Projektnamn"], ["Belysning i Tallkrogens centrum"]),
    (["Plats"], ["Tallkrogens torg, Skarpnäck"]),
    (["Mål och syfte"], ["Platsen ska upplevas tryggare om kvällarna.", "Fler ska vilja vistas där."]),
    (["Resultat"], ["Platsen upplevs tryggare enligt", "trygghetsvandringen i oktober.", "Skadegörelsen har minskat."]),
    (["Avvikelser"], ["Inga avvikelser."]),
]


def _ocr(ws: list[Word], drop: float = 0.0) -> list[Word]:
    """Words as Tesseract gives them: no font name, the box `drop` points lower."""
    return [Word(w.text, w.x0, w.x1, w.top + drop, w.bottom + drop, "", w.size) for w in ws]


def _right_label_scan() -> Page:
    """Answers from the left margin, labels at x 440 on their answers' first lines (each label's box 1.2 pt lower
    than its answer's, as OCR reads a label set in another type), a rule under each row."""
    ws = _ocr(words("Uppföljning av investeringsmedel för trygghetsskapande åtgärder", 57, 60, 14))
    rules: list[tuple[float, float, float, float]] = []
    top = 100.0
    for labels, answers in ROWS:
        for k, line in enumerate(answers):
            ws += _ocr(words(line, 57, top + 14 * k, 10))
        for k, line in enumerate(labels):
            ws += _ocr(words(line, 440, top + 14 * k, 10), 1.2)
        bottom = top + 14 * max(len(answers), len(labels)) + 4
        rules.append((57.0, bottom, 538.0, bottom))
        top = bottom + 8
    return Page(1, 595.0, 842.0, ws, rules=rules)


def test_labels_in_a_column_at_the_right_of_an_ocrd_page_are_read_over_their_answers() -> None:
    got = summary(lay_as_extractor([_right_label_scan()]))
    want = [(" ".join(labels), " ".join(answers)) for labels, answers in ROWS]
    assert [(label, text) for label, text, _ in got][:-1] == want[:-1]
    assert got[-1][1].startswith("Inga avvikelser.")


def test_an_ocrd_page_with_words_past_the_middle_that_are_no_labels_keeps_its_lines() -> None:
    """Pairs two a row ("Sökt belopp: 320 000 kr" beside another pair): the runs past the middle are pairs, not
    labels, and few read as known labels alone."""
    lines, ws = [], []
    for k, (left, right) in enumerate(
        [("Projektnamn: Belysning", "Sökt belopp: 320 000 kr"), ("Plats: Tallkrogen", "Telefon: 08-508 11 22")] * 2
    ):
        row = _ocr(words(left, 57, 100 + 14 * k, 10)) + _ocr(words(right, 320, 100 + 14 * k, 10))
        lines.append(Line(1, row))
        ws += row
    page = Page(1, 595.0, 842.0, ws)
    pages, got = move_right_labels([page], [lines], is_label)
    assert pages == [page] and got == [lines]
