"""Issue #12, thirty-second round (h37/c-text): a questionnaire, each label a numbered question "N. <label>?" in bold
with a line of drawn "Ja" / "Nej" tick boxes under it and the answer indented under those. Hand-made words, and one
form of `fixturegen.questions32` read whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.ticklines import strip_tick_lines
from bilagor.extractor.words import Page
from factories import words
from layout_builders import lay_as_extractor, summary

BOLD = "Helvetica-Bold"
TITLE = "Bilaga 5 - Uppföljning trygghetsinvestering"
# Label | answer, a field a line.
FIELDS = [
    (label, answer)
    for label, answer in (
        line.split(" | ")
        for line in """Projektnamn | Trygghetsbelysning Brommaplan
Geografisk plats för investering | Brommaplan, Bromma stadsdelsnämnd
Projektets mål och syfte | Platsen upplevs som mörk och otrygg.
Avvikelser | Inga avvikelser.""".splitlines()
    )
]


def _questionnaire(ticks: tuple[str, ...] = ("Ja", "Nej"), fields: list[tuple[str, str]] = FIELDS) -> Page:
    """A page of numbered bold questions, each with a tick line (its boxes drawn, so not in the text) and an
    answer indented 14 pt under it."""
    ws = words(TITLE, 50, 60, 14, BOLD)
    top = 100.0
    for n, (label, answer) in enumerate(fields, 1):
        ws += words(f"{n}. {label}?", 50, top, 10, BOLD)
        x = 60.0
        for tick in ticks:
            ws += words(tick, x, top + 13, 10)
            x += 40
        ws += words(answer, 64, top + 26, 10)
        top += 48
    return Page(1, 595.0, 842.0, ws)


def test_the_tick_lines_are_no_part_of_the_answers() -> None:
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([_questionnaire()]))]
    assert got == [(f"{n}. {label}?", answer) for n, (label, answer) in enumerate(FIELDS, 1)]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(1, words(t, 50, 100 + 14 * k, 10)) for k, t in enumerate(texts)]


def test_a_tick_line_is_told_by_its_words_and_its_repeats() -> None:
    page = Page(1, 595.0, 842.0, [])
    two = _lines(["Ja Nej", "Svaret", "O Ja O Nej", "Mer"])  # an OCR'd box before each word too
    assert [ln.text for ln in strip_tick_lines([page], [two])[1][0]] == ["Svaret", "Mer"]
    one = _lines(["Ja Nej", "Svaret"])  # one alone could be an answer
    assert [ln.text for ln in strip_tick_lines([page], [one])[1][0]] == ["Ja Nej", "Svaret"]
    typed = _lines(["☐ Ja ☒ Nej", "Svaret", "☒ Ja ☐ Nej"])  # the ticks in the text: the answer is there
    assert [ln.text for ln in strip_tick_lines([page], [typed])[1][0]] == ["☐ Ja ☒ Nej", "Svaret", "☒ Ja ☐ Nej"]
    prose = _lines(["Ja Nej och kanske", "Svaret", "Ja eller Nej"])  # other words: a sentence
    assert [ln.text for ln in strip_tick_lines([page], [prose])[1][0]] == [
        "Ja Nej och kanske",
        "Svaret",
        "Ja eller Nej",
    ]


def test_a_generated_questionnaire_reads_as_its_truth(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    from bilagor.extractor import extract_report
    from fixturegen.questions32 import build_question_forms

    pdf = build_question_forms(tmp_path, 1, 32)[0]
    truth = json.loads(pdf.with_name(pdf.stem + ".truth.json").read_text(encoding="utf-8"))
    record = extract_report(pdf, entities=False).to_dict()
    assert [(s["key"], s["text"]) for s in record["sections"]] == [(s["key"], s["text"]) for s in truth["sections"]]
