"""Issue #12, thirty-first round (h36/c-text2): dot leaders from a label to its answer at a tab stop, in
proportional type (plain TeX's `\\leaders`), the answer's further lines hanging at the stop, beside fields whose
bold label stands over a paragraph at the margin. Hand-made words; the class told by the dots' run and pitch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.stopleaders import leader_run, strip_stop_leaders
from bilagor.extractor.words import Page, Word
from factories import words
from fixturegen import texleaders31
from layout_builders import lay_as_extractor, summary

BOLD = "Times-Bold"
ROMAN = "Times-Roman"
STOP = 330.0  # the tab stop the leaders run to
PITCH = 5.5  # a leader box
TITLE = "Bilaga 5 - Uppföljning trygghetsinvestering"


def _leader_line(label: str, answer: list[str], top: float, joined: str = "") -> list[Word]:
    """`label`, dots at PITCH to the stop, `answer`'s first line from the stop and its further lines hanging
    there. `joined` "label" / "answer": the run's first / last dot joined to the word beside it, as pdfplumber
    joins a dot set a word space or less from it; "pair": two dots of the run one word."""
    ws = words(label, 57, top, 10, ROMAN)
    x = ws[-1].x1 + 2.0
    dots = []
    while x + PITCH <= STOP:
        dots.append(Word(".", x, x + 2.5, top, top + 10, ROMAN, 10))
        x += PITCH
    lines = [words(text, STOP, top + 13 * k, 10, ROMAN) for k, text in enumerate(answer)]
    if joined == "pair":  # two dots a word: the text layer joined them
        a, b = dots[2], dots.pop(3)
        dots[2] = Word("..", a.x0, b.x1, top, top + 10, ROMAN, 10)
    if joined == "label":
        first = dots.pop(0)
        ws[-1] = Word(ws[-1].text + ".", ws[-1].x0, first.x1, top, top + 10, ROMAN, 10)
    if joined == "answer" and lines:
        last, head = dots.pop(), lines[0][0]
        lines[0][0] = Word("." + head.text, last.x0, head.x1, top, top + 10, ROMAN, 10)
    return ws + dots + [w for line in lines for w in line]


def _leader_page() -> Page:
    ws = words(TITLE, 57, 60, 14, BOLD)
    ws += _leader_line("Projektnamn", ["Trygghetsbelysning Kista gård"], 100, joined="answer")
    ws += _leader_line("Plats", ["Kista gård, Rinkeby-Kista stadsdelsförvaltning"], 118, joined="label")
    ws += _leader_line(
        "Projektets mål och syfte",
        ["Målet är en tryggare väg till", "skolan för barnen i området och", "färre anmälda brott kvällstid."],
        136,
    )
    ws += words("Beskrivning av ekonomiskt utfall och eventuell avvikelse mot kalkylerade utgifter", 57, 190, 10, BOLD)
    ws += words("Kalkylerade utgifter var 2,1 mkr. Kostnaden blev 2,3 mkr eftersom fler armaturer", 57, 206, 10, ROMAN)
    ws += words("behövdes än beräknat.", 57, 219, 10, ROMAN)
    # a label no vocabulary knows, its leader row under a paragraph at the margin
    ws += _leader_line("Tidplan", ["Arbetet startade i mars och", "avslutades i oktober."], 240)
    ws += _leader_line("Bilder före", ["Bilder bifogas separat."], 272, joined="pair")
    return Page(1, 595.0, 842.0, ws)


def test_dot_leaders_to_a_stop_join_each_label_to_its_answer() -> None:
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([_leader_page()]))]
    assert got == [
        ("Projektnamn:", "Trygghetsbelysning Kista gård"),
        ("Plats:", "Kista gård, Rinkeby-Kista stadsdelsförvaltning"),
        (
            "Projektets mål och syfte:",
            "Målet är en tryggare väg till skolan för barnen i området och färre anmälda brott kvällstid.",
        ),
        (
            "Beskrivning av ekonomiskt utfall och eventuell avvikelse mot kalkylerade utgifter",
            "Kalkylerade utgifter var 2,1 mkr. Kostnaden blev 2,3 mkr eftersom fler armaturer behövdes än beräknat.",
        ),
        ("Tidplan:", "Arbetet startade i mars och avslutades i oktober."),
        ("Bilder före:", "Bilder bifogas separat."),
    ]


def test_a_contents_entry_an_ellipsis_and_a_lone_leader_are_left_alone() -> None:
    contents = Line(1, _leader_line("Bakgrund", ["3"], 100))
    assert leader_run(contents) is None
    ellipsis = Line(1, words("Vi väntar . . . på besked", 57, 120, 10, ROMAN))
    assert leader_run(ellipsis) is None
    uneven = words("Namn", 57, 140, 10, ROMAN) + [
        Word(".", x, x + 2.5, 140, 150, ROMAN, 10) for x in (90, 95, 100, 120, 125, 150, 155)
    ]
    assert leader_run(Line(1, uneven)) is None
    # one leader line in a document is no form of them (a fill-in line, say)
    one = Line(1, _leader_line("Underskrift", [], 160))
    page = Page(1, 595.0, 842.0, list(one.words))
    assert leader_run(one) is not None
    assert strip_stop_leaders([page], [[one]]) == ([page], [[one]], False)


@pytest.mark.skipif(not texleaders31.available(), reason="needs tex and dvipdfmx (a generator's tools)")
def test_a_plain_tex_form_with_leaders_reads_as_its_truth(tmp_path: Path) -> None:
    from bilagor.extractor import extract_report

    # seed 31's second form: leader rows, bold labels over paragraphs, an en-dash list
    pdf = texleaders31.build_tex_leader_forms(tmp_path, 2, 31)[1]
    truth = json.loads(pdf.with_suffix(".truth.json").read_text(encoding="utf-8"))
    record = extract_report(pdf, entities=False).to_dict()
    assert [(s["key"], s["text"]) for s in record["sections"]] == [(s["key"], s["text"]) for s in truth["sections"]]
