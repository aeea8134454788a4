"""The seventh held-out form generator (bench/heldout7_forms) builds PDFs with well-formed truth.

No extraction here: the set is held out, scored only by bench/heldout7_forms/score.py. Only producers CI
has (reportlab); the LibreOffice and tesseract families are skipped where those programs are missing.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("reportlab")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from forms_generator_checks import well_formed_truth  # noqa: E402
from heldout7_forms.build import FAMILIES, PRODUCERS, build  # noqa: E402
from heldout7_forms.check import field_values, in_order, page_text, words  # noqa: E402


def test_a_mail_print_and_a_form_field_pdf_with_well_formed_truth(tmp_path):
    from bilagor.extractor import districts

    paths = build(tmp_path, seed=7, count=2, families=("mail_print", "acro_needapp"))
    assert [p.name.split("-", 2)[2] for p in paths] == ["mail_print.pdf", "acro_needapp.pdf"]
    for path in paths:
        truth = well_formed_truth(path)
        assert truth["variant"] in FAMILIES and truth["producer"] == PRODUCERS[truth["variant"]]
        assert 2013 <= truth["year"] <= 2026 and truth["year"] not in (2020, 2023)
        assert districts.existed_in(truth["district"], truth["year"])
        assert truth["district_today"] == districts.today(truth["district"])
        assert truth["title"] == " ".join(truth["title"].split())
        by_key = {s["key"]: s["text"] for s in truth["sections"]}
        assert truth["location"] == by_key.get("plats")
        assert (truth["stage"] is None) == (truth["form_kind"] == "ansokan")
        # Every answer is in the PDF: printed on the page, or only in a form field's value.
        text = page_text(path)
        values = field_values(path)
        if truth["layer"] == "formfield":
            assert values, "the answers live in the form fields"
            longest = max((s["text"] for s in truth["sections"]), key=len)
            assert longest not in " ".join(text.split()), "a form field's answer is not flattened into the page"
        hay = words(text + " " + " ".join(values))
        for section in truth["sections"]:
            assert in_order(words(section["text"]), hay), section["key"]
