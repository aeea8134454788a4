"""The fifth held-out form generator (bench/heldout5_forms) builds PDFs with well-formed truth.

No extraction here: the set is held out, scored only by bench/heldout5_forms/score.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

pytest.importorskip("reportlab")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from heldout5_forms.build import FAMILIES, build  # noqa: E402

KEYS = {"title", "form_kind", "appendix", "year", "district", "district_today", "project", "location", "stage"}


def test_two_text_layer_forms_with_well_formed_truth(tmp_path):
    paths = build(tmp_path, seed=11, count=2, text_only=True)
    assert len(paths) == 2
    for path in paths:
        assert path.read_bytes().startswith(b"%PDF")
        truth = json.loads(path.with_name(path.stem + ".truth.json").read_text(encoding="utf-8"))
        assert KEYS <= truth.keys()
        assert truth["variant"] in FAMILIES and truth["layer"] == "text"
        assert truth["form_kind"] in ("uppfoljning", "ansokan")
        assert 2014 <= truth["year"] <= 2025
        assert truth["title"].startswith("Bilaga ") and "\n" not in truth["title"]
        assert truth["sections"], path.name
        keys = [s["key"] for s in truth["sections"]]
        assert len(keys) == len(set(keys))
        for section in truth["sections"]:
            assert section["key"] and " " not in section["key"]
            assert 1 <= section["page"] <= truth["pages"]
            assert section["text"] == " ".join(section["text"].split())
            assert section["text"] != "Klicka här för att ange text."
        by_key = {s["key"]: s["text"] for s in truth["sections"]}
        assert truth["project"] == by_key.get("projektnamn", by_key.get("insats"))
