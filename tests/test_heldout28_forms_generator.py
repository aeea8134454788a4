"""The twenty-eighth held-out generator (bench/heldout28_forms) draws what its truth says, on a seed other than the
held-out one (28083).

Text layers are read back with pdfplumber's words only, never with bilagor's extractor: every word of the truth's
title, labels and answers is on the pages and nothing else is but the page's furniture (running header, Dnr, page
numbers, stage marker, placeholder, bullets) and what a family prints of its own (LilyPond's tick boxes, the ASCII
table's rules, GLE's help text under the labels). Where a producer sets the hyphen as the minus sign's glyph (Emacs'
PostScript) the words are read with it as a hyphen, and ligatures are read as their letters. Each family's own
construction is checked where it shows in the file: LilyPond's labels in capitals above their answers and the
crossed box before the form's stage; Emacs' Courier table, a label and its answer on one line between rules; Dia's
labels set in a gap of their frame's top line; abcm2ps' bold run-in labels with a colon before their answers on one
line; GLE's oblique help text under each label, left of the answers. The two image-only families are read by
Tesseract: the words read must hold many of the words that set the truth apart from another form, and few of those
that set the other form apart; the sun-bleached page's yellowed colour and the cockled page's grey are checked in the
file. The scanner's OCR layer is one JPEG a page under invisible text in render mode 3 that holds most of the
truth's words but not all of them (its misreadings). A family whose producer is missing here (lilypond, emacs with
ps2pdf, dia with qpdf, abcm2ps with ps2pdf, gle with qpdf, Tesseract: none is a project dependency) is skipped.
"""

from __future__ import annotations

import importlib
import unicodedata
from pathlib import Path

import numpy as np
import pytest
from forms_generator_checks import check_set_shape, generator, scan_family_read_back
from generator_truth_words import check_words, tokens, truth_tokens
from test_heldout25_forms_generator import _answered  # the first section answered unlike its label

SEED = 44
H28 = generator(28, SEED)
CONTENT = importlib.import_module("h28_content")  # the generator's folder is on the path now


def _meta(pdf) -> str:  # type: ignore[no-untyped-def]
    return str(pdf.metadata.get("Producer", "")) + " " + str(pdf.metadata.get("Creator", ""))


def _word(words: list[dict], text: str, below: float = -1.0) -> dict:
    return next(w for w in words if w["text"] == text and w["top"] > below)


def _read(path: Path, truth: dict, hidden: frozenset[str] = frozenset(), fonts: bool = True) -> list[dict]:
    """The file's words (the minus glyph read as a hyphen, ligatures as letters) checked against the truth; the
    first page's words, with their fonts when asked (a font's change then splits a word: small capitals)."""
    pdfplumber = pytest.importorskip("pdfplumber")
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == truth["pages"]
        words = [w for page in pdf.pages for w in page.extract_words(x_tolerance=1.2)]
        first = pdf.pages[0].extract_words(x_tolerance=1.2, extra_attrs=["size", "fontname"] if fonts else None)
    text = unicodedata.normalize("NFKC", " ".join(w["text"] for w in words).replace("\u2212", "-"))
    check_words(truth, tokens(text), path.name, hidden)
    for word in first:
        word["text"] = unicodedata.normalize("NFKC", word["text"]).replace("\u2212", "-")
    return first


def _unbulleted(truth: dict) -> dict:
    """The truth with its list bullets taken out: Emacs' table and abcm2ps set a list's items after "*" or "-"."""
    return truth | {"sections": [s | {"text": s["text"].replace("• ", "")} for s in truth["sections"]]}


def _long(truth: dict) -> dict:
    """The first section answered unlike its label outside the grid of short fields."""
    grid = ("projektnamn", "plats") if truth["form_kind"] != "ansokan" else ()
    return next(
        s
        for s in truth["sections"]
        if s["key"] not in grid
        and s["text"]
        and s["label"].split()[0] != s["text"].split()[0]
        and (truth["form_kind"] != "ansokan" or s["key"] in ("beskrivning", "behovsanalys"))
    )


