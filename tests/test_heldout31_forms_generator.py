"""The thirty-first held-out generator (bench/heldout31_forms) draws what its truth says, on a seed other than the
held-out one (31083).

Text layers are read back with pdfplumber's words only, never with bilagor's extractor: every word of the truth's
title, labels and answers is on the pages and nothing else is but the page's furniture (running header, Dnr, page
numbers, stage marker, placeholder, bullets) and TeX's dot leaders. Each family's own construction is checked where
it shows in the file: plain TeX's labels joined by dot leaders to their answers at a stop past the middle, in URW
Times (Nimbus Roman) through dvipdfmx; PDF::Builder's labels small in the top-left corner of the box that holds their
answer; MetaPost's labels on a grey band above the framed answer, its fonts embedded through Ghostscript; pdfjs's
two columns, the right one holding text at its top and a rule down the gutter; XeTeX's labels turned upwards left of
their answers, through xdvipdfmx. The image-only families are read by Tesseract: the words read must hold many of the
words that set the truth apart from another form, and few of those that set the other form apart; the pencil notes
are grey marks in the margins, the copied copies keep a stroke, drop pale grey and add specks, the open lid leaves a dark
surround and one dark edge. A family whose producer is missing here (tex with dvipdfmx and URW Times' metrics, Perl's
PDF::Builder, mpost with ps2pdf and qpdf, node with pdfjs in .venv/h31-node, xetex with its format and xdvipdfmx,
Tesseract: none is a project dependency) is skipped.
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

SEED = 47
H31 = generator(31, SEED)
LAYOUT = importlib.import_module("h31_layout")
SCAN = importlib.import_module("h31_scan")


def _read(path: Path, truth: dict, turned: bool = False) -> tuple[list[dict], dict]:
    """The file's words checked against the truth (a bullet may be read as a dash); the first page's words with their
    font, size and direction, and the first page's rules, boxes and the metadata."""
    pdfplumber = pytest.importorskip("pdfplumber")
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == truth["pages"]
        # turned text read upwards (XeTeX's labels), the way it is printed, its words apart (xdvipdfmx sets no space)
        tight = {"x_tolerance": 1.2, "y_tolerance": 1.2 if turned else 3, "vertical_ttb": False}
        words = [w for page in pdf.pages for w in page.extract_words(**tight)]
        first = pdf.pages[0].extract_words(**tight, extra_attrs=["fontname", "size", "upright"])
        shapes = {"lines": list(pdf.pages[0].lines), "rects": list(pdf.pages[0].rects), "meta": dict(pdf.metadata)}
    bare = truth | {"sections": [s | {"text": s["text"].replace("• ", "")} for s in truth["sections"]]}
    check_words(bare, tokens(" ".join(w["text"] for w in words)), path.name, frozenset({"•", "--"}))
    return first, shapes


def _word(words: list[dict], text: str, below: float = -1.0) -> dict:
    return next(w for w in words if w["text"] == text and w["top"] > below)


def test_tex_joins_labels_to_answers_by_dot_leaders(tmp_path: Path) -> None:
    for path, truth in H31.built("tex_leaders", tmp_path):
        first, shapes = _read(path, truth)
        assert "dvipdfmx" in str(shapes["meta"].get("Producer"))
        assert all("NimbusRom" in w["fontname"] for w in first)
        section = next(s for s in truth["sections"] if s["text"] and "\n" not in s["text"] and len(s["text"]) < 40)
        label = _word(first, section["label"].split()[0], 60)
        answer = _word(first, section["text"].split()[0], label["top"] - 3)
        assert abs(answer["top"] - label["top"]) < 1 and answer["x0"] > 0.5 * LAYOUT.A4[0]
        dots = [w for w in first if w["text"] == "." and abs(w["top"] - label["top"]) < 1]
        assert len(dots) > 10 and label["x1"] < min(d["x0"] for d in dots) < max(d["x1"] for d in dots) < answer["x0"]


def test_builder_prints_the_labels_small_in_their_boxes_corner(tmp_path: Path) -> None:
    for path, truth in H31.built("builder_corner", tmp_path):
        first, shapes = _read(path, truth)
        assert "PDF::Builder" in str(shapes["meta"].get("Producer"))
        section = _answered(truth)
        label = _word(first, section["label"].split()[0], 60)
        answer = _word(first, section["text"].split()[0], label["bottom"])
        assert label["size"] < answer["size"] - 2 and "Bold" not in label["fontname"]
        box = next(
            r for r in shapes["rects"] if r["x0"] <= label["x0"] <= r["x0"] + 5 and 0 < label["top"] - r["top"] < 5
        )
        assert box["bottom"] > answer["bottom"] and box["x0"] < answer["x0"], "the answer is not in the label's box"


