"""Label/value columns side by side between tall rules (issue #12, thirty-fourth round, h39/c-text2): a landscape
page of three columns of label/answer pairs reads one column after the other."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bilagor.extractor.layout.ruledcols import stack_ruled_columns
from bilagor.extractor.words import Page
from factories import words
from layout_builders import lay_as_extractor, summary

SIZE, LSIZE = 9.0, 8.0
BOLD, REGULAR = "LiberationSans-Bold", "LiberationSans"
COLUMNS = [
    [
        ("Namn på insats", ["Utegym Mariatorget"]),
        ("Sökt belopp", ["220 000 kr"]),
        ("Sökande nämnd", ["Södermalms stadsdelsnämnd"]),
        ("Kontaktperson", ["Elin Lindqvist, enhetschef"]),
        ("Ev samverkan", ["polisen och Svenska Bostäder", "samt lokala fastighetsägare", "i området kring torget"]),
    ],
    # the second column opens with the first column's last answer running on, its label cell empty
    [
        ("", ["och föreningar."]),
        ("Telefon", ["08-508 13 366"]),
        ("E-post", ["elin.lindqvist@stockholm.se"]),
    ],
    [
        ("Beskrivning (mål och syfte)", ["Ett utegym ska locka fler", "att röra sig i parken."]),
    ],
]
WANT = [
    ("Namn på insats", "Utegym Mariatorget"),
    ("Sökt belopp", "220 000 kr"),
    ("Sökande nämnd", "Södermalms stadsdelsnämnd"),
    ("Kontaktperson", "Elin Lindqvist, enhetschef"),
    (
        "Ev samverkan",
        "polisen och Svenska Bostäder samt lokala fastighetsägare i området kring torget och föreningar.",
    ),
    ("Telefon", "08-508 13 366"),
    ("E-post", "elin.lindqvist@stockholm.se"),
    ("Beskrivning (mål och syfte)", "Ett utegym ska locka fler att röra sig i parken."),
]


def _page(label_gap: float = 4.0, rule_foot: float = 550.0, indent: float = 0.0, rule_top: float = 75.0) -> Page:
    """Three 245 pt columns; each label bold 1 pt smaller in a 78 pt cell, the answer `label_gap` pt past the
    cell (so close that only the type parts it from a long label), rules down the gutters to `rule_foot`, the page
    number centred at 570; an answer's later lines `indent` pt in (a list item's hanging indent); the rules from
    `rule_top` (from 30: through the title, set across the page at 40)."""
    ws = words("Bilaga 5b Ansökan om investeringsmedel (CM4) för trygghetsskapande åtgärder", 40, 40, 12, BOLD)
    lead = SIZE * 1.25
    for k, column in enumerate(COLUMNS):
        x = 40 + k * 260
        top = 80.0
        for label, lines in column:
            label_lines: list[str] = []
            for word in label.split():  # wrapped in its 78 pt cell
                if label_lines and len(label_lines[-1]) + len(word) < 16:
                    label_lines[-1] += " " + word
                else:
                    label_lines.append(word)
            for j, line in enumerate(label_lines):
                ws += words(line, x, top + j * lead, LSIZE, BOLD)
            for j, line in enumerate(lines):
                ws += words(line, x + 78 + label_gap + (indent if j else 0.0), top + j * lead, SIZE, REGULAR)
            top += max(len(lines), len(label_lines)) * lead + 4
    ws += words("Sida 1 (1)", 400, 570, 8, REGULAR)
    rules = [(x, rule_top, x, rule_foot) for x in (292.0, 552.0)]
    return Page(1, 842.0, 595.0, ws, rules=rules)


@pytest.mark.parametrize(
    ("label_gap", "rule_foot", "indent", "rule_top"),
    [
        (4.0, 550.0, 0.0, 75.0),
        (10.0, 550.0, 0.0, 75.0),
        (6.0, 566.0, 0.0, 75.0),
        (4.0, 550.0, 9.0, 75.0),
        (4.0, 550.0, 0.0, 30.0),
    ],
)
def test_three_columns_of_pairs_read_one_after_the_other(
    label_gap: float, rule_foot: float, indent: float, rule_top: float
) -> None:
    # (rules ending 4 pt over the page number: the number is no line of the middle column)
    page = _page(label_gap, rule_foot, indent, rule_top)
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([page]))]
    assert got[-len(WANT) :] == WANT


def test_columns_are_stacked_at_the_first_columns_value_x() -> None:
    page = stack_ruled_columns([_page()], 2.0)[0]
    phone = next(w for w in page.words if w.text == "08-508")
    first = next(w for w in page.words if w.text == "Utegym")
    assert abs(phone.x0 - first.x0) < 1
    assert phone.top > max(w.top for w in page.words if w.text == "torget")
    assert not [r for r in page.rules if r[3] - r[1] > 100]


def test_a_page_without_tall_rules_or_with_a_word_across_them_is_left_alone() -> None:
    page = _page()
    bare = Page(1, page.width, page.height, page.words, rules=[])
    assert stack_ruled_columns([bare], 2.0)[0] == bare
    across = Page(1, page.width, page.height, [*page.words, *words("över hela raden här", 250, 200, SIZE)], page.rules)
    assert stack_ruled_columns([across], 2.0)[0] == across


def test_a_generated_landscape_form_reads_as_its_truth(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    from bilagor.extractor import extract_report
    from fixturegen.ctext2_39 import build_ctext2_39_forms

    pdf = build_ctext2_39_forms(tmp_path, 6, 39)[5]  # two columns filled, the second opening with a run-on answer
    truth = json.loads(pdf.with_name(pdf.stem + ".truth.json").read_text(encoding="utf-8"))
    record = extract_report(pdf, entities=False).to_dict()
    assert [(s["key"], s["text"]) for s in record["sections"]] == [(s["key"], s["text"]) for s in truth["sections"]]
