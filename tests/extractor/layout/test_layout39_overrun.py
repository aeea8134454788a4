"""Issue #12, thirty-fourth round (h39/f-textforms): answers on rules with their label small under the rule, the
answer's lines set WIDER than the rule they stand on (the thirty-third forms' FreeHEP pages: a line runs up to
about 1.7 sizes past the rule's end into the margin, a short answer past its cell's part-width rule). Hand-made
words and rules, and one form of `fixturegen.ftextforms39` read whole."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from bilagor.extractor.words import Page
from factories import words
from layout_builders import lay_as_extractor, summary

SIZE = 10.0
SMALL = 7.0
PAIR = [("Projektnamn", "Trygghetsbelysning i den långa Tunnlandsparken"), ("Plats", "Tunnlandsparken, Bromma")]
FIELDS = [
    (
        "Syfte och mål",
        [
            "Parken upplevs som mörk och otrygg av många som går hem från tunnelbanan sent på kvällarna",
            "i",
            "november.",
        ],
    ),
    (
        "Resultat",
        [
            "Belysningen är utbytt längs alla gångvägar i parken och buskagen har röjts vid båda entréerna",
            "till parken.",
        ],
    ),
    ("Avvikelser", ["Inga avvikelser."]),
]


def _page(overrun: float) -> Page:
    """Two short fields on half-width rules (the first answer up to 10 pt past its rule's end), then answers on
    full-width rules whose lines run `overrun` pt past the rule's end (a one-letter word set wholly past it)."""
    ws = words("Bilaga 5 Uppföljning trygghetsinvestering", 50, 60, 14)
    rules = []
    top = 100.0
    cells = ((50.0, 285.0), (305.0, 545.0))
    for (label, text), (x0, x1) in zip(PAIR, cells):
        ws += words(text, x0 + 2, top, SIZE)
        rules.append((x0, top + SIZE + 1, x1, top + SIZE + 1))
        ws += words(label, x0, top + SIZE + 4, SMALL)
    # the first answer is as wide as its rule plus `overrun`: stretch it by placing its last word there
    first = [w for w in ws if w.top == top and w.x0 < 285.0]
    last = first[-1]
    shift = 285.0 + min(overrun, 10.0) - last.x1  # stopping short of the next cell, 20 pt on
    ws = [w if w is not last else replace(w, x0=w.x0 + shift, x1=w.x1 + shift) for w in ws]
    top += SIZE + 4 + SMALL + 10
    for label, lines in FIELDS:
        for k, line in enumerate(lines):
            if line == "i":  # a word wholly past the rule's end, a word space after the line's last
                prev = ws[-1]
                ws += words(line, prev.x1 + 2.5, prev.top, SIZE)
                top += 12.5
                continue
            ws += words(line, 52, top, SIZE)
            if len(lines) > 1 and k == 0:  # stretch the line to run past the rule's end
                row = [w for w in ws if w.top == top]
                gap = (545.0 + overrun - 52 - sum(w.x1 - w.x0 for w in row)) / (len(row) - 1)
                x = 52.0
                for w in row:
                    moved = replace(w, x0=x, x1=x + w.x1 - w.x0)
                    ws[ws.index(w)] = moved
                    x = moved.x1 + gap
            if k < len(lines) - 1 and lines[k + 1] != "i":
                top += 12.5
        rule = top + SIZE + 1.5
        rules.append((50.0, rule, 545.0, rule))
        ws += words(label, 50, rule + 3, SMALL)
        top = rule + 3 + SMALL + 10
    return Page(1, 595.0, 842.0, ws, rules=rules)


def _expected() -> list[tuple[str, str]]:
    return [*PAIR, *((label, " ".join(lines)) for label, lines in FIELDS)]


@pytest.mark.parametrize("overrun", [8.0, 18.0, 30.0])
def test_answers_running_past_their_rules_end_keep_their_captions(overrun: float) -> None:
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([_page(overrun)]))]
    assert got == _expected()


def test_a_generated_form_of_answers_past_their_rules_reads_as_its_truth(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    from bilagor.extractor import extract_report
    from fixturegen.ftextforms39 import build_ftextforms39_forms

    pdf = build_ftextforms39_forms(tmp_path, 9, 39)[8]  # project and sections lost before: lines past the rule
    truth = json.loads(pdf.with_name(pdf.stem + ".truth.json").read_text(encoding="utf-8"))
    record = extract_report(pdf, entities=False).to_dict()
    assert record["project"] == truth["project"]
    assert [(s["key"], s["text"]) for s in record["sections"]] == [(s["key"], s["text"]) for s in truth["sections"]]
