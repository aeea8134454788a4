"""Issue #12, thirty-third round (h38/c-text): answers written on a rule with their label small and grey UNDER the
rule, as under a signature line (every label after its answer). Hand-made words and rules: list items a blank
line apart over one rule; a rule standing a line's box under the last line, and the next field set close under
each label; and one form of `fixturegen.ctext33` read whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bilagor.extractor.words import Page
from factories import words
from layout_builders import lay_as_extractor, summary

SIZE = 10.0
SMALL = 7.0
FIELDS = [
    ("Projektnamn", ["Trygghetsbelysning i Tunnlandsparken"]),
    ("Plats", ["Tunnlandsparken, Bromma stadsdelsnämnd"]),
    ("Syfte och mål", ["• Parken upplevs som mörk och otrygg.", "• Fler ska kunna använda parken på kvällen."]),
    ("Resultat", ["Belysningen är utbytt längs alla gångvägar i parken och", "buskage har röjts vid entréerna."]),
    ("Avvikelser", ["Inga avvikelser."]),
]


def _page(item_pitch: float, rule_under: float, label_gap: float, field_gap: float) -> Page:
    """Each answer's lines (list items `item_pitch` apart, top to top), a full-width rule `rule_under` pt under
    the last line's foot, its label `label_gap` pt under the rule, the next field `field_gap` pt under the label."""
    ws = words("Bilaga 5 Uppföljning trygghetsinvestering", 50, 60, 14)
    rules = []
    top = 100.0
    for label, lines in FIELDS:
        for k, line in enumerate(lines):
            pitch = item_pitch if line.startswith("•") else 12.5
            ws += words(line, 52, top, SIZE)
            if k < len(lines) - 1:
                top += pitch
        rule = top + SIZE + rule_under
        rules.append((50.0, rule, 545.0, rule))
        ws += words(label, 50, rule + label_gap, SMALL)
        top = rule + label_gap + SMALL + field_gap
    return Page(1, 595.0, 842.0, ws, rules=rules)


def _expected() -> list[tuple[str, str]]:
    return [(label, " ".join(lines)) for label, lines in FIELDS]


def test_list_items_a_blank_line_apart_over_one_rule_are_one_answer() -> None:
    page = _page(item_pitch=25.0, rule_under=2.0, label_gap=3.0, field_gap=10.0)
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([page]))]
    assert got == _expected()


@pytest.mark.parametrize(("rule_under", "label_gap", "field_gap"), [(7.5, 3.0, 10.0), (2.0, 7.0, 3.0)])
def test_a_rule_further_under_its_line_or_labels_close_over_the_next_field(
    rule_under: float, label_gap: float, field_gap: float
) -> None:
    page = _page(item_pitch=12.5, rule_under=rule_under, label_gap=label_gap, field_gap=field_gap)
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([page]))]
    assert got == _expected()


def test_a_generated_form_of_answers_on_rules_reads_as_its_truth(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    from bilagor.extractor import extract_report
    from fixturegen.ctext33 import build_ctext33_forms

    pdf = build_ctext33_forms(tmp_path, 4, 35)[3]  # a follow-up: rules 7.5 pt under, labels 7.5 pt under them
    truth = json.loads(pdf.with_name(pdf.stem + ".truth.json").read_text(encoding="utf-8"))
    record = extract_report(pdf, entities=False).to_dict()
    assert [(s["key"], s["text"]) for s in record["sections"]] == [(s["key"], s["text"]) for s in truth["sections"]]
