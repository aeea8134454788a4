"""The twenty-fifth held-out generator (bench/heldout25_forms) draws what its truth says, on a seed other than the
held-out one (25083).

Text layers are read back with pdfplumber's words only, never with bilagor's extractor: every word of the truth's
title, labels and answers is on the pages and nothing else is but the page's furniture (running header, Dnr, page
numbers, stage marker, placeholder, bullets; the office's box, the signature block and the visible guidance; the
plain printout's "[n]" numbers). Each family's own construction is checked where it shows in the file: PoDoFo's
office box at the first page's top right, the signature block on the last page and a vertical rule between a label
and its answer; iText's guidance in italics, smaller than its label and over the indented answer; pdf-lib's label
on its frame's top edge with the rule broken behind it; texttopdf's monospaced A4 lines with "[1]" before the first
label; PDFKit's small labels over their values in the grid of pairs and a right-aligned label against the rule left
of its answer. Image-only pages are read by Tesseract: the words read must hold many of the words that set the
truth apart from another form, and few of those that set the other form apart; each scan's own construction (the
dot-matrix sheet's sprocket holes, the red pen's red ink, the screen photo's colour stripes) is checked in the
file. A family whose producer is missing here (g++ with libpodofo-dev, Java with iText 5, node with pdf-lib and
pdfkit, cups-filters' texttopdf, Tesseract: none is a project dependency) is skipped.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import numpy as np
import pytest
from forms_generator_checks import check_set_shape, generator, scan_family_read_back, text_family_read_back
from generator_truth_words import tokens

SEED = 41
H25 = generator(25, SEED)
LAYOUT = importlib.import_module("h25_layout")  # the generator's folder is on the path now
FURNITURE = {w for line in LAYOUT.FURNITURE_LINES for w in tokens(line)} | {f"[{n}]" for n in range(30)}


def _producer(pdf) -> str:  # type: ignore[no-untyped-def]
    return str(pdf.metadata.get("Producer", "")) + " " + str(pdf.metadata.get("Creator", ""))


def _answered(truth: dict, grid: bool = True) -> dict:
    """The first section with an answer whose first word is not its label's (in the grid of short fields or not)."""
    header = truth["form_kind"] == "ansokan"
    return next(
        s
        for s in truth["sections"]
        if s["text"]
        and s["label"].split()[0] != s["text"].split()[0]
        and (grid or not header or s["key"] in ("beskrivning", "behovsanalys"))
    )


def _word(words: list[dict], text: str, below: float = -1.0) -> dict:
    return next(w for w in words if w["text"].rstrip(":") == text.rstrip(":") and w["top"] > below)


