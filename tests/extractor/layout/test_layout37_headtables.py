"""Issue #12, thirty-second round (h37/c-text): stacked horizontal tables, a header row of two to four bold labels in
ruled grey cells side by side over their answers in the row under them, both cells' padding between. Hand-made
words and rules, and one form of `fixturegen.headtables32` read whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bilagor.extractor.words import Page
from factories import words
from layout_builders import lay_as_extractor, summary

BOLD = "Helvetica-Bold"
TITLE = "Bilaga 5 - Uppföljning trygghetsinvestering"
# A table of four cells (every cell ruled: no label | value pairs), two of three; an answer reads as a label ("Det
# ekonomiska utfallet …") under labels most of which are known ones ("Underhåll och drift" is not).
TABLES = [
    [
        ("Namn på insats", ["Ljus i parken"]),
        ("Sökt belopp", ["220 000 kr"]),
        ("Sökande nämnd", ["Bromma", "stadsdelsnämnd"]),
        ("Kontaktperson", ["Erik Hassan"]),
    ],
    [
        ("Projektnamn", ["Trygghetsbelysning", "Brommaplan"]),
        ("Plats", ["Brommaplan, Bromma", "stadsdelsnämnd"]),
        ("Syfte och mål", ["Platsen upplevs som", "mörk och otrygg."]),
    ],
    [
        ("Avvikelser", ["Inga avvikelser."]),
        ("Ekonomisk redovisning", ["Det ekonomiska utfallet", "blev 1,9 mnkr."]),
        ("Underhåll och drift", ["Skötseln ingår i", "driftavtalet."]),
    ],
]
CELL = 120.0
PAD = 5.0
SIZE = 9.5
LEAD = 11.9


def _tables_page(ruled: bool = True) -> Page:
    ws = words(TITLE, 50, 60, 14, BOLD)
    rules: list[tuple[float, float, float, float]] = []
    top = 100.0
    for table in TABLES:
        head_bottom = top + 2 * PAD + LEAD
        body_bottom = head_bottom + 2 * PAD + LEAD * max(len(a) for _, a in table)
        for k, (label, answer) in enumerate(table):
            x = 50 + k * CELL
            ws += words(label, x + PAD, top + PAD, SIZE, BOLD)
            for n, line in enumerate(answer):
                ws += words(line, x + PAD, head_bottom + PAD + n * LEAD, SIZE)
        if ruled:
            right = 50 + CELL * len(table)
            for y in (top, head_bottom, body_bottom):
                rules.append((50.0, y, right, y))
            for k in range(len(table) + 1):
                x = 50 + k * CELL
                rules.append((x, top, x, body_bottom))
        top = body_bottom + 10
    return Page(1, 595.0, 842.0, ws, rules=rules)


def _expected() -> list[tuple[str, str]]:
    return [(label, " ".join(answer)) for table in TABLES for label, answer in table]


@pytest.mark.parametrize("ruled", [True, False])
def test_labels_side_by_side_over_their_answers_a_cells_padding_below(ruled: bool) -> None:
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([_tables_page(ruled)]))]
    assert got == _expected()


def test_a_generated_form_of_header_tables_reads_as_its_truth(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    from bilagor.extractor import extract_report
    from fixturegen.headtables32 import build_head_table_forms

    pdf = build_head_table_forms(tmp_path, 11, 32)[10]  # a climate follow-up: two-line labels side by side
    truth = json.loads(pdf.with_name(pdf.stem + ".truth.json").read_text(encoding="utf-8"))
    record = extract_report(pdf, entities=False).to_dict()
    assert [(s["key"], s["text"]) for s in record["sections"]] == [(s["key"], s["text"]) for s in truth["sections"]]


def test_across_the_padding_only_labels_in_the_answers_size() -> None:
    from bilagor.extractor.layout.cells import unfold_cell_rows
    from bilagor.extractor.layout.model import Line
    from layout_builders import is_label

    def row(texts: list[str], top: float, size: float, font: str = "Helvetica") -> Line:
        return Line(1, [w for k, t in enumerate(texts) for w in words(t, 50 + k * CELL, top, size, font)])

    # A filled-in form's values in bold 12 pt over their small captions 2.6 sizes below: no header row of cells.
    filled = [row(["Anna", "Berg"], 100, 12, BOLD), row(["Förnamn", "Efternamn"], 131, 9.5)]
    assert not any(line.cell for line in unfold_cell_rows(filled, is_label, 4.76))
    # The same at one size: labels over their answers.
    table = [row(["Projektnamn", "Plats"], 100, 9.5, BOLD), row(["Ljus i parken", "Bromma"], 124, 9.5)]
    assert [line.cell for line in unfold_cell_rows(table, is_label, 4.76)] == ["label", "value", "label", "value"]
