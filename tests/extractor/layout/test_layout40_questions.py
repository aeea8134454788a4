"""Issue #12, thirty-fifth round (h40/c-text): labels set as questions run in with their answer after a dash. Each
field is one paragraph: the label bold, ending in "?", a dash in body type, the answer run in on the same line and
wrapping back to the margin. Hand-made words: the dash its own word, glued to the "?", set against the answer, an en
dash, the "?" in body type; a long label wrapping before its answer; an empty answer; a list item after its
answer; labels in body type with only the "?" and the dash (or a known label and its dash) to end them; a lone bold
question with a dash in an answer left as it was; and one generated form of each shape read whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.questiondash import read_question_labels
from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import lay_as_extractor, summary

SIZE = 10.0
MARGIN = 60.0
SPACE = 0.28 * SIZE
BOLD = "Helvetica-Bold"
FIELDS = [
    ("Projektnamn", ["Trygghetsbelysning i Tunnlandsparken"]),
    ("Geografisk plats för investering", ["Tunnlandsparken, Bromma stadsdelsnämnd"]),
    ("Kontaktperson", []),
    ("Projektets mål och syfte", ["Parken upplevs som mörk och otrygg och fler ska kunna", "använda den på kvällen."]),
    (
        "Beskrivning av slutresultat utifrån investeringens mål, syfte och platsens behov av trygghetsskapande åtgärd",
        ["Tolv nya armaturer lyser upp gångvägen."],
    ),
]
# The long question wraps: its first line alone, its tail "?" and dash before the answer.
WRAP_AT = "åtgärd"


def _line(label: str, answer: list[str], top: float, style: str) -> tuple[list[Word], float]:
    """One field's words from `top`, and the top of the next field. `style`: "apart" (the dash its own word 1.6
    spaces from each side), "glued" ("Projektnamn?-"), "against" (the dash set against the answer), "en" (an en
    dash), "mark" (the "?" in body type), "plain" (no bold: the label in body type)."""
    label_font = "Helvetica" if style == "plain" else BOLD
    ws: list[Word] = []
    if label.endswith(WRAP_AT):  # a long label: its first line alone, in bold
        head, tail = label.rsplit(" behov av ", 1)[0] + " behov av", "trygghetsskapande åtgärd"
        ws += words(head, MARGIN, top, SIZE, label_font)
        top += SIZE * 1.25
        label = tail
    question = label + ("" if style == "mark" else "?")
    dash = "\u2013" if style == "en" else "-"
    if style == "glued":
        question += dash
    lw = words(question, MARGIN, top, SIZE, label_font)
    ws += lw
    x = lw[-1].x1
    if style == "mark":
        ws.append(Word("?", x, x + 3, top, top + SIZE, "Helvetica", SIZE))
        x += 3
    if style != "glued":
        x += 1.6 * SPACE
        ws.append(Word(dash, x, x + 3.3, top, top + SIZE, "Helvetica", SIZE))
        x += 3.3 + 1.6 * SPACE
    if answer:
        first = words(answer[0], x, top, SIZE)
        if style == "against":  # the dash glued to the answer's first word, no dash word of its own
            ws.pop()
            first[0] = Word(dash + first[0].text, x - 3.3, first[0].x1, top, top + SIZE, "Helvetica", SIZE)
        ws += first
    for more in answer[1:]:
        top += SIZE * 1.25
        ws += words(more, MARGIN, top, SIZE)
    return ws, top + SIZE * 2.0


def _page(style: str, fields: list = FIELDS) -> Page:
    ws = words("Bilaga 5 Uppföljning trygghetsinvestering", MARGIN, 90, 14, BOLD)
    top = 130.0
    for label, answer in fields:
        line, top = _line(label, answer, top, style)
        ws += line
    return Page(1, 595.0, 842.0, ws)


def _got(page: Page) -> list[tuple[str, str]]:
    return [(label.rstrip(":?"), text) for label, text, _ in summary(lay_as_extractor([page]))]


def _expected(fields: list = FIELDS) -> list[tuple[str, str]]:
    return [(label, " ".join(lines)) for label, lines in fields]


@pytest.mark.parametrize("style", ["apart", "glued", "against", "en", "mark"])
def test_a_bold_question_and_its_dash_open_the_answer_run_in_after_them(style: str) -> None:
    got = _got(_page(style))
    assert got == _expected()


def test_labels_in_body_type_end_at_their_question_mark_and_dash() -> None:
    fields = FIELDS[:4]
    assert _got(_page("plain", fields)) == _expected(fields)


def test_a_list_item_after_its_answer_stays_the_answers() -> None:
    fields = [FIELDS[0], ("Beskrivning av slutresultat", ["Arbetet är klart.", "- Tolv nya armaturer."])]
    got = _got(_page("apart", fields))
    assert got == [_expected()[0], ("Beskrivning av slutresultat", "Arbetet är klart. - Tolv nya armaturer.")]


def test_one_bold_question_with_a_dash_is_left_as_it_was() -> None:
    ws, _ = _line("Varför", ["Jo, platsen är mörk."], 130.0, "apart")
    line = Line(1, ws)
    page = Page(1, 595.0, 842.0, ws)
    pages, page_lines = read_question_labels([page], [[line]], lambda _text: False)
    assert pages == [page] and page_lines == [[line]]


@pytest.mark.parametrize("index", [0, 1, 2])
def test_a_generated_question_form_reads_as_its_truth(tmp_path: Path, index: int) -> None:
    pytest.importorskip("reportlab")
    from bilagor.extractor import extract_report
    from fixturegen.ctext40 import build_ctext40_forms

    pdf = build_ctext40_forms(tmp_path, index + 1, 42)[index]  # rl_questions, rl_questions_one, rl_questions_plain
    truth = json.loads(pdf.with_name(pdf.stem + ".truth.json").read_text(encoding="utf-8"))
    record = extract_report(pdf, entities=False).to_dict()
    assert [(s["key"], s["text"]) for s in record["sections"]] == [(s["key"], s["text"]) for s in truth["sections"]]


def test_a_bold_label_in_its_cell_before_a_list_items_dash_is_left_as_it_was() -> None:
    """A two-column table: the label bold in its cell, the answer a list item "- ..." in the value column 150 pt
    on; the dash is the item's, not a run-in label's end."""
    lines = []
    for k, (label, item) in enumerate([("Projektnamn", "Belysning i parken"), ("Plats", "Tunnlandsparken")]):
        top = 130.0 + 20 * k
        ws = words(label, MARGIN, top, SIZE, BOLD) + words(f"- {item}", MARGIN + 150, top, SIZE)
        lines.append(Line(1, ws))
    page = Page(1, 595.0, 842.0, [w for line in lines for w in line.words])
    pages, page_lines = read_question_labels([page], [lines], lambda text: text in {"Projektnamn", "Plats"})
    assert pages == [page] and page_lines == [lines]
