"""Issue #12, seventeenth round (f-text): a definition list whose labels float beside their answers, a label taller
than its answer. The tall label pushes the next label down but not the next answer, so each later answer starts
above its own label and the last label is left with nothing beside it: read line by line, the tall label took the
next answer too, and every answer after it sat one label early."""

from __future__ import annotations

from bilagor.extractor.layout.floated import give_answers_to_floated_labels, paragraphs
from bilagor.extractor.layout.model import Block, Line
from bilagor.extractor.words import Page
from factories import words
from layout_builders import TITLE, lay_as_extractor, summary

BOLD = "Helvetica-Bold"
SIZE = 10.0
PITCH = 14.0
LABEL_END = 196.0  # labels set flush right against the answers' column
ANSWER_X = 210.0


def _label(lines: list[str], top: float) -> list:
    out = []
    for k, text in enumerate(lines):
        width = sum(0.5 * SIZE * len(t) for t in text.split()) + 0.28 * SIZE * (len(text.split()) - 1)
        out += words(text, LABEL_END - width, top + k * PITCH, size=SIZE, font=BOLD)
    return out


def _answer(lines: list[str], top: float) -> list:
    return [w for k, text in enumerate(lines) for w in words(text, ANSWER_X, top + k * PITCH, size=SIZE)]


def test_answers_after_a_label_taller_than_its_answer_go_to_their_own_labels():
    ws = list(TITLE)
    ws += _label(["Projektets mål"], 100.0) + _answer(["Färre inbrott i källarförråden", "under vintern."], 100.0)
    # A four-line label beside a one-line answer: the next two answers come up beside it.
    ws += _label(["Beskrivning av", "genomförande", "och tidplan för", "arbetet"], 134.0)
    ws += _answer(["Arbetet gjordes i maj."], 134.0)
    ws += _answer(["Kostnaden blev 80 000 kr."], 154.0)  # the next label's answer, ahead of it
    ws += _answer(["Bilderna skickas med e-post."], 174.0)  # the last label's
    ws += _label(["Ekonomiskt utfall"], 190.0) + _label(["Bilder efter"], 204.0)
    assert summary(lay_as_extractor([Page(1, 595.0, 842.0, ws)])) == [
        ("Projektets mål", "Färre inbrott i källarförråden under vintern.", 1),
        ("Beskrivning av genomförande och tidplan för arbetet", "Arbetet gjordes i maj.", 1),
        ("Ekonomiskt utfall", "Kostnaden blev 80 000 kr.", 1),
        ("Bilder efter", "Bilderna skickas med e-post.", 1),
    ]


def _line(text: str, top: float, x: float = ANSWER_X) -> Line:
    return Line(1, words(text, x, top, size=SIZE))


def _block(label_tops: list[float], answers: list[tuple[str, float]]) -> Block:
    return Block([_line("Rubrik", t, 150.0) for t in label_tops], [_line(text, top) for text, top in answers])


def test_each_drifted_answer_moves_one_label_on():
    donor = _block([300.0, 314.0, 328.0, 342.0], [("Svar ett.", 300.0), ("Svar två.", 320.0)])
    middle = _block([356.0], [("Svar tre.", 340.0)])
    empty = _block([370.0], [])
    blocks = [donor, middle, empty]
    give_answers_to_floated_labels(blocks, PITCH, 3.0)
    assert [b.lines for b in blocks] == [["Svar ett."], ["Svar två."], ["Svar tre."]]


def test_a_second_paragraph_with_no_drifted_answer_after_it_stays():
    # A long label beside a two-paragraph answer, then an empty label: nothing shows the answers drifted.
    donor = _block([300.0, 314.0, 328.0], [("Svar ett.", 300.0), ("Svar två.", 320.0)])
    empty = _block([344.0], [])
    blocks = [donor, empty]
    give_answers_to_floated_labels(blocks, PITCH, 3.0)
    assert [b.lines for b in blocks] == [["Svar ett.", "Svar två."], []]


def test_an_answer_beside_its_centred_label_is_no_drift():
    # The middle label sits beside its two-line answer (a centred row), not below it: the rows stay.
    donor = _block([300.0, 314.0, 328.0], [("Svar ett.", 300.0), ("Svar två.", 320.0)])
    middle = _block([347.0], [("Svar tre,", 340.0), ("fortsättning.", 354.0)])
    empty = _block([380.0], [])
    blocks = [donor, middle, empty]
    give_answers_to_floated_labels(blocks, PITCH, 3.0)
    assert [b.lines for b in blocks] == [["Svar ett.", "Svar två."], ["Svar tre,", "fortsättning."], []]


def test_paragraphs_part_at_a_row_gap():
    lines = [_line("a", 100.0), _line("b", 114.0), _line("c", 134.0)]
    assert [[ln.text for ln in p] for p in paragraphs(lines, PITCH)] == [["a", "b"], ["c"]]
