"""The thirty-fifth held-out generator (bench/heldout35_forms) draws what its truth says, on a seed other than the
held-out one (35083).

Text layers are read back with pdfplumber's words only, never with bilagor's extractor: every word of the truth's
title, labels and answers is on the pages and nothing else is but the page's furniture (running header, Dnr, page
numbers, stage marker, placeholder, bullets, dashes) and RBPDF's hidden "Powered by TCPDF" line. Each family's own
construction is checked where it shows in the file: RBPDF's labels inside rounded boxes with the answer beside them;
Horde's and Syncfusion's two-page spreads (labels alone on the left-hand page, right-aligned, answers alone on the
right-hand page at the same height); @libpdf/core's labels as questions ending in "?" with the answer after a dash
on the same line; pdfrw's lined paper with every baseline just above a rule. The image-only families are read by
Tesseract, and their wear is checked on a page the test draws: a ruler's edges and ticks on a blank page, colour
fringes beside a black rule, a stapled stack's lid, lower sheets and staple. A family whose producer is missing here
(ruby with ruby-rbpdf, php with php-horde-pdf, node with @libpdf/core or @syncfusion/ej2-pdf-export in
/tmp/h35-node, pdfrw, Tesseract: none is a project dependency) is skipped.
"""

from __future__ import annotations

import importlib
import random
from pathlib import Path

import numpy as np
import pytest
from forms_generator_checks import check_set_shape, generator, scan_family_read_back
from generator_truth_words import check_words, tokens

SEED = 35
H35 = generator(35, SEED)
LAYOUT = importlib.import_module("h35_layout")
SCAN = importlib.import_module("h35_scan")
OWN = frozenset({"•", "-", "–", "powered", "by", "tcpdf", "www.tcpdf.org"})


def _read(path: Path, truth: dict) -> tuple[list[list[dict]], dict]:
    """The file's words checked against the truth; every page's words, the pages' rules, boxes and curves, the
    metadata."""
    pdfplumber = pytest.importorskip("pdfplumber")
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == truth["pages"]
        pages = [page.extract_words(x_tolerance=1.2, y_tolerance=3) for page in pdf.pages]
        shapes = {"lines": [list(p.lines) for p in pdf.pages], "rects": [list(p.rects) for p in pdf.pages],
                  "curves": [list(p.curves) for p in pdf.pages], "meta": dict(pdf.metadata),
                  "width": pdf.pages[0].width}  # fmt: skip
    text = " ".join(w["text"].rstrip("?") for page in pages for w in page)  # a question's "?" is the layout's
    got = tokens(text)
    bare = truth | {"sections": [s | {"text": s["text"].replace("• ", "")} for s in truth["sections"]]}  # "-" marks
    check_words(bare, got, path.name, OWN)
    return pages, shapes


def _word(words: list[dict], text: str, below: float = 60.0) -> dict:
    return next(w for w in words if w["text"].rstrip(":?").lower() == text.rstrip(":").lower() and w["top"] > below)


def _answered(truth: dict) -> dict:
    return next(s for s in truth["sections"] if s["text"] and not s["text"].startswith(("Klicka", "•")))


def test_rbpdf_puts_labels_in_rounded_boxes_beside_their_answers(tmp_path: Path) -> None:
    for path, truth in H35.built("rbpdf_rounded", tmp_path):
        pages, shapes = _read(path, truth)
        assert "RBPDF" in str(shapes["meta"].get("Producer"))
        section = _answered(truth)
        label = _word(pages[0], section["label"].split()[0])
        answer = _word(pages[0], section["text"].split()[0], label["top"] - 4)
        boxes = [c for c in shapes["curves"][0]
                 if c["x0"] < label["x0"] and label["x1"] < c["x1"] and c["top"] < label["top"] < c["bottom"]]  # fmt: skip
        assert boxes, "the label is not inside a rounded box"
        assert abs(answer["top"] - label["top"]) < 3 and answer["x0"] > boxes[0]["x1"], "not beside its box"


@pytest.mark.parametrize("family", ["horde_spread", "syncfusion_spread"])
def test_spreads_put_labels_on_the_left_page_and_answers_on_the_right(family: str, tmp_path: Path) -> None:
    for path, truth in H35.built(family, tmp_path):
        pages, shapes = _read(path, truth)
        if family == "horde_spread":
            assert "Horde" in str(shapes["meta"].get("Producer"))
        assert len(pages) % 2 == 0, "not whole spreads"
        section = _answered(truth)
        label = _word(pages[0], section["label"].split()[-1])
        assert abs(label["x1"] - (shapes["width"] - 56)) < 2, "the label is not right-aligned against the spine"
        answer = _word(pages[1], section["text"].split()[0])
        assert abs(answer["bottom"] - label["bottom"]) < 2 and answer["x0"] < 70, "the answer is not across from it"
        left = {w["text"] for w in pages[0] if w["top"] > 60}
        assert not set(section["text"].split()[1:4]) & left - set(truth["title"].split()), "an answer on the left"