def test_lilypond_sets_labels_in_capitals_above_answers_and_crosses_the_stage(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for path, truth in H28.built("lilypond_smallcaps", tmp_path):
        first = _read(path, truth, frozenset({"☒", "☐"}), fonts=False)
        with pdfplumber.open(path) as pdf:
            assert "LilyPond" in _meta(pdf)
        section = _long(truth)
        head = next(w for w in section["label"].split() if w.isalpha())  # "1. Beskrivning": its first word
        label = _word(first, head.upper(), 40)
        answer = _word(first, section["text"].split()[0], label["bottom"] - 1)
        assert answer["top"] > label["bottom"] - 1 and answer["x0"] <= label["x0"] + 1, "not above its answer"
        if truth["stage"] and truth["appendix"]:
            crossed = _word(first, "☒")
            after = next(w for w in first if abs(w["top"] - crossed["top"]) < 3 and w["x0"] > crossed["x1"])
            assert after["text"].lower() == truth["stage"], "the crossed box is not the stage's"


def test_emacs_prints_a_ruled_courier_table(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for path, truth in H28.built("emacs_asciitable", tmp_path):
        first = _read(path, _unbulleted(truth), frozenset({"|", "+", "*"}))
        with pdfplumber.open(path) as pdf:
            assert "ps-print" in _meta(pdf)
        section = _answered(truth)
        label = _word(first, section["label"].split()[0], 40)
        answer = _word(first, section["text"].split()[0], label["top"] - 2)
        bars = [w for w in first if w["text"] == "|" and abs(w["top"] - label["top"]) < 1]
        assert "Courier" in label["fontname"] and abs(answer["top"] - label["top"]) < 1
        assert len(bars) == 3 and bars[0]["x1"] < label["x0"] < bars[1]["x0"] < answer["x0"] < bars[2]["x0"]
        assert any(set(w["text"]) == {"+", "-"} for w in first), "no rule of + and -"


def test_dia_sets_each_label_in_a_gap_of_its_frame(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for path, truth in H28.built("dia_legend", tmp_path):
        first = _read(path, truth)
        with pdfplumber.open(path) as pdf:
            assert "cairo" in _meta(pdf)
            lines = [e for e in pdf.pages[0].lines if abs(e["top"] - e["bottom"]) < 0.5]
        section = _long(truth)
        label = next(
            w for k, w in enumerate(first) if " ".join(x["text"] for x in first[k : k + 2]) in section["label"]
            and w["top"] > 60
        )  # fmt: skip
        middle = (label["top"] + label["bottom"]) / 2
        top_line = [e for e in lines if abs(e["top"] - middle) < 3]
        assert top_line, "no frame line through the label"
        assert not any(e["x0"] < label["x0"] < e["x1"] for e in top_line), "the frame's line runs through the label"
        assert any(e["x1"] <= label["x0"] for e in top_line) and any(e["x0"] >= label["x1"] for e in top_line)


def test_abc_runs_bold_labels_into_their_answers(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for path, truth in H28.built("abc_runin", tmp_path):
        first = _read(path, _unbulleted(truth))
        with pdfplumber.open(path) as pdf:
            assert "abcm2ps" in _meta(pdf)
        section = _answered(truth)
        colon = _word(first, section["label"].split()[-1] + ":", 40)
        answer = next(w for w in first if abs(w["top"] - colon["top"]) < 1 and w["x0"] > colon["x1"])
        assert answer["text"] == section["text"].split()[0], "the answer does not follow its label on the line"
        assert "Bold" in colon["fontname"] and "Bold" not in answer["fontname"]


def test_gle_prints_help_text_under_each_label(tmp_path: Path) -> None:
    pytest.importorskip("pdfplumber")
    help_words = frozenset(t for text in CONTENT.GUIDANCE.values() for t in tokens(text))
    for path, truth in H28.built("gle_guided", tmp_path):
        first = _read(path, truth, help_words)
        assert "Oblique" not in first[0]["fontname"]
        section = _long(truth)
        hint_first = CONTENT.GUIDANCE[section["key"]].split()[0]
        label = _word(first, section["label"].split()[0], 40)
        hint = _word(first, hint_first, label["top"])
        answer = _word(first, section["text"].split()[0], label["top"] - 2)
        assert "Oblique" in hint["fontname"] and hint["size"] < label["size"]
        assert abs(hint["x0"] - label["x0"]) < 1 and hint["top"] > label["bottom"] - 1
        assert answer["x0"] > max(label["x1"], hint["x1"]), "the answer is not right of its label"


@pytest.mark.parametrize("family", ["sunbleached_window", "water_cockle"])
def test_scans_are_images_that_read_as_their_truth(family: str, tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    files = scan_family_read_back(H28, family, tmp_path, 0.5)
    with pdfplumber.open(files[0][0]) as pdf:
        page, image = pdf.pages[0], pdf.pages[0].images[0]
        dpi = image["srcsize"][0] / page.width * 72
        pixels = np.asarray(page.to_image(resolution=100).original.convert("RGB"), dtype=float)
    assert abs(dpi - 200) < 2
    if family == "sunbleached_window":
        assert "RGB" in str(image["colorspace"]), image["colorspace"]
        paper = pixels[pixels.mean(axis=2) > 180]
        assert np.median(paper[:, 0] - paper[:, 2]) > 25, "the paper is not yellowed"
        return
    assert "Gray" in str(image["colorspace"]), image["colorspace"]
    rows = pixels.mean(axis=2)
    assert rows.std() > 20 and np.median(rows) < 245, "no shaded cockled paper"


def test_ocr_layer_is_an_invisible_text_under_a_scan_with_misreadings(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for path, truth in H28.built("ocr_layer_scan", tmp_path):
        assert truth["layer"] == "image"
        with pdfplumber.open(path) as pdf:
            assert len(pdf.pages) == truth["pages"]
            assert all(len(page.images) == 1 for page in pdf.pages)
            words = [w["text"] for page in pdf.pages for w in page.extract_words(x_tolerance=1.2)]
        assert b"BT 3 Tr" in path.read_bytes(), "the text is not invisible"
        want = truth_tokens(truth)
        said = set(tokens(" ".join(words)))
        share = sum(1 for w in want if w in said) / len(want)
        assert 0.6 <= share < 1.0, f"{path.name}: {share:.2f} of the truth's words in the OCR layer"


def test_ocr_misreadings_change_shapes_the_way_ocr_does() -> None:
    import random

    scan = importlib.import_module("h28_scan")
    rng = random.Random(3)
    said = [scan.misread("förvaltningen", rng, 1.0) for _ in range(200)]
    assert all(s != "förvaltningen" for s in said)
    assert {"forvaltningen", "förva1tningen", "förvaltningcn"} <= set(said)
    assert scan.misread("förvaltningen", rng, 0.0) == "förvaltningen"


def test_districts_follow_the_mergers_and_the_halves_hold_every_family() -> None:
    check_set_shape(H28, image_families=3)
