"""extract_report() on web forms printed to PDF by a browser, not by our fixture generator.

tests/data/htmlforms/ holds PDFs that headless Chromium printed from HTML/CSS
forms (tests/fixturegen/html.py, seed 1; CI needs no Chromium): labels
beside answers by CSS grid and flex (flush left or right, in capitals), a
grid of label/value pairs per row, a table with a header row repeated on the
next page, cards side by side and a definition list (labels above answers),
the browser's own header and footer (date, title, file URL, "1/1"), A4 and
Letter. The `html-s1h-*` files are of the two held-out families (stacked,
inline), generated after the held-out corpus was scored for the last time.
The `html-s11-*` files are of the fifth-round families (tuning seed 11):
grids of three and four pairs a row, labels in small caps and capitals,
long template labels inline with and without a colon (bold run in), labels
alone above answers without boxes, a label repeated "(forts.)" on page 2.
Each has a `.truth.json` with the record fields it must give.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fixturegen.spec import RECORD_FIELDS

from bilagor.extractor import extract_report
from bilagor.extractor.text import normalise
from factories import DATA as TEST_DATA

DATA = TEST_DATA / "htmlforms"
CASES = sorted(DATA.glob("*.pdf"))


def _truth(pdf: Path) -> dict:
    return json.loads(pdf.with_name(pdf.stem + ".truth.json").read_text("utf-8"))


def test_the_committed_corpus_covers_every_family():
    layouts = [_truth(p)["layout"] for p in CASES]
    assert {lay["family"] for lay in layouts} == {"beside", "pairs", "table", "cards", "stacked", "inline"} | {
        "grid",
        "plain",
        "inline_long",
        "continued",
    }
    assert {lay.get("label_case", "none") for lay in layouts} == {"none", "upper", "smallcaps"}
    assert {lay["browser_header"] for lay in layouts} == {True, False}
    assert {lay["page"] for lay in layouts} == {"A4", "Letter"}
    assert all(_truth(p)["producer"] == "chromium" for p in CASES)


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_every_field_matches_the_truth(path):
    truth = _truth(path)
    data = extract_report(path, entities=False).to_dict()
    assert {f: data[f] for f in RECORD_FIELDS} == {f: truth[f] for f in RECORD_FIELDS}
    got = [(s["key"], normalise(s["text"]), s["page"]) for s in data["sections"]]
    assert got == [(s["key"], normalise(s["text"]), s["page"]) for s in truth["sections"]]