def test_libpdf_asks_each_label_and_runs_the_answer_in_after_a_dash(tmp_path: Path) -> None:
    for path, truth in H35.built("libpdf_questions", tmp_path):
        pages, shapes = _read(path, truth)
        assert "libpdf" in str(shapes["meta"].get("Producer"))
        section = next(s for s in truth["sections"][:3] if s["text"] and len(s["label"]) < 30)
        question = _word(pages[0], section["label"].split()[-1])
        assert question["text"].endswith("?"), "the label is no question"
        line = sorted((w for w in pages[0] if abs(w["top"] - question["top"]) < 2 and w["x0"] > question["x1"]),
                      key=lambda w: w["x0"])  # fmt: skip
        assert [w["text"] for w in line[:2]] == ["-", section["text"].split()[0]], "no dash and answer after it"


def test_pdfrw_writes_every_line_on_the_rules_of_lined_paper(tmp_path: Path) -> None:
    for path, truth in H35.built("pdfrw_lined", tmp_path):
        pages, shapes = _read(path, truth)
        assert "pdfrw" in str(shapes["meta"].get("Producer"))
        rules = sorted(r["top"] for r in shapes["rects"][0] if r["height"] < 1 and r["width"] > 480)
        assert len(rules) > 30, "no lined paper"
        upright = [r for r in shapes["rects"][0] if r["width"] < 1 and r["height"] > 500]
        assert upright, "no margin rule"
        section = _answered(truth)
        for word in (_word(pages[0], section["label"].split()[0]), _word(pages[0], section["text"].split()[0])):
            gap = min(abs(r - word["bottom"]) for r in rules)
            assert gap < 4, "a line off the rules"


@pytest.mark.parametrize("family", ["clear_ruler", "rgb_misregister", "stapled_stack"])
def test_scans_are_images_that_read_as_their_truth(family: str, tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    files = scan_family_read_back(H35, family, tmp_path, 0.3)
    with pdfplumber.open(files[0][0]) as pdf:
        page, image = pdf.pages[0], pdf.pages[0].images[0]
        assert abs(image["srcsize"][0] / page.width * 72 - 200) < 2


def test_the_ruler_lies_across_a_blank_page_with_its_ticks() -> None:
    a = np.asarray(SCAN.ruled(LAYOUT.Page(), random.Random(4)), dtype=float)
    dark = a < np.median(a) - 80
    assert dark.mean() > 0.002, "no ruler edges or ticks"
    rows = np.nonzero(dark.any(axis=1))[0]
    assert rows.max() - rows.min() > 200, "the ruler does not cross the page"


def test_the_colour_channels_are_out_of_register() -> None:
    page = LAYOUT.Page()
    page.boxes.append(LAYOUT.Box(100, 300, 400, 310, fill=0.0, stroke=False))
    a = np.asarray(SCAN.misregistered(page, random.Random(5)), dtype=float)
    assert a.ndim == 3 and np.abs(a[..., 0] - a[..., 2]).max() > 120, "no colour fringes"


def test_a_stapled_stack_shows_its_lower_sheets_and_staple() -> None:
    a = np.asarray(SCAN.stapled(LAYOUT.Page(), random.Random(6)), dtype=float)
    right = a[a.shape[0] // 2, -60:]
    edge = np.argmin(right)  # the top sheet's dark right edge, the lower sheets' paper beyond it
    assert right[edge] < np.median(a) - 40 and edge < 60 - 6, "no sheet peeking out at the right"
    assert np.median(right[edge + 4 :]) > np.median(a) - 30, "no paper beyond the top sheet"
    assert (a[:260, :320] < 130).sum() > 150, "no staple in the top-left corner"


def test_districts_follow_the_mergers_and_the_halves_hold_every_family() -> None:
    check_set_shape(H35, image_families=3)
    layouts = {(t % 2, H35.build.scan_layout(f, t)) for f in H35.build.SCANS for t in range(15)}
    assert len(layouts) == 2 * len(LAYOUT.LAYOUTS), "a half of a scan family misses a layout"
