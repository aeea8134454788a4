"""Issue #12, thirty-third round (h38/f-textforms): a bold field name wider than its column, set on one line, whose
later word lands at the answer column (rinohtype's field lists, html2ps): the name's own, not its answer's first
word. A hand-made page, and one form of fixturegen.ftextforms38 read whole.
"""

from __future__ import annotations

import json

from bilagor.extractor import extract_report
from bilagor.extractor.words import Page, Word
from factories import words
from fixturegen import ftextforms38
from layout_builders import lay_as_extractor, summary

ROMAN, BOLD = "Times-Roman", "Times-Bold"
COLUMN = 110.5  # the answers' column; a name's word lands on it in a word space after "Ekonomiskt" (57-107)


def _name(text: str, top: float, at: str) -> list[Word]:
    """A bold name at the margin whose word `at` starts at the answer column, one word space after the one before."""
    head, tail = text.split(f" {at}")
    ws = words(head, 57, top, 10, BOLD)
    shift = COLUMN - (ws[-1].x1 + 2.8) if ws else 0.0
    return ws + words(at + tail, ws[-1].x1 + 2.8 + shift, top, 10, BOLD)


def test_a_bold_name_run_on_to_the_answer_column_keeps_its_tail() -> None:
    ws = words("Bilaga 5 - Uppföljning trygghetsinvestering", 80, 60, 16, "Helvetica-Bold")
    ws += words("Fyll i samtliga fält.", 57, 95, 10, ROMAN)
    ws += words("Plats", 57, 115, 10, BOLD) + words("Björns trädgård, Södermalm", COLUMN, 115, 10, ROMAN)
    ws += words("Resultat", 57, 132, 10, BOLD) + words(
        "Fler stannar nu kvar på torget på kvällarna.", COLUMN, 132, 10, ROMAN
    )
    ws += _name("Ekonomiskt utfall", 149, "utfall")
    ws += words("För 2014 beviljades 4,1 miljoner kronor.", COLUMN, 166, 10, ROMAN)
    ws += _name("Ev. medsökande nämnd", 183, "nämnd")
    ws += words("Kontaktperson", 57, 200, 10, BOLD)
    ws += words("Marianne Ekström, trygghetssamordnare", 57 + 0.5 * 10 * 13 + 10, 200, 10, ROMAN)
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([Page(1, 595.0, 842.0, ws)]))]
    assert ("Ekonomiskt utfall", "För 2014 beviljades 4,1 miljoner kronor.") in got
    assert ("Ev. medsökande nämnd", "") in got


def test_an_ftextforms38_form_reads_as_its_truth(tmp_path) -> None:
    # the tuning seed's application form: "Sökande nämnd" with "nämnd" at the answer column
    pdf = next(p for p in ftextforms38.build_ftextforms38_forms(tmp_path, 8, 38) if "f38-0007" in p.name)
    truth = json.loads(pdf.with_name(pdf.stem + ".truth.json").read_text())
    record = extract_report(pdf, entities=False).to_dict()
    assert [(s["key"], s["text"]) for s in record["sections"]] == [(s["key"], s["text"]) for s in truth["sections"]]
