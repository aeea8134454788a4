"""The thirtieth held-out generator (bench/heldout30_forms) draws what its truth says, on a seed other than the
held-out one (30083).

Text layers are read back with pdfplumber's words only, never with bilagor's extractor: every word of the truth's
title, labels and answers is on the pages and nothing else is but the page's furniture (running header, Dnr, page
numbers, stage marker, placeholder, bullets) and what a family prints of its own (the question numbers of PDF::Reuse
and groff's mm, pydyf's "Fråga N:" and "Svar:"). Where a producer's font has no bullet (GMT in ISO-8859-1), the list
items are read after a hyphen. Each family's own construction is checked where it shows in the file: FPDF's labels
in a bold column right of their answers, on the line of the answer's first line; PDF::Reuse's numbered squares in
the margin and the answer on ruled writing lines; GMT's labels in the regular weight and a short answer on a grey
field on its label's line; pydyf's grey "Fråga N:" before each bold label and "Svar:" on the answer's first line;
mm's numbered bold headings in Times and the short fields' bold hanging labels beside their answers. The image-only
families are read by Tesseract: the words read must hold many of the words that set the truth apart from another
form, and few of those that set the other form apart; the binder holes are dark discs at the left edge, the
sharpened scan rings each stroke with a halo brighter than its paper, the torn page's lower part is shifted against
its upper and the tape over the tear is yellow. A family whose producer is missing here (php with FPDF, Perl's
PDF::Reuse, gmt with Ghostscript and qpdf, pydyf, groff with ps2pdf, Tesseract: none is a project dependency) is
skipped.
"""

from __future__ import annotations

import importlib
import random
from pathlib import Path

import numpy as np
import pytest
from forms_generator_checks import check_set_shape, generator, scan_family_read_back
from generator_truth_words import check_words, tokens
from test_heldout25_forms_generator import _answered  # the first section answered unlike its label

SEED = 46
H30 = generator(30, SEED)
CONTENT = importlib.import_module("h30_content")  # the generator's folder is on the path now
LAYOUT = importlib.import_module("h30_layout")
SCAN = importlib.import_module("h30_scan")
QA = frozenset(tokens(f"{CONTENT.QUESTION} {CONTENT.ANSWER}"))


def _read(path: Path, truth: dict, hidden: frozenset[str] = frozenset()) -> tuple[list[dict], object]:
    """The file's words checked against the truth (a bullet may be read as a hyphen); the first page's words with
    their font and colour, and the first page's rules and boxes."""
    pdfplumber = pytest.importorskip("pdfplumber")
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == truth["pages"]
        words = [w for page in pdf.pages for w in page.extract_words(x_tolerance=1.2)]
        first = pdf.pages[0].extract_words(x_tolerance=1.2, extra_attrs=["fontname", "size", "non_stroking_color"])
        shapes = {"lines": list(pdf.pages[0].lines), "rects": list(pdf.pages[0].rects), "meta": dict(pdf.metadata)}
    bare = truth | {"sections": [s | {"text": s["text"].replace("• ", "")} for s in truth["sections"]]}
    check_words(bare, tokens(" ".join(w["text"] for w in words)), path.name, hidden | {"•"})
    return first, shapes


def _word(words: list[dict], text: str, below: float = -1.0) -> dict:
    return next(w for w in words if w["text"] == text and w["top"] > below)


def _line(words: list[dict], word: dict) -> list[dict]:
    return [w for w in words if abs(w["top"] - word["top"]) < 1.5]


def test_fpdf_sets_the_labels_in_a_column_right_of_their_answers(tmp_path: Path) -> None:
    for path, truth in H30.built("fpdf_right", tmp_path):
        first, shapes = _read(path, truth)
        assert "FPDF" in str(shapes["meta"].get("Producer"))
        section = _answered(truth)
        label = _word(first, section["label"].split()[0], 60)
        answer = _word(first, section["text"].split()[0], label["top"] - 3)
        assert "Bold" in label["fontname"] and "Bold" not in answer["fontname"]
        assert abs(answer["top"] - label["top"]) < 1, "the label is not on its answer's first line"
        assert label["x0"] > answer["x1"] and label["x0"] > LAYOUT.A4[0] / 2, "the label is not right of its answer"
        assert any(abs(e["x0"] - e["x1"]) < 0.5 and answer["x1"] < e["x0"] < label["x0"] for e in shapes["lines"])


