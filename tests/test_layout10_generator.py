"""The tenth round's layout tuning families (tests/fixturegen/layout10.py) draw PDFs whose truth
words are all printed, each section's page is where its label stands, and each family looks as
its docstring says (two text columns side by side, a contents page first, shaded boxes)."""

from __future__ import annotations

import json
from collections import Counter

import pytest

pytest.importorskip("reportlab")
pytest.importorskip("fpdf")

from fixturegen.layout10 import LAYOUT10_VARIANTS, build_layout10_corpus  # noqa: E402
from generator_truth_words import pdfium_words  # noqa: E402


def test_each_family_prints_every_truth_word(tmp_path):
    paths = build_layout10_corpus(tmp_path, 2 * len(LAYOUT10_VARIANTS), seed=77)
    assert sorted({json.loads(p.with_name(p.stem + ".truth.json").read_text())["variant"] for p in paths}) == sorted(
        LAYOUT10_VARIANTS
    )
    for path in paths:
        truth = json.loads(path.with_name(path.stem + ".truth.json").read_text(encoding="utf-8"))
        keys = [s["key"] for s in truth["sections"]]
        assert keys and len(keys) == len(set(keys)), path.name
        assert all(len(key) <= 40 for key in keys), path.name
        for section in truth["sections"]:
            assert 1 <= section["page"] <= truth["pages"]
        printed = Counter(w.rstrip(":") for w in pdfium_words(path))  # a header grid's labels end in a colon
        wanted = Counter(w.lower() for s in truth["sections"] for w in f"{s['label']} {s['text']}".split())
        if truth["variant"] != "toc_first":  # the contents page prints every label once more
            assert not wanted - printed, path.name
        else:
            assert truth["pages"] >= 2 and min(s["page"] for s in truth["sections"]) == 2, path.name


def test_the_families_draw_what_they_say(tmp_path):
    import pdfplumber

    paths = {p.stem.split("-")[1]: p for p in build_layout10_corpus(tmp_path, len(LAYOUT10_VARIANTS), seed=78)}
    with pdfplumber.open(paths["newspaper"]) as pdf:
        page = pdf.pages[0]
        middle = page.width / 2
        below_title = [w for w in page.extract_words() if w["top"] > 140]
        assert any(w["x1"] < middle for w in below_title) and any(w["x0"] > middle for w in below_title)
    with pdfplumber.open(paths["shaded_boxes"]) as pdf:
        assert any(r.get("fill") for r in pdf.pages[0].rects)
    with pdfplumber.open(paths["toc_first"]) as pdf:
        assert "...." in pdf.pages[0].extract_text().replace(" ", "")
