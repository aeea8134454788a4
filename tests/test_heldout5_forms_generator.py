"""The fifth held-out form generator (bench/heldout5_forms) builds PDFs with well-formed truth.

No extraction here: the set is held out, scored only by bench/heldout5_forms/score.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("reportlab")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from forms_generator_checks import well_formed_truth  # noqa: E402
from heldout5_forms.build import FAMILIES, build  # noqa: E402


def test_two_text_layer_forms_with_well_formed_truth(tmp_path):
    paths = build(tmp_path, seed=11, count=2, text_only=True)
    assert len(paths) == 2
    for path in paths:
        truth = well_formed_truth(path)
        assert truth["variant"] in FAMILIES and truth["layer"] == "text"
        assert 2014 <= truth["year"] <= 2025