def test_reuse_numbers_the_questions_and_rules_the_answer_lines(tmp_path: Path) -> None:
    for path, truth in H30.built("reuse_numbered", tmp_path):
        first, shapes = _read(path, truth)
        section = _answered(truth)
        label = _word(first, section["label"].split()[0], 60)
        answer = _word(first, section["text"].split()[0], label["bottom"])
        assert "Bold" in label["fontname"] and label["x0"] > LAYOUT.MARGIN + 20
        squares = [r for r in shapes["rects"] if r["x1"] < label["x0"] and 12 < r["width"] < 20]
        number = next(w for w in first if w["text"] == "1" and w["x1"] < label["x0"])
        assert any(r["x0"] < number["x0"] and number["x1"] < r["x1"] for r in squares), "no numbered square"
        rules = [e for e in shapes["lines"] if abs(e["top"] - e["bottom"]) < 0.5 and e["x0"] < answer["x0"]]
        assert any(0 < e["top"] - answer["bottom"] < 5 for e in rules), "the answer is not on a ruled line"


def test_gmt_shades_the_fields_and_keeps_the_labels_regular(tmp_path: Path) -> None:
    for path, truth in H30.built("gmt_shaded", tmp_path):
        first, shapes = _read(path, truth)
        assert "GMT" in str(shapes["meta"].get("Creator"))
        for section in truth["sections"][:2]:
            label = _word(first, section["label"].split()[0], 60)
            assert "Bold" not in label["fontname"], "a bold label"
        starts = [s["label"].split()[0] for s in truth["sections"]]
        short = next(s for s in truth["sections"] if s["text"] and len(s["text"]) < 50 and len(s["label"]) < 20
                     and starts.count(s["label"].split()[0]) == 1)  # fmt: skip
        label = _word(first, short["label"].split()[0], 60)
        answer = _word(first, short["text"].split()[0], label["top"] - 3)
        assert abs(answer["top"] - label["top"]) < 1 and answer["x0"] > label["x1"] + 20
        fills = [r for r in shapes["rects"] if r["fill"] and r["non_stroking_color"] not in ((0,), [0], 0, None)]
        assert any(r["x0"] <= answer["x0"] and r["top"] <= answer["top"] and answer["bottom"] <= r["bottom"]
                   for r in fills), "the short answer is not on a grey field"  # fmt: skip


def test_pydyf_asks_and_answers(tmp_path: Path) -> None:
    for path, truth in H30.built("pydyf_qa", tmp_path):
        first, shapes = _read(path, truth, QA)
        assert "pydyf" in str(shapes["meta"].get("Producer"))
        section = _answered(truth)
        label = _word(first, section["label"].split()[0], 60)
        question = _line(first, label)[0]
        assert question["text"] == CONTENT.QUESTION and question["size"] < label["size"]
        assert question["non_stroking_color"] not in ((0,), [0], 0, None, (0, 0, 0), [0, 0, 0]), "not grey"
        assert "Bold" in label["fontname"]
        answer = _word(first, section["text"].split()[0], label["bottom"])
        said = _line(first, answer)[0]
        assert said["text"] == CONTENT.ANSWER + ":" and abs(answer["x0"] - label["x0"]) < 1


