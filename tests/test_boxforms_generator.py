"""The framed-box tuning generator (tests/fixturegen/boxforms.py): each shape prints every word of its truth and
nothing else but its furniture, each section's label stands on the page its truth names, an emptied header box is
empty in the truth too, and the numbered table's head row is on every page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from fixturegen.boxforms import HEADS, SHAPES, build_box_forms  # noqa: E402
from generator_truth_words import check_words, pdf_words, tokens  # noqa: E402

# The numbered table's column heads and the letter after a number ("3 a"): drawn, never in a truth.
FURNITURE = frozenset(tokens(" ".join(w for head in HEADS for w in head))) | {"a", "b", "c", "#"}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> list[tuple[Path, dict]]:
    # 14 files: each shape over each base once, the page-break base (the last) in both shapes
    paths = build_box_forms(tmp_path_factory.mktemp("boxforms"), 14, 7)
    return [(p, json.loads(p.with_suffix(".truth.json").read_text(encoding="utf-8"))) for p in paths]


def _page_words(path: Path) -> list[set[str]]:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return [set(tokens(page.extract_text(x_tolerance=1.2) or "")) for page in pdf.pages]


def test_the_shapes_come_in_turn_and_some_form_runs_over_a_page(built):
    assert [truth["variant"] for _, truth in built] == [SHAPES[n % len(SHAPES)] for n in range(len(built))]
    assert any(truth["pages"] > 1 for _, truth in built)


def test_every_truth_word_is_printed_and_nothing_else_but_furniture(built):
    for path, truth in built:
        got, pages = pdf_words(path)
        assert pages == truth["pages"], path.name
        check_words(truth, got, path.name, FURNITURE)


def test_each_label_stands_on_its_truths_page(built):
    for path, truth in built:
        pages = _page_words(path)
        for section in truth["sections"]:
            assert set(tokens(section["label"])) <= pages[section["page"] - 1], (path.name, section["key"])


def test_an_empty_answer_is_empty_in_the_truth_and_its_label_printed(built):
    emptied = [(p, s) for p, truth in built for s in truth["sections"] if not s["text"].strip()]
    assert emptied  # the generator empties a header box now and then
    for path, section in emptied:
        assert set(tokens(section["label"])) <= set().union(*_page_words(path)), path.name


def test_the_numbered_tables_head_row_is_on_every_page(built):
    long = [(p, t) for p, t in built if t["variant"] == "rl_numbered" and t["pages"] > 1]
    assert long
    for path, _ in long:
        for page in _page_words(path):
            assert any(set(tokens(" ".join(head))) <= page for head in HEADS), path.name
