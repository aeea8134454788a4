"""Issue #12, thirty-third round (h38/c-text): any short answer written one character a ruled comb box (a name, an
e-mail address, a committee, Word's placeholder), its label alone on its line over it. Hand-made words and boxes,
one form of `fixturegen.ctext33`'s `rl_combs` read whole, and what is no comb."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bilagor.extractor.layout.lettercombs import join_letter_combs
from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import lay_as_extractor, summary

SIZE = 10.0
FIELDS = [
    ("Namn på insats", "Ljus i Tunnlandsparken"),
    ("Sökande nämnd", "Farsta stadsdelsnämnd"),
    ("Kontaktperson", "Anna Hassan, enhetschef"),
    ("E-post", "anna.hassan@stockholm.se"),
    ("Ev medsökande nämnd", "Klicka här för att ange text."),
]


def _comb(text: str, x: float, top: float, box: float, boxes: int, centred: bool = True) -> tuple[list[Word], list]:
    """`text` one character a box (a space an empty box), a row of `boxes` touching boxes `box` pt wide."""
    ws = []
    for k, ch in enumerate(text):
        if ch == " ":
            continue
        width = 0.5 * SIZE if ch not in "il.,@m" else (0.25 * SIZE if ch in "il.," else 0.9 * SIZE)
        x0 = x + k * box + ((box - width) / 2 if centred else 1.5)
        ws.append(Word(ch, x0, x0 + width, top + 2, top + 2 + SIZE, "LiberationSans", SIZE))
    bottom = top + SIZE + 4
    rules = [(x, top, x + boxes * box, top), (x, bottom, x + boxes * box, bottom)]
    rules += [(x + k * box, top, x + k * box, bottom) for k in range(boxes + 1)]
    return ws, rules


def _page(box: float = 12.0, centred: bool = True) -> Page:
    ws = words("Bilaga 5b Ansökan om investeringsmedel", 50, 60, 14, "Helvetica-Bold")
    rules: list = []
    top = 100.0
    for label, answer in FIELDS:
        ws += words(label, 50, top, SIZE)
        cells, edges = _comb(answer, 50, top + 16, box, max(len(answer), 20), centred)
        ws += cells
        rules += edges
        top += 50
    return Page(1, 595.0, 842.0, ws, rules=rules)


@pytest.mark.parametrize(("box", "centred"), [(12.0, True), (11.0, True), (14.0, False)])
def test_short_answers_one_character_a_box_read_whole_under_their_labels(box: float, centred: bool) -> None:
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([_page(box, centred)]))]
    assert got == FIELDS


def test_a_boxed_row_joins_with_its_empty_boxes_as_spaces() -> None:
    cells, edges = _comb("Ljus i parken", 50, 100, 12, 18)
    joined = join_letter_combs(Page(1, 595.0, 842.0, cells, rules=edges))
    assert [w.text for w in joined.words] == ["Ljus i parken"]


def test_no_comb_without_walls_or_with_wide_columns() -> None:
    cells, edges = _comb("Ljus i parken", 50, 100, 12, 18)
    bare = Page(1, 595.0, 842.0, cells, rules=[r for r in edges if r[1] == r[3]])  # no walls: letters apart
    assert len(join_letter_combs(bare).words) == len(cells)
    # A rating scale's ticks in columns 40 pt apart: columns, not a comb.
    ticks, grid = _comb("x   x", 50, 100, 40, 5)
    assert len(join_letter_combs(Page(1, 595.0, 842.0, ticks, rules=grid)).words) == 2


def test_a_generated_comb_form_reads_as_its_truth(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    from bilagor.extractor import extract_report
    from fixturegen.ctext33 import build_ctext33_forms

    pdf = build_ctext33_forms(tmp_path, 2, 33)[1]  # an application: name, amount, committee, contact in combs
    truth = json.loads(pdf.with_name(pdf.stem + ".truth.json").read_text(encoding="utf-8"))
    record = extract_report(pdf, entities=False).to_dict()
    assert [(s["key"], s["text"]) for s in record["sections"]] == [(s["key"], s["text"]) for s in truth["sections"]]


def test_characters_the_reader_grouped_across_boxes_join_too() -> None:
    # Wide letters in narrow boxes: the reader's word grouping already joined "fogas" and "separat" box by box.
    cells, edges = _comb("Bilder bifogas separat.", 50, 100, 11.0, 24)
    merged: list[Word] = []
    for word in cells:
        if merged and word.x0 > 150 and word.text != "." and merged[-1].x0 > 150 and word.x0 - merged[-1].x1 < 7:
            last = merged.pop()
            word = Word(last.text + word.text, last.x0, word.x1, last.top, last.bottom, last.fontname, last.size)
        merged.append(word)
    assert any(len(w.text) > 1 for w in merged)
    joined = join_letter_combs(Page(1, 595.0, 842.0, merged, rules=edges))
    assert [w.text for w in joined.words] == ["Bilder bifogas separat."]


def test_a_skia_comb_form_with_a_boxed_name_and_role_reads_as_its_truth(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    pytest.importorskip("skia")
    from bilagor.extractor import extract_report
    from fixturegen.ctext33 import build_ctext33_skia_forms

    pdf = build_ctext33_skia_forms(tmp_path, 10, 33)[9]  # "Erik Holm, projektledare" boxed under Kontaktperson
    truth = json.loads(pdf.with_name(pdf.stem + ".truth.json").read_text(encoding="utf-8"))
    record = extract_report(pdf, entities=False).to_dict()
    assert [(s["key"], s["text"]) for s in record["sections"]] == [(s["key"], s["text"]) for s in truth["sections"]]
