"""extract_report() on the issue #12 tuning family (tests/fixturegen/capslabels.py, seed 1):
narrow label columns whose labels (capitals, bold, a smaller size) wrap over several lines,
and a header grid of 2-3 pairs a row above a two-column body. Each PDF has a `.truth.json`
with the record fields and sections it must give."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fixturegen.spec import RECORD_FIELDS

from bilagor.extractor import extract_report
from factories import DATA as TEST_DATA

DATA = TEST_DATA / "capslabels"
CASES = sorted(DATA.glob("*.pdf"))


def _truth(pdf: Path) -> dict:
    return json.loads(pdf.with_name(pdf.stem + ".truth.json").read_text("utf-8"))


def test_the_committed_files_cover_both_families():
    assert {_truth(p)["variant"] for p in CASES} == {"followup_caps_labels", "followup_header_grid"}


@pytest.mark.parametrize("pdf", CASES, ids=lambda p: p.stem)
def test_record_fields_and_sections_match_the_truth(pdf):
    truth = _truth(pdf)
    record = extract_report(pdf, entities=False).to_dict()
    assert {f: record[f] for f in RECORD_FIELDS} == {f: truth[f] for f in RECORD_FIELDS}
    assert [(s["key"], s["text"]) for s in record["sections"]] == [(s["key"], s["text"]) for s in truth["sections"]]
