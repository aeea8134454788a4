"""Issue #12, thirty-second round (h37/f-textforms): the thirty-first forms' text-layer classes seen on that set's
dev half. Hand-made pages, and one form of each of fixturegen.ftextforms37's shapes read whole:

- an empty field's dot leaders to a stop, a paragraph's skip under an answer set at the margin: its label, not the
  paragraph's last line (plain TeX);
- labels small in the top-left corner of their answers' boxes, nearer the box's top rule than their answer, the
  form's last boxes empty: labels over their answers, not captions under the answers above (PDF::Builder);
- a row of two empty boxes whose labels stand on one line: two empty fields, not a label and its answer;
- one turned label on a form's last page, in the column an earlier page read (XeTeX; its hand-made test is in
  tests/extractor/test_turned_labels36.py).
"""

from __future__ import annotations

import json

import pytest
from bilagor.extractor import extract_report
from bilagor.extractor.words import Page, Word
from factories import words
from fixturegen import ftextforms37, texleaders31
from layout_builders import lay_as_extractor, summary

ROMAN, BOLD = "Times-Roman", "Times-Bold"


def _leaders(label: str, top: float, stop: float = 330.0, pitch: float = 5.5) -> list[Word]:
    """`label` at the margin and its dots at `pitch` to the stop, nothing after them (an empty field)."""
    ws = words(label, 57, top, 10, ROMAN)
    x = ws[-1].x1 + 2.0
    while x + pitch <= stop:
        ws.append(Word(".", x, x + 2.5, top, top + 10, ROMAN, 10))
        x += pitch
    return ws


def test_an_empty_leader_row_under_a_margin_paragraph_is_its_own_label() -> None:
    ws = words("Bilaga 5 - Uppföljning trygghetsinvestering", 57, 60, 14, BOLD)
    ws += _leaders("Projektnamn", 100) + words("Trygghetsbelysning Kista gård", 330, 100, 10, ROMAN)
    ws += words("Beskrivning av ekonomiskt utfall och eventuell avvikelse mot kalkylerade utgifter", 57, 124, 10, BOLD)
    ws += words("Kalkylerade utgifter var 2,1 mkr. Kostnaden blev 2,3 mkr eftersom fler armaturer", 57, 140, 10, ROMAN)
    ws += words("behövdes än beräknat.", 57, 153, 10, ROMAN)
    # a paragraph's skip (5 pt) under the answer's last line, as TeX's \parskip sets it
    ws += _leaders("Bilder före", 168) + _leaders("Bilder efter", 186)
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([Page(1, 595.0, 842.0, ws)]))]
    assert got[-3:] == [
        (
            "Beskrivning av ekonomiskt utfall och eventuell avvikelse mot kalkylerade utgifter",
            "Kalkylerade utgifter var 2,1 mkr. Kostnaden blev 2,3 mkr eftersom fler armaturer behövdes än beräknat.",
        ),
        ("Bilder före:", ""),
        ("Bilder efter:", ""),
    ]


Box = tuple[float, float, float, float]


def _box(x0: float, top: float, x1: float, bottom: float) -> list[Box]:
    return [(x0, top, x1, top), (x0, bottom, x1, bottom), (x0, top, x0, bottom), (x1, top, x1, bottom)]


def _corner_page() -> Page:
    """PDF::Builder's corner labels as the thirty-first set draws them: labels 8 pt, 3.7 pt under their box's top
    rule and 6.5 pt over their answer (10.5 pt), the answer's last line 2.8 pt over the box's foot, boxes 5 pt
    apart; a first row of two half-width boxes, the last row two empty half-width boxes."""
    ws = words("Bilaga 7 Uppföljning klimatinvestering", 56, 87, 14, "Helvetica-Bold")
    rules: list[Box] = []
    top = 117.0
    halves = ((56.0, 294.5), (300.5, 539.0))
    rows = [
        [("Projektets namn", ["Siktröjning längs stigen"]), ("Geografisk plats för investering", ["Sätra gård"])],
        [("Syfte och mål", ["Medlen avser siktröjning av träd och buskar längs stigen vid gården så att fler"])],
        [
            (
                "Beskrivning av eventuella avvikelser i projektets genomförande",
                ["Leveransen försenades och arbetet flyttades till januari. Upphandlingen av väktare", "överklagades."],
            )
        ],
        [("Bilder före", []), ("Bilder efter", [])],
    ]
    for row in rows:
        xs = halves if len(row) == 2 else ((56.0, 539.0),)
        height = 3.7 + 8 + 6.5 + max(14.5 * max(len(a), 1) for _, a in row) - 4 + 2.8
        for (x0, x1), (label, answer) in zip(xs, row):
            rules += _box(x0, top, x1, top + height)
            ws += words(label, x0 + 3, top + 3.7, 8, "Helvetica")
            for k, line in enumerate(answer):
                ws += words(line, x0 + 4, top + 18.2 + 14.5 * k, 10.5, "Helvetica")
        top += height + 5
    return Page(1, 595.0, 842.0, ws, rules=rules)


def test_corner_labels_nearer_their_boxes_top_rule_are_labels_over_their_answers() -> None:
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([_corner_page()]))]
    assert got == [
        ("Projektets namn", "Siktröjning längs stigen"),
        ("Geografisk plats för investering", "Sätra gård"),
        ("Syfte och mål", "Medlen avser siktröjning av träd och buskar längs stigen vid gården så att fler"),
        (
            "Beskrivning av eventuella avvikelser i projektets genomförande",
            "Leveransen försenades och arbetet flyttades till januari. Upphandlingen av väktare överklagades.",
        ),
        ("Bilder före", ""),
        ("Bilder efter", ""),
    ]


@pytest.mark.parametrize("shape", ftextforms37.SHAPES)
def test_ftextforms37_forms_read_as_their_truth(tmp_path, shape: str) -> None:
    if shape == "tex_emptylast" and not texleaders31.available():
        pytest.skip("tex and dvipdfmx are not installed")
    # seed 37 (tuning): its follow-up forms draw each shape's class (empty last fields, a lone turned label)
    pdf = next(p for p in ftextforms37.build_held_forms(tmp_path, 6, 37) if f"{shape}-followup" in p.name)
    truth = json.loads(pdf.with_name(pdf.stem + ".truth.json").read_text())
    record = extract_report(pdf, entities=False).to_dict()
    assert [(s["key"], s["text"]) for s in record["sections"]] == [(s["key"], s["text"]) for s in truth["sections"]]
