"""The sixth held-out form generator (bench/heldout6_forms) builds PDFs with well-formed truth.

No extraction here: the set is held out, scored only by bench/heldout6_forms/score.py. Only producers
CI has (reportlab platypus, fpdf2); the Word and Chromium families need LibreOffice and a browser.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

pytest.importorskip("reportlab")
pytest.importorskip("fpdf")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from heldout6_forms.build import FAMILIES, build  # noqa: E402
from heldout6_forms.common import fonts_available  # noqa: E402

KEYS = {"title", "form_kind", "appendix", "year", "district", "district_today", "project", "location", "stage"}


@pytest.mark.skipif(not fonts_available(), reason="no DejaVu/Liberation TrueType fonts on this machine")
def test_two_text_layer_forms_with_well_formed_truth(tmp_path):
    from bilagor.extractor import districts

    paths = build(tmp_path, seed=2, count=2, text_only=True, families=("platypus_ruled", "fpdf_caps_table"))
    assert len(paths) == 2
    for path in paths:
        assert path.read_bytes().startswith(b"%PDF")
        truth = json.loads(path.with_name(path.stem + ".truth.json").read_text(encoding="utf-8"))
        assert KEYS <= truth.keys()
        assert truth["variant"] in FAMILIES and truth["layer"] == "text"
        assert truth["producer"] in ("reportlab-platypus", "fpdf2")
        assert truth["form_kind"] in ("uppfoljning", "ansokan")
        assert 2013 <= truth["year"] <= 2026
        assert districts.existed_in(truth["district"], truth["year"])
        assert truth["district_today"] == districts.today(truth["district"])
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
        assert truth["location"] == by_key.get("plats")
        assert (truth["stage"] is None) == (truth["form_kind"] == "ansokan")
        # Every field the truth names is printed: each label and answer word is in the text layer.
        printed = Counter(_text_words(path))
        wanted = Counter(w.lower() for s in truth["sections"] for w in f"{s['label']} {s['text']}".split())
        assert not wanted - printed, path.name


def _text_words(path: Path) -> list[str]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    words = []
    for page in doc:
        textpage = page.get_textpage()
        words += textpage.get_text_range().lower().split()
        textpage.close()
        page.close()
    doc.close()
    return words
