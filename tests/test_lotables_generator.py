"""The LibreOffice Writer tuning generator (tests/fixturegen/lotables.py): the HTML Writer opens holds every label
in its shape (definition list, header grid, table) with an answer's bullets as a list; the PDFs Writer prints hold
every word of their truth and nothing else, a grid's emptied value empty in the truth too."""

from __future__ import annotations

import json
import random

import pytest

from fixturegen.lotables import ITEMS, SHAPES, _spec, available, build_lo_forms, form_html
from fixturegen.spec import FIELD, normalise
from generator_truth_words import check_words, pdf_words


@pytest.mark.parametrize("shape", SHAPES)
def test_the_html_holds_every_label_in_its_shape(shape):
    marks = set()
    for index in range(SHAPES.index(shape), 48, len(SHAPES)):
        spec = _spec(index, 27)
        assert spec.variant == shape
        page = form_html(spec, shape, random.Random(spec.name))
        for row in spec.rows:
            if row.style == FIELD:
                assert normalise(row.label).replace("&", "&amp;") in page, (spec.name, row.label)
        marks |= {mark for mark in ("<dl>", "<table", "<b>") if mark in page}
    # a list, a grid (bold labels) over a list, a table, a grid over a table (a traffic report has headings only)
    wanted = {"lo_dl": {"<dl>"}, "lo_dl_grid": {"<dl>", "<table", "<b>"}, "lo_table_wide": {"<table"}}
    assert marks == wanted.get(shape, {"<table", "<b>"})


def test_an_answers_bullets_become_a_list_and_stay_in_the_truths_text():
    specs = [_spec(index, 27) for index in range(48)]
    bulleted = [r for spec in specs for r in spec.rows if "\n• " in r.text]
    assert bulleted
    row = bulleted[0]
    items = [line[2:] for line in row.text.split("\n") if line.startswith("• ")]
    assert items and set(items) <= set(ITEMS)
    page = form_html(next(s for s in specs if row in s.rows), "lo_dl", random.Random(0))
    assert all(f"<li>{item}</li>" in page for item in items)


@pytest.mark.skipif(not available(), reason="needs LibreOffice (soffice)")
def test_writer_prints_every_truth_word_in_each_shape(tmp_path):
    # two turns: a follow-up in each shape, then an application (its header grid has values left empty)
    paths = build_lo_forms(tmp_path, 2 * len(SHAPES), 5)
    truths = [json.loads(p.with_suffix(".truth.json").read_text("utf-8")) for p in paths]
    assert [truth["variant"] for truth in truths] == 2 * list(SHAPES)
    assert any(not s["text"] for truth in truths[len(SHAPES) :] for s in truth["sections"])
    for path, truth in zip(paths, truths):
        got, pages = pdf_words(path)
        assert pages == truth["pages"], path.name
        check_words(truth, got, path.name)
