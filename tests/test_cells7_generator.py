"""The seventh round's layout tuning families (tests/fixturegen/cells7.py) draw PDFs whose truth
words are all printed, with group headings and column captions left out of the truth."""

from __future__ import annotations

import json
from collections import Counter

import pytest

pytest.importorskip("reportlab")
pytest.importorskip("fpdf")

from generator_truth_words import pdfium_words  # noqa: E402
from fixturegen.cells7 import CELLS7_VARIANTS, GROUPS_FIRST, GROUPS_SECOND, build_cells7_corpus  # noqa: E402


def test_each_family_prints_every_truth_word(tmp_path):
    paths = build_cells7_corpus(tmp_path, 3, seed=5)
    assert len(paths) == len(CELLS7_VARIANTS)
    for path in paths:
        truth = json.loads(path.with_name(path.stem + ".truth.json").read_text(encoding="utf-8"))
        assert truth["variant"] in CELLS7_VARIANTS
        keys = [s["key"] for s in truth["sections"]]
        assert keys and len(keys) == len(set(keys)), path.name
        labels = {s["label"] for s in truth["sections"]}
        assert not labels & {*GROUPS_FIRST, *GROUPS_SECOND}
        for section in truth["sections"]:
            assert 1 <= section["page"] <= truth["pages"]
        printed = Counter(pdfium_words(path))
        wanted = Counter(w.lower() for s in truth["sections"] for w in f"{s['label']} {s['text']}".split())
        assert not wanted - printed, path.name
        if truth["variant"] == "continued_header":
            assert truth["pages"] >= 2, path.name  # the long answer runs onto the next page