def test_podofo_prints_the_office_box_the_divider_and_the_signature_block(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for path, truth in text_family_read_back(H25, "podofo_office", tmp_path, hidden=FURNITURE):
        with pdfplumber.open(path) as pdf:
            assert "PoDoFo" in _producer(pdf)
            first, last = pdf.pages[0], pdf.pages[-1]
            words = first.extract_words(x_tolerance=1.2)
            office = _word(words, "Fylls")
            section = _answered(truth)
            label = _word(words, section["label"].split()[0], 100)
            answer = _word(words, section["text"].split()[0], label["top"] - 2)
            rules = [e for e in first.lines + first.rects if abs(e["x1"] - e["x0"]) < 1 and label["x1"] < e["x0"]]
            signature = {w["text"] for w in last.extract_words(x_tolerance=1.2)}
        assert office["x0"] > first.width / 2 and office["top"] < 160
        assert abs(answer["top"] - label["top"]) < 2 and answer["x0"] > label["x1"]
        assert any(r["x0"] < answer["x0"] and r["top"] <= label["top"] + 1 for r in rules), "no divider"
        assert {"Underskrift", "Namnförtydligande"} <= signature


def test_itext_prints_the_guidance_in_italics_between_label_and_answer(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    help_texts = LAYOUT.HELP
    for path, truth in text_family_read_back(H25, "itext_help", tmp_path, hidden=FURNITURE):
        with pdfplumber.open(path) as pdf:
            assert "iText" in _producer(pdf)
            page = pdf.pages[0]
            words = page.extract_words(x_tolerance=1.2, extra_attrs=["fontname", "size"])
            section = _answered(truth)
            label = _word(words, section["label"].split()[0], 60)
            guidance = _word(words, help_texts[section["key"]].split()[0], label["top"])
            answer = _word(words, section["text"].split()[0], guidance["top"])
            bars = [r for r in page.rects if r["x1"] < answer["x0"] and r["top"] - 4 < answer["top"] < r["bottom"]]
        assert any(s in guidance["fontname"] for s in ("Italic", "Oblique")) and guidance["size"] < label["size"]
        assert label["top"] < guidance["top"] < answer["top"] and answer["x0"] > label["x0"] + 10
        assert bars, "no bar left of the answer"


def test_pdflib_puts_each_label_on_its_frames_top_edge(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for path, truth in text_family_read_back(H25, "pdflib_legend", tmp_path, hidden=FURNITURE):
        with pdfplumber.open(path) as pdf:
            assert "pdf-lib" in _producer(pdf)
            page = pdf.pages[0]
            words = page.extract_words(x_tolerance=1.2)
            section = _answered(truth)
            label = _word(words, section["label"].split()[0], 60)
            answer = _word(words, section["text"].split()[0], label["top"])
            frames = [r for r in page.rects if label["top"] < r["top"] < label["bottom"]]
            blanks = [r for r in page.rects if r["top"] < label["top"] and r["bottom"] > label["bottom"] - 1]
        assert any(f["x0"] < label["x0"] and f["bottom"] > answer["bottom"] for f in frames), "no frame under it"
        white = [b for b in blanks if b["fill"] and list(np.atleast_1d(b["non_stroking_color"])) == [1]]
        assert any(b["x0"] < label["x0"] and b["x1"] > label["x1"] for b in white), "the rule not broken"


def test_texttopdf_prints_monospaced_numbered_labels_on_a4(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for path, truth in text_family_read_back(H25, "texttopdf_plain", tmp_path, hidden=FURNITURE):
        with pdfplumber.open(path) as pdf:
            assert "texttopdf" in _producer(pdf)
            page = pdf.pages[0]
            widths = {round(c["width"], 2) for c in page.chars}
            text = page.extract_text()
        assert (round(page.width), round(page.height)) == (595, 842)
        assert len(widths) == 1, widths  # one advance for every character: monospaced
        if truth["form_kind"] != "ansokan":
            assert "[1] " + truth["sections"][0]["label"] in text


def test_pdfkit_grids_the_pairs_and_rules_right_aligned_labels(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for path, truth in text_family_read_back(H25, "pdfkit_pairs", tmp_path):
        with pdfplumber.open(path) as pdf:
            assert "PDFKit" in _producer(pdf)
            page = pdf.pages[0]
            words = page.extract_words(x_tolerance=1.2, extra_attrs=["size"])
            grid = truth["sections"][0]
            glabel = _word(words, grid["label"].split()[0], 60)
            gvalue = _word(words, grid["text"].split()[0], glabel["top"])
            row = _answered(truth, grid=False) if truth["form_kind"] == "ansokan" else truth["sections"][2]
            label = _word(words, row["label"].split()[-1], gvalue["top"])
            answer = _word(words, row["text"].split()[0], label["top"] - 30)
            rules = [e for e in page.lines if abs(e["x1"] - e["x0"]) < 1 and label["x1"] < e["x0"] < answer["x0"]]
        assert (
            glabel["size"] < gvalue["size"]
            and gvalue["top"] > glabel["bottom"]
            and abs(gvalue["x0"] - glabel["x0"]) < 1
        )
        assert rules and rules[0]["x0"] - label["x1"] < 10, "the label does not stand against the rule"


@pytest.mark.parametrize("family", ["dotmatrix_tractor", "redpen_review", "monitor_photo"])
def test_scans_are_images_that_read_as_their_truth(family: str, tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    files = scan_family_read_back(H25, family, tmp_path, 0.5)  # loose: dots, red ink, moiré
    with pdfplumber.open(files[0][0]) as pdf:
        page, image = pdf.pages[0], pdf.pages[0].images[0]
        dpi = image["srcsize"][0] / page.width * 72
        pixels = np.asarray(page.to_image(resolution=60).original.convert("RGB"), dtype=int)
    assert "RGB" in str(image["colorspace"]), image["colorspace"]
    if family == "dotmatrix_tractor":
        assert abs(dpi - 200) < 2
        strip = pixels[:, : round(0.5 * 60)]  # the sprocket strip: holes as dark as the lid
        assert (strip.mean(axis=2) < 110).any(axis=1).sum() > 10, "no sprocket holes"
    elif family == "redpen_review":
        assert abs(dpi - 200) < 2
        red = (pixels[..., 0] > 150) & (pixels[..., 1] < 90) & (pixels[..., 2] < 100)
        assert red.sum() > 20, "no red ink"
    else:
        spread = pixels.max(axis=2) - pixels.min(axis=2)
        assert np.percentile(spread, 90) > 12, "no colour stripes"


def test_districts_follow_the_mergers_and_the_halves_hold_every_family() -> None:
    check_set_shape(H25, image_families=3)
