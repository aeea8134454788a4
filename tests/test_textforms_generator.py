"""The text-forms tuning generator (tests/fixturegen/textforms.py): every keyed row reaches the pandoc document
and the enscript listing in each shape; one listing is built when enscript is installed."""

from __future__ import annotations

import json
import random

import pytest

from fixturegen.spec import FIELD, normalise
from fixturegen.textforms import (
    ENSCRIPT_SHAPES,
    PANDOC_SHAPES,
    _spec,
    build_enscript_forms,
    enscript_available,
    listing_lines,
    pandoc_html,
)


@pytest.mark.parametrize("shape", PANDOC_SHAPES)
def test_every_label_reaches_the_pandoc_document(shape: str) -> None:
    for index in range(0, 30, 5):
        spec = _spec("pandoc", shape, index, 12, PANDOC_SHAPES)
        page = pandoc_html(spec, shape, random.Random(index))
        for row in spec.rows:
            if row.key is not None:
                assert normalise(row.label).replace("&", "&amp;") in page
        assert ("<dl>" in page) == (shape == "deflist")
        assert ("<th>" in page) == (shape == "table_head")


def test_a_listing_indents_answers_under_labels_or_runs_them_in() -> None:
    spec = _spec("enscript", ENSCRIPT_SHAPES[0], 5, 12, ENSCRIPT_SHAPES)  # an application
    stacked = listing_lines(spec, 70, inline=False, indent=4)
    inline = listing_lines(spec, 70, inline=True, indent=4)
    first = next(r for r in spec.rows if r.style == FIELD)
    assert normalise(first.label) in stacked
    assert any(line.startswith(normalise(first.label) + ":") for line in inline)
    assert all(len(line) <= 70 or " " not in line.strip() for line in stacked + inline)


@pytest.mark.skipif(not enscript_available(), reason="needs enscript and ps2pdf")
def test_an_enscript_listing_is_built_with_its_truth(tmp_path) -> None:
    (pdf,) = build_enscript_forms(tmp_path, 1, 12)
    truth = json.loads(pdf.with_suffix(".truth.json").read_text(encoding="utf-8"))
    assert pdf.read_bytes().startswith(b"%PDF")
    assert truth["variant"] == "enscript_1up" and truth["producer"] == "enscript+ps2pdf"
    assert truth["sections"]
