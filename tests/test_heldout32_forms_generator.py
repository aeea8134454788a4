"""The thirty-second held-out generator (bench/heldout32_forms) draws what its truth says, on a seed other than the
held-out one (32083).

Text layers are read back with pdfplumber's words only, never with bilagor's extractor: every word of the truth's
title, labels and answers is on the pages and nothing else is but the page's furniture (running header, Dnr, page
numbers, stage marker, placeholder, bullets) and each family's own additions (the questionnaire's "Ja"/"Nej" and "?",
rinohtype's instruction sentence; its "fi" ligatures read back as two letters). Each family's own construction is
checked where it shows in the file: PDFium's header rows of several bold labels on grey with the answers under each
label; PostScript::Simple's numbered questions ending in "?" with Ja/Nej after them; Java2D's side heads right-aligned
against one gutter, the answer on the label's baseline and hairlines between fields; Asymptote's capital labels run
into their answers on the same line; rinohtype's bold field names with a short field's answer on the same line. The
image-only families are read by Tesseract (the words read must hold many of the words that set the truth apart from
another form), and their wear is checked on a page the test draws: highlighter colour and a brown ring; a bitonal
dither that turns grey into dots; a third of the resolution. A family whose producer is missing here (pypdfium2,
perl's PostScript::Simple with ps2pdf, javac/java with ps2pdf, asy with LaTeX's helvet and qpdf, rinohtype,
Tesseract: none is a project dependency) is skipped.
"""

from __future__ import annotations

import importlib
import random
import unicodedata
from pathlib import Path

import numpy as np
import pytest
from forms_generator_checks import check_set_shape, generator, scan_family_read_back
from generator_truth_words import check_words, tokens
from test_heldout25_forms_generator import _answered  # the first section answered unlike its label

SEED = 53
H32 = generator(32, SEED)
LAYOUT = importlib.import_module("h32_layout")
SCAN = importlib.import_module("h32_scan")
OWN = frozenset({"ja", "nej", "•", "-", "fyll", "i", "samtliga", "fält", "blanketten", "fylls", "av", "ansvarig",
                 "handläggare", "skicka", "till", "nämndens", "registrator"})  # fmt: skip


def _read(path: Path, truth: dict, x_tolerance: float = 1.2) -> tuple[list[dict], dict]:
    """The file's words checked against the truth; the first page's words with their font and size, the first
    page's rules and boxes, and the metadata."""
    pdfplumber = pytest.importorskip("pdfplumber")
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == truth["pages"]
        tight = {"x_tolerance": x_tolerance, "y_tolerance": 3}
        words = [w for page in pdf.pages for w in page.extract_words(**tight)]
        first = pdf.pages[0].extract_words(**tight, extra_attrs=["fontname", "size"])
        shapes = {"lines": list(pdf.pages[0].lines) + list(pdf.pages[0].curves), "rects": list(pdf.pages[0].rects),
                  "meta": dict(pdf.metadata)}  # fmt: skip
    for w in first:  # rinohtype's ligatures as letters, Java's hyphens (printed as minus signs) as hyphens
        w["text"] = unicodedata.normalize("NFKC", w["text"]).replace("\u2212", "-")
    bare = truth | {"sections": [s | {"text": s["text"].replace("• ", "")} for s in truth["sections"]]}
    text = unicodedata.normalize("NFKC", " ".join(w["text"] for w in words)).replace("?", "").replace("\u2212", "-")
    check_words(bare, tokens(text), path.name, OWN)
    return first, shapes


def _word(words: list[dict], text: str, below: float = -1.0) -> dict:
    return next(w for w in words if w["text"].rstrip(":?").lower() == text.rstrip(":").lower() and w["top"] > below)


def test_pdfium_sets_labels_in_header_rows_over_their_answers(tmp_path: Path) -> None:
    rows = 0
    for path, truth in H32.built("pdfium_tables", tmp_path, turns=3):
        first, shapes = _read(path, truth)
        assert "PDFium" in str(shapes["meta"].get("Creator"))
        grey = [r for r in shapes["rects"] if r["non_stroking_color"] not in (None, (0,), [0], (1,), [1])]
        bold = [w for w in first if "Bold" in w["fontname"] and 60 < w["top"] < 780 and w["size"] < 12]
        assert bold and all(any(r["x0"] <= w["x0"] and w["bottom"] <= r["bottom"] + 1 for r in grey) for w in bold)
        heads = {}
        for r in grey:
            heads.setdefault(round(r["top"]), []).append(r)
        for cells in heads.values():
            if len(cells) >= 2:  # a header row of several labels: answers under two of them or more, column by column
                under = [w for w in first if "Bold" not in w["fontname"] and 0 < w["top"] - cells[0]["bottom"] < 16]
                rows += sum(any(c["x0"] <= w["x0"] < c["x1"] for w in under) for c in cells) >= 2
    assert rows, "no header row held two labels side by side"


def test_postscript_simple_asks_numbered_questions_with_ja_nej(tmp_path: Path) -> None:
    for path, truth in H32.built("psimple_questions", tmp_path):
        first, shapes = _read(path, truth)
        assert "PostScript::Simple" in str(shapes["meta"].get("Creator"))
        numbers = [w for w in first if w["text"] == "1." and "Bold" in w["fontname"]]
        assert numbers, "no numbered question"
        asked = [w for w in first if w["text"].endswith("?") and "Bold" in w["fontname"]]
        yes = [w for w in first if w["text"] == "Ja"]
        assert asked and yes and any(0 < y["top"] - q["top"] < 30 for q in asked for y in yes)
        section = _answered(truth)
        label = _word(first, section["label"].split()[-1], 60)
        answer = _word(first, section["text"].split()[0], label["bottom"])
        assert answer["x0"] > min(w["x0"] for w in numbers) + 10, "the answer is not indented under its question"


