"""Answers in fillable-form fields are read when the file goes to the second reader (pdfium) too: an
e-form whose structure pdfminer refuses kept its printed labels and lost every answer."""

from __future__ import annotations

import random

import pytest

from bilagor.extractor import extract_report
from bilagor.extractor.form_fields import FORM_FIELD_WARNING
from bilagor.extractor.pdf_reader import PDFIUM_WARNING

fixturegen = pytest.importorskip("fixturegen")
from fixturegen.producers import FORM_FAMILIES, producers_spec, render_producer  # noqa: E402
from fixturegen.spec import RECORD_FIELDS  # noqa: E402


@pytest.fixture
def pdfminer_refuses(monkeypatch):
    """The main reader refuses every file, as it does a damaged one pdfium repairs."""
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError

    def refuse(*_args, **_kwargs):
        raise PDFSyntaxError("damaged")

    monkeypatch.setattr(pdfplumber, "open", refuse)


@pytest.mark.parametrize("index", range(len(FORM_FAMILIES)))
def test_an_e_form_read_with_pdfium_keeps_its_answers(tmp_path, index, pdfminer_refuses):
    spec, family = producers_spec(index, 1)
    path = tmp_path / f"{spec.name}.pdf"
    truth = render_producer(spec, family, path, random.Random(index))
    record = extract_report(path, entities=False).to_dict()
    assert any(w.startswith(PDFIUM_WARNING) for w in record["warnings"])  # it did go to the second reader
    assert {f: record[f] for f in RECORD_FIELDS} == {f: truth[f] for f in RECORD_FIELDS}
    assert [(s["key"], s["text"]) for s in record["sections"]] == [(s["key"], s["text"]) for s in truth["sections"]]
    assert any(FORM_FIELD_WARNING in w for w in record["warnings"])