def test_metapost_sets_the_labels_on_grey_bands_over_framed_answers(tmp_path: Path) -> None:
    for path, truth in H31.built("mpost_band", tmp_path):
        first, shapes = _read(path, truth)
        assert "MetaPost" in str(shapes["meta"].get("Creator")) and "Ghostscript" in str(shapes["meta"].get("Producer"))
        section = _answered(truth)
        label = _word(first, section["label"].split()[0], 60)
        answer = _word(first, section["text"].split()[0], label["bottom"])
        assert "Bold" not in label["fontname"]
        bands = [
            r for r in shapes["rects"] if r["fill"] and r["top"] <= label["top"] and label["bottom"] <= r["bottom"]
        ]
        assert bands and all(b["bottom"] < answer["top"] for b in bands), "no grey band over the label alone"


def test_pdfjs_flows_the_answers_into_the_right_column(tmp_path: Path) -> None:
    flowed = 0
    for path, truth in H31.built("pdfjs_columns", tmp_path, turns=3):
        first, shapes = _read(path, truth)
        assert "pdfjs" in str(shapes["meta"].get("Producer"))
        middle = LAYOUT.A4[0] / 2
        assert any(r["width"] < 1 and abs(r["x0"] - middle) < 10 and r["height"] > 300 for r in shapes["rects"])
        right = [w for w in first if w["x0"] > middle + 5 and 60 < w["top"] < 780]
        if right:  # a form long enough to reach the right column fills it from the column's top
            left_top = min(w["top"] for w in first if w["x1"] < middle and w["top"] > 90)
            assert min(w["top"] for w in right) < left_top + 60, "the right column is not filled from its top"
            flowed += 1
    assert flowed, "no form reached the right column"


def test_xetex_turns_the_labels_upwards_beside_their_answers(tmp_path: Path) -> None:
    for path, truth in H31.built("xetex_turned", tmp_path):
        first, shapes = _read(path, truth, turned=True)
        assert "xdvipdfmx" in str(shapes["meta"].get("Producer"))
        turned = [w for w in first if not w["upright"]]
        upright_x = [w["x0"] for w in first if w["upright"] and 100 < w["top"] < 760]
        assert turned and max(w["x1"] for w in turned) < min(upright_x) + 2, "no turned labels left of the answers"


@pytest.mark.parametrize("family", ["pencil_notes", "generation_loss", "lid_open"])
def test_scans_are_images_that_read_as_their_truth(family: str, tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    files = scan_family_read_back(H31, family, tmp_path, 0.4)
    with pdfplumber.open(files[0][0]) as pdf:
        page, image = pdf.pages[0], pdf.pages[0].images[0]
        assert abs(image["srcsize"][0] / page.width * 72 - 200) < 2
        assert "Gray" in str(image["colorspace"]), image["colorspace"]


def test_pencil_notes_are_grey_marks_in_the_margins() -> None:
    grey = np.full((2339, 1654), 244.0)
    grey[400:420, 300:1300] = 20  # a printed line
    noted = SCAN.pencilled(grey, random.Random(5))
    margins = np.concatenate([noted[:, : int(18 * SCAN.MM)], noted[:, -int(20 * SCAN.MM) :]], axis=1)
    marks = (margins > 80) & (margins < 200)
    assert marks.sum() > 300, "no pencil in the margins"
    assert (noted < 60).sum() <= (grey < 60).sum() * 1.05, "the pencil is as dark as ink"


def test_copies_of_copies_keep_strokes_drop_pale_grey_and_speck() -> None:
    grey = np.full((600, 600), 250.0)
    grey[:, 300:303] = 20  # a thin stroke
    grey[100:200, 50:150] = 200  # a pale grey patch
    copy = SCAN.copied(grey, random.Random(3), 4)
    assert (copy[250:350, 280:320] < 128).sum(axis=1).min() >= 3, "the stroke did not survive"
    assert copy[120:180, 70:130].mean() > 230, "the pale grey survived"
    assert (copy[:, 350:] < 128).sum() > 5, "no toner specks"


def test_the_open_lid_leaves_a_dark_surround_and_one_dark_edge() -> None:
    grey = np.full((1200, 900), 240.0)
    out = SCAN.lid_opened(grey, random.Random(7))
    assert out[:5].mean() < 60 and out[:, :5].mean() < 60, "no dark surround"
    left, right = out[400:800, 60:110].mean(), out[400:800, 790:840].mean()
    assert abs(left - right) > 40, "neither long edge is darkened"


def test_districts_follow_the_mergers_and_the_halves_hold_every_family() -> None:
    check_set_shape(H31, image_families=3)