def test_java2d_sets_side_heads_right_aligned_at_one_gutter(tmp_path: Path) -> None:
    aligned = 0
    for path, truth in H32.built("java2d_sideheads", tmp_path):
        first, shapes = _read(path, truth, 3)  # Java places a bold line's letters one by one, up to 2 pt apart
        assert "Ghostscript" in str(shapes["meta"].get("Producer"))
        body = [w for w in first if 100 < w["top"] < 780]
        short = [s for s in truth["sections"] if len(s["label"]) < 22]  # one-line labels: their last words
        margin = [w for w in body if w["x1"] < LAYOUT.MARGIN + 152]  # the side heads' margin, at most 150 pt wide
        ends = [_word(margin, s["label"].split()[-1]) for s in short]
        if len(ends) >= 2:
            aligned += 1
            assert max(w["x1"] for w in ends) - min(w["x1"] for w in ends) < 1.5, "the side heads are not flush right"
        section = _answered(truth)
        label = _word([w for w in body if w["x1"] < LAYOUT.MARGIN + 152], section["label"].split()[0])
        answer = _word(body, section["text"].split()[0], label["top"] - 3)
        assert abs(answer["bottom"] - label["bottom"]) < 2 and answer["x0"] > label["x1"] + 5, "not on its baseline"
        # Java strokes a rule into a thin filled outline: a curve to pdfplumber
        rules = [ln for ln in shapes["lines"] if ln["width"] > 400 and ln["height"] < 2]
        assert len(rules) >= 3, "no hairlines between the fields"
    assert aligned, "no form with two one-line labels"


def test_asymptote_runs_the_answers_into_capital_labels(tmp_path: Path) -> None:
    for path, truth in H32.built("asy_runin", tmp_path):
        first, _ = _read(path, truth)
        assert all("Nimbus" in w["fontname"] or "Helvetica" in w["fontname"] for w in first)
        section = next(s for s in truth["sections"] if s["text"] and len(s["label"]) < 30)
        label = _word(first, section["label"].split()[-1], 60)
        assert label["text"].isupper() and label["text"].endswith(":")
        answer = _word(first, section["text"].split()[0], label["top"] - 3)
        assert abs(answer["top"] - label["top"]) < 2.5 and answer["x0"] > label["x1"], "the answer is not run in"
        assert label["size"] < answer["size"] - 1


def test_rinohtype_sets_a_field_list_bold_names_beside_short_answers(tmp_path: Path) -> None:
    for path, truth in H32.built("rinoh_fields", tmp_path):
        first, shapes = _read(path, truth)
        assert "rinohtype" in str(shapes["meta"].get("Producer"))
        section = next(s for s in truth["sections"] if s["text"] and len(s["label"]) < 16)
        label = _word(first, section["label"].split()[-1], 60)
        assert "Bold" in label["fontname"]
        answer = _word(first, section["text"].split()[0], label["top"] - 3)
        assert abs(answer["top"] - label["top"]) < 3 and answer["x0"] > label["x1"]


@pytest.mark.parametrize(("family", "dpi", "space", "least"), [("highlighter_coffee", 200, "RGB", 0.35),
                         ("dithered_150", 150, "Gray", 0.15), ("small_jpeg", 100, "Gray", 0.3)])  # fmt: skip
def test_scans_are_images_that_read_as_their_truth(family: str, dpi: int, space: str, least: float,
                                                   tmp_path: Path) -> None:  # fmt: skip
    pdfplumber = pytest.importorskip("pdfplumber")
    files = scan_family_read_back(H32, family, tmp_path, least)
    with pdfplumber.open(files[0][0]) as pdf:
        page, image = pdf.pages[0], pdf.pages[0].images[0]
        assert abs(image["srcsize"][0] / page.width * 72 - dpi) < 2
        assert space in str(image["colorspace"]) or (family == "dithered_150" and image["bits"] == 1)


def _page() -> LAYOUT.Page:
    page = LAYOUT.Page()
    page.boxes.append(LAYOUT.Box(60, 200, 300, 260, fill=0.6, stroke=False))
    page.texts += [LAYOUT.Text(60, 100 + 14 * k, "Beskrivning av ekonomiskt utfall och avvikelser", 10)
                   for k in range(6)]  # fmt: skip
    return page


def test_highlighter_and_coffee_add_colour_and_a_brown_ring() -> None:
    rgb = np.asarray(SCAN.highlighted(_page(), random.Random(4)), dtype=float)
    chroma = rgb.max(axis=2) - rgb.min(axis=2)
    assert (chroma > 40).sum() > 2000, "no highlighter colour"
    brown = (rgb[..., 0] - rgb[..., 2] > 25) & (rgb[..., 0] < 200)
    assert brown.sum() > 500, "no coffee ring"


def test_the_dither_turns_grey_into_dots() -> None:
    image = SCAN.dithered(_page(), random.Random(2))
    assert image.mode == "1" and abs(image.width - round(595 * 150 / 72)) < 3
    a = np.asarray(image.convert("L"), dtype=float)
    scale = 150 / 72
    patch = a[round(210 * scale) : round(250 * scale), round(70 * scale) : round(290 * scale)]
    assert 0.2 < (patch == 0).mean() < 0.8, "the grey fill is not a dot pattern"


def test_the_small_jpeg_is_a_third_of_the_scan() -> None:
    image = SCAN.shrunk(_page(), random.Random(1))
    assert image.mode == "L" and abs(image.width - round(595 * 100 / 72)) < 3


def test_districts_follow_the_mergers_and_the_halves_hold_every_family() -> None:
    check_set_shape(H32, image_families=3)
