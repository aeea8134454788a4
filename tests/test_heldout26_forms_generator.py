"""The twenty-sixth held-out generator (bench/heldout26_forms) draws what its truth says, on a seed other than the
held-out one (26083).

Text layers are read back with pdfplumber's words only, never with bilagor's extractor: every word of the truth's
title, labels and answers is on the pages and nothing else is but the page's furniture (running header, Dnr, page
numbers, stage marker, placeholder, bullets; the badges' letters; the sheet's column heads). Each family's own
construction is checked where it shows in the file: R's whole-point sizes, its hyphens read as minus signs and the
small caption inside its cell's top-left corner over the answer; gnuplot's dotted leader between a label and its
answer on the same line; borb's shaded label cell beside the answer's open cell and an application's four cells a
row; Inkscape's dark badge with its white letter left of the label and the pale panel under the answer; Gnumeric's
landscape page with the column heads on every page and the answer beside its label. Image-only pages are read by
Tesseract: the words read must hold many of the words that set the truth apart from another form, and few of those
that set the other form apart; each scan's own construction (the foxed archive's yellowed colour, the overexposed
scan's grey white page, the ditto copy's violet ink) is checked in the file. A family whose producer is missing here
(R, gnuplot, Inkscape with qpdf, Gnumeric's ssconvert, the generator's own Python with borb and openpyxl,
Tesseract: none is a project dependency) is skipped.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import numpy as np
import pytest
from forms_generator_checks import check_set_shape, generator, scan_family_read_back, text_family_read_back
from generator_truth_words import check_words, tokens
from test_heldout25_forms_generator import _answered  # the first section answered unlike its label

SEED = 41
H26 = generator(26, SEED)
LAYOUT = importlib.import_module("h26_layout")  # the generator's folder is on the path now
PRODUCERS = importlib.import_module("h26_producers")
BADGES = {letter.lower() for letter in LAYOUT.furniture()}
HEADS = {w for head in PRODUCERS.HEAD for w in tokens(head)}


def _meta(pdf) -> str:  # type: ignore[no-untyped-def]
    return str(pdf.metadata.get("Producer", "")) + " " + str(pdf.metadata.get("Creator", ""))


def _word(words: list[dict], text: str, below: float = -1.0) -> dict:
    return next(w for w in words if w["text"] == text and w["top"] > below)


def test_r_prints_captions_inside_cells_in_whole_points(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for path, truth in H26.built("rpdf_cells", tmp_path):
        with pdfplumber.open(path) as pdf:
            assert "R " in _meta(pdf) + " "
            assert len(pdf.pages) == truth["pages"]
            words = [w for page in pdf.pages for w in page.extract_words(x_tolerance=1.2)]
            got = tokens(" ".join(w["text"] for w in words).replace("\u2212", "-"))
            page = pdf.pages[0]
            first = page.extract_words(x_tolerance=1.2, extra_attrs=["size"])
            sizes = {round(c["size"], 3) for c in page.chars}
            minus = "\u2212" in page.extract_text()
            section = _answered(truth, grid=False)
            label = _word(first, section["label"].split()[0], 60)
            answer = _word(first, section["text"].split()[0].replace("-", "\u2212"), label["top"])
            cells = [r for r in page.rects if r["top"] < label["top"] and r["x0"] <= label["x0"] - 1]
        check_words(truth, got, path.name)
        assert all(float(s).is_integer() for s in sizes), sizes
        assert minus, "R writes a hyphen as the minus sign's glyph: the Dnr has one"
        assert label["size"] < answer["size"] and label["bottom"] <= answer["top"] + 1
        assert any(r["bottom"] >= answer["bottom"] and r["top"] > label["top"] - 14 for r in cells), "no cell"


def test_gnuplot_leads_each_label_to_its_answer_on_dotted_rules(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for path, truth in text_family_read_back(H26, "gnuplot_leaders", tmp_path):
        with pdfplumber.open(path) as pdf:
            assert "cairo" in _meta(pdf)
            page = pdf.pages[0]
            words = page.extract_words(x_tolerance=1.2)
            section = _answered(truth)
            label = _word(words, section["label"].split()[-1], 60)
            answer = _word(words, section["text"].split()[0], label["top"] - 3)
            dotted = [e for e in page.lines if e["dash"] and e["dash"][0] and abs(e["top"] - e["bottom"]) < 0.5]
        assert abs(answer["bottom"] - label["bottom"]) < 2 and answer["x0"] > label["x1"]
        leader = [e for e in dotted if e["x0"] >= label["x1"] - 1 and e["x1"] <= answer["x0"] + 1]
        assert any(abs(e["top"] - label["bottom"]) < 4 for e in leader), "no leader"
        assert any(e["x0"] <= answer["x0"] + 1 and e["x1"] > answer["x1"] for e in dotted), "no rule under the answer"


def test_borb_shades_the_label_cells_and_sets_four_cells_a_row(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for path, truth in text_family_read_back(H26, "borb_table", tmp_path):
        with pdfplumber.open(path) as pdf:
            assert "borb" in _meta(pdf)
            page = pdf.pages[0]
            words = page.extract_words(x_tolerance=1.2)
            first, second = truth["sections"][0], truth["sections"][1]
            label = _word(words, first["label"].split()[0], 60)
            value = _word(words, first["text"].split()[0], label["top"] - 3)
            other = _word(words, second["label"].split()[0], label["top"] - 3)
            shaded = [r for r in page.rects if r["fill"] and np.atleast_1d(r["non_stroking_color"])[0] < 0.95]
        assert abs(value["top"] - label["top"]) < 2 and value["x0"] > label["x1"]
        assert abs(other["top"] - label["top"]) < 2 and other["x0"] > value["x1"], "not two pairs a row"
        assert any(r["x0"] < label["x0"] < r["x1"] < value["x0"] and r["top"] < label["top"] for r in shaded)


def test_inkscape_heads_each_section_by_a_badge_over_a_panel(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for path, truth in text_family_read_back(H26, "inkscape_badges", tmp_path, hidden=BADGES):
        with pdfplumber.open(path) as pdf:
            assert "Inkscape" in _meta(pdf)
            page = pdf.pages[0]
            words = page.extract_words(x_tolerance=1.2, extra_attrs=["non_stroking_color"])
            section = _answered(truth)
            label = _word(words, section["label"].split()[0], 60)
            answer = _word(words, section["text"].split()[0], label["top"])
            letter = next(w for w in words if w["text"] == "A")
            fills = [r for r in page.rects if r["fill"]]
        dark = [r for r in fills if np.atleast_1d(r["non_stroking_color"])[0] < 0.3]
        pale = [r for r in fills if 0.8 < np.atleast_1d(r["non_stroking_color"])[0] < 1]
        assert np.atleast_1d(letter["non_stroking_color"])[0] > 0.9, "the badge's letter is not white"
        assert any(r["x0"] < letter["x0"] and r["x1"] > letter["x1"] for r in dark), "no badge behind the letter"
        assert any(r["x1"] < label["x0"] and r["top"] < label["bottom"] < r["bottom"] + 8 for r in dark)
        assert any(r["x0"] < answer["x0"] and r["top"] < answer["top"] and r["bottom"] > answer["bottom"] for r in pale)


def test_gnumeric_prints_a_landscape_sheet_with_its_heads_on_every_page(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for path, truth in text_family_read_back(H26, "gnumeric_sheet", tmp_path, hidden=HEADS):
        with pdfplumber.open(path) as pdf:
            assert all(page.width > page.height for page in pdf.pages), "not landscape"
            texts = [page.extract_text() for page in pdf.pages]
            words = pdf.pages[0].extract_words(x_tolerance=1.2)
            section = _answered(truth)
            label = _word(words, section["label"].split()[0], 40)
            answer = _word(words, section["text"].split()[0], label["top"] - 3)
        assert all("Förvaltningens kommentar" in text for text in texts), "the column heads not repeated"
        assert abs(answer["top"] - label["top"]) < 2 and answer["x0"] > label["x1"]


@pytest.mark.parametrize("family", ["foxed_archive", "overexposed_scan", "ditto_copy"])
def test_scans_are_images_that_read_as_their_truth(family: str, tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    files = scan_family_read_back(H26, family, tmp_path, 0.5)
    with pdfplumber.open(files[0][0]) as pdf:
        page, image = pdf.pages[0], pdf.pages[0].images[0]
        dpi = image["srcsize"][0] / page.width * 72
        pixels = np.asarray(page.to_image(resolution=60).original.convert("RGB"), dtype=int)
    assert abs(dpi - 200) < 2
    if family == "overexposed_scan":
        assert "Gray" in str(image["colorspace"]), image["colorspace"]
        assert np.median(pixels) >= 250 and (pixels < 128).mean() < 0.02, "not blown out"
        return
    assert "RGB" in str(image["colorspace"]), image["colorspace"]
    if family == "foxed_archive":
        paper = np.median(pixels.reshape(-1, 3), axis=0)
        assert paper[0] - paper[2] > 25, f"the paper is not yellowed: {paper}"
    else:
        inked = pixels[pixels.sum(axis=2) < 450]
        assert len(inked) and (inked[:, 2] - inked[:, 1]).mean() > 25, "no violet ink"


def test_districts_follow_the_mergers_and_the_halves_hold_every_family() -> None:
    check_set_shape(H26, image_families=3)
