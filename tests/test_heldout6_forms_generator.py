"""The sixth held-out form generator (bench/heldout6_forms) builds PDFs with well-formed truth.

No extraction here: the set is held out, scored only by bench/heldout6_forms/score.py. Only producers
CI has (reportlab platypus, fpdf2); the Word and Chromium families need LibreOffice and a browser.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

pytest.importorskip("reportlab")
pytest.importorskip("fpdf")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from forms_generator_checks import well_formed_truth  # noqa: E402
from generator_truth_words import pdfium_words  # noqa: E402
from heldout6_forms.build import FAMILIES, build  # noqa: E402
from heldout6_forms.common import fonts_available  # noqa: E402


@pytest.mark.skipif(not fonts_available(), reason="no DejaVu/Liberation TrueType fonts on this machine")
def test_two_text_layer_forms_with_well_formed_truth(tmp_path):
    from bilagor.extractor import districts

    paths = build(tmp_path, seed=2, count=2, text_only=True, families=("platypus_ruled", "fpdf_caps_table"))
    assert len(paths) == 2
    for path in paths:
        truth = well_formed_truth(path)
        assert truth["variant"] in FAMILIES and truth["layer"] == "text"
        assert truth["producer"] in ("reportlab-platypus", "fpdf2")
        assert 2013 <= truth["year"] <= 2026
        assert districts.existed_in(truth["district"], truth["year"])
        assert truth["district_today"] == districts.today(truth["district"])
        by_key = {s["key"]: s["text"] for s in truth["sections"]}
        assert truth["location"] == by_key.get("plats")
        assert (truth["stage"] is None) == (truth["form_kind"] == "ansokan")
        # Every field the truth names is printed: each label and answer word is in the text layer.
        printed = Counter(pdfium_words(path))
        wanted = Counter(w.lower() for s in truth["sections"] for w in f"{s['label']} {s['text']}".split())
        assert not wanted - printed, path.name