def test_groff_mm_numbers_bold_headings_and_hangs_the_short_labels(tmp_path: Path) -> None:
    for path, truth in H30.built("groff_mm", tmp_path):
        first, _ = _read(path, truth)
        assert all("Times" in w["fontname"] for w in first)
        heading = next(w for w in first if w["text"] == "1." and "Bold" in w["fontname"])
        after = [w for w in _line(first, heading) if w["x0"] > heading["x1"]]
        assert after and "Bold" in after[0]["fontname"], "no numbered bold heading"
        short = truth["sections"][0]
        label = _word(first, short["label"].split()[0], 60)
        answer = _word(first, short["text"].split()[0], label["top"] - 3)
        assert "Bold" in label["fontname"] and "Bold" not in answer["fontname"]
        assert abs(answer["top"] - label["top"]) < 1 and answer["x0"] > label["x1"]


@pytest.mark.parametrize("family", ["binder_holes", "sharpened_halo", "torn_taped"])
def test_scans_are_images_that_read_as_their_truth(family: str, tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    files = scan_family_read_back(H30, family, tmp_path, 0.5)
    with pdfplumber.open(files[0][0]) as pdf:
        page, image = pdf.pages[0], pdf.pages[0].images[0]
        dpi = image["srcsize"][0] / page.width * 72
        pixels = np.asarray(page.to_image(resolution=72).original.convert("RGB"), dtype=float)
    assert abs(dpi - 200) < 2
    assert ("RGB" if family == "torn_taped" else "Gray") in str(image["colorspace"]), image["colorspace"]
    if family == "binder_holes":  # solid dark discs within 25 mm of the left edge (print never fills 9 × 9 points)
        dark = np.pad((pixels.mean(axis=2) < 90).astype(int), ((1, 0), (1, 0))).cumsum(0).cumsum(1)
        solid = dark[9:, 9:] - dark[:-9, 9:] - dark[9:, :-9] + dark[:-9, :-9] == 81  # the 9 × 9 square from each pixel
        columns = np.nonzero(solid[40:-40].any(axis=0))[0]  # the lid round the turned page's edges left out
        assert len(columns) and columns.min() > 25 and columns.max() < 25 / 25.4 * 72, "no binder holes"


def test_binder_holes_punch_through_the_text_margin() -> None:
    grey = np.full((2339, 1654), 255.0)
    holed = SCAN.punched(grey, random.Random(3))
    dark = np.nonzero(holed < 100)
    assert dark[1].max() > 56 / 72 * SCAN.DPI, "the holes do not reach past the margin into the text"
    assert dark[1].max() < 26 * SCAN.MM


def test_oversharpening_rings_strokes_with_a_halo() -> None:
    grey = np.full((200, 200), 200.0)
    grey[:, 95:105] = 30  # a stroke on grey paper
    sharp = SCAN.oversharpened(grey, random.Random(1))
    beside = sharp[50:150, 106:110].mean()
    far = sharp[50:150, 170:190].mean()
    assert beside > far + 15, "no halo beside the stroke"


def test_the_torn_page_is_shifted_below_the_tear_and_taped_over_it() -> None:
    h, w = 1400, 1000
    rgb = np.full((h, w, 3), 250.0)
    rgb[:, 500:504] = 0  # a vertical rule down the page
    out, line = SCAN.torn(rgb, random.Random(2))
    top_x = np.nonzero(out[100, :, 0] < 100)[0]
    foot_x = np.nonzero(out[h - 100, :, 0] < 100)[0]
    rows = np.nonzero(out[:, 700, 0] < 100)[0]
    assert len(rows) and np.all(np.abs(rows - line[700]) < 12 * SCAN.MM), "no dark gap along the tear"
    moved = abs(top_x.mean() - foot_x.mean()) + abs(float(np.ptp(top_x)) - float(np.ptp(foot_x)))
    assert moved > 0.5 or out[h - 100, 500, 0] > 100, "the lower part is not moved against the upper"
    taped = SCAN.taped(out, line, random.Random(4))
    under = taped[int(line[300]) - 20, 300]
    assert under[2] < under[0] - 20, "no yellow tape over the tear"


def test_districts_follow_the_mergers_and_the_halves_hold_every_family() -> None:
    check_set_shape(H30, image_families=3)
