"""extract_report() on forms a word processor made, not our fixture generator.

tests/data/wordprocessor/ holds PDFs exported by LibreOffice from .docx forms
built like Stockholm's (bench/wordprocessor_corpus.py made them; CI needs
neither LibreOffice nor python-docx): Word tables with and without borders,
labels wrapping in a narrow column, a row split by a page break (the label's
tail continues on the next page), labels centred beside their answers (no
gap between rows; trailing empty paragraphs), a title in Title style wrapped
over three lines, a form laid out with a tab stop instead of a table,
Heading styles, page-number fields, placeholder text as a content control,
A4 and Letter. Each has a `.truth.json` with the record fields it must give.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bilagor.extractor import extract_report
from bilagor.extractor.text import normalise

DATA = Path(__file__).parent / "data" / "wordprocessor"
CASES = sorted(DATA.glob("*.pdf"))
FIELDS = ("title", "form_kind", "appendix", "year", "district", "district_today", "project", "location", "stage",
          "pages")


def test_the_committed_corpus_is_there():
    assert len(CASES) >= 6
    layouts = [json.loads(_truth_path(p).read_text("utf-8"))["layout"] for p in CASES]
    assert {lay["borders"] for lay in layouts} == {True, False}
    assert {lay["page"] for lay in layouts} == {"A4", "Letter"}


def _truth_path(pdf: Path) -> Path:
    return pdf.with_name(pdf.stem + ".truth.json")


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_every_field_matches_the_truth(path):
    truth = json.loads(_truth_path(path).read_text("utf-8"))
    data = extract_report(path, entities=False).to_dict()
    assert {f: data[f] for f in FIELDS} == {f: truth[f] for f in FIELDS}
    got = [(s["key"], normalise(s["text"]), s["page"]) for s in data["sections"]]
    assert got == [(s["key"], normalise(s["text"]), s["page"]) for s in truth["sections"]]
