"""Issue #12, thirty-third round (h38/f-textforms), two classes of the thirty-second forms' field lists (rinohtype):

- a bold field name wider than its column, set on one line, whose later word lands at the answer column: the
  name's own, not its answer's first word;
- a title short enough for a heading, over the form's instruction sentence and a field list: the title, the
  instruction no field.

Hand-made pages, and one form of each of fixturegen.ftextforms38's shapes read whole.
"""

from __future__ import annotations

import json

from bilagor.extractor import extract_report
from bilagor.extractor.words import Page, Word
from factories import words
from bilagor.extractor.layout.titles import title_lines
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


def _title_page(instruction: list[str]) -> Page:
    ws = words("Pollare Tensta centrum. Slutredovisning", 150, 72, 16, "Helvetica-Bold")
    top = 100.0
    for line in instruction:
        ws += words(line, 57, top, 10, ROMAN)
        top += 12.5
    rows = [
        ("Bakgrund", "Bilar har kört upp på torget."),
        ("Plats", "Tensta centrum, Spånga-Tensta"),
        ("Syfte och mål", "Torget ska vara tryggt att gå över."),
        ("Resultat", "Inga bilar kör upp på torget längre."),
    ]
    for label, answer in rows:
        top += 6
        ws += words(label, 57, top, 10, BOLD) + words(answer, COLUMN + 20, top, 10, ROMAN)
        top += 12.5
    return Page(1, 595.0, 842.0, ws)


def test_a_title_over_an_instruction_and_a_field_list_is_the_title() -> None:
    layout = lay_as_extractor([_title_page(["Fyll i samtliga fält."])])
    assert [ln.text for ln in title_lines(layout.preamble, layout.body_size)] == [
        "Pollare Tensta centrum. Slutredovisning"
    ]
    assert [label for label, _, _ in summary(layout)] == ["Bakgrund", "Plats", "Syfte och mål", "Resultat"]


def test_a_large_heading_over_a_paragraph_stays_a_field() -> None:
    # three lines under it: no instruction but the heading's own text
    layout = lay_as_extractor([_title_page(["Bilar har länge kört upp på torget.", "Pollarna stoppar dem.", "Klart."])])
    assert summary(layout)[0][0] == "Pollare Tensta centrum. Slutredovisning"


def test_an_ftextforms38_title_form_reads_as_its_truth(tmp_path) -> None:
    # the tuning seed's third form: a one-line title over "Fyll i samtliga fält."
    pdf = ftextforms38.build_title_forms(tmp_path, 3, 38)[2]
    truth = json.loads(pdf.with_name(pdf.stem + ".truth.json").read_text())
    record = extract_report(pdf, entities=False).to_dict()
    assert (record["title"], record["project"], record["stage"]) == (truth["title"], truth["project"], truth["stage"])
    assert [(s["key"], s["text"]) for s in record["sections"]] == [(s["key"], s["text"]) for s in truth["sections"]]
