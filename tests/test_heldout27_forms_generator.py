"""The twenty-seventh held-out generator (bench/heldout27_forms) draws what its truth says, on a seed other than the
held-out one (27083).

Text layers are read back with pdfplumber's words only, never with bilagor's extractor: every word of the truth's
title, labels and answers is on the pages and nothing else is but the page's furniture (running header, Dnr, page
numbers, stage marker, placeholder, bullets and the plain-text title's rule of "="). Where a producer sets the
hyphen as the minus sign's glyph (fig2dev's and vim's PostScript), the words are read with it as a hyphen. Each
family's own construction is checked where it shows in the file: fig2dev's combs, one character centred in each
cell of a row of cells, and the labels above their frames; PyX's labels set flush right against the rule down the
page, the answers beyond it; vim's Courier lines, each label inline with its answer after a colon; PDF::Create's
captions in smaller Times under the answer they name; Graphviz's shaded label row over its answer row and its
short fields' grey labels over their values in one cell. Image-only pages are read by Tesseract: the words read must
hold many of the words that set the truth apart from another form, and few of those that set the other form apart;
each scan's own construction (the mimeograph's grey rough paper, the inkjet's coloured black and its banding rows,
the folded corner's dark lid) is checked in the file. A family whose producer is missing here (fig2dev with qpdf,
the system's python3-pyx, Perl's PDF::Create, vim with ps2pdf, Graphviz with qpdf, Tesseract: none is a project
dependency) is skipped.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import numpy as np
import pytest
from forms_generator_checks import check_set_shape, generator, scan_family_read_back, text_family_read_back
from generator_truth_words import check_words, tokens
from test_heldout25_forms_generator import _answered  # the first section answered unlike its label

SEED = 43
H27 = generator(27, SEED)
LAYOUT = importlib.import_module("h27_layout")  # the generator's folder is on the path now


def _meta(pdf) -> str:  # type: ignore[no-untyped-def]
    return str(pdf.metadata.get("Producer", "")) + " " + str(pdf.metadata.get("Creator", ""))


def _word(words: list[dict], text: str, below: float = -1.0) -> dict:
    return next(w for w in words if w["text"] == text and w["top"] > below)


def _phrase(words: list[dict], text: str) -> dict:
    """The first word of the first run of words reading `text` (a label whose first word another label shares)."""
    want = text.split()
    return next(w for k, w in enumerate(words) if [x["text"] for x in words[k : k + len(want)]] == want)


def _long(truth: dict) -> dict:
    """The first section answered unlike its label outside the grid of short fields (an application's header, a
    follow-up's project and place)."""
    short = ("projektnamn", "plats")
    return next(
        s
        for s in _sections(truth)
        if s["key"] not in short and (truth["form_kind"] != "ansokan" or s["key"] in ("beskrivning", "behovsanalys"))
    )


def _sections(truth: dict) -> list[dict]:
    return [s for s in truth["sections"] if s["text"] and s["label"].split()[0] != s["text"].split()[0]]


def _read(path: Path, truth: dict, hidden: frozenset[str] = frozenset()) -> list[dict]:
    """The file's words (the minus glyph read as a hyphen) checked against the truth; the first page's words."""
    pdfplumber = pytest.importorskip("pdfplumber")
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == truth["pages"]
        words = [w for page in pdf.pages for w in page.extract_words(x_tolerance=1.2)]
        first = pdf.pages[0].extract_words(x_tolerance=1.2, extra_attrs=["size", "fontname"])
    check_words(truth, tokens(" ".join(w["text"] for w in words).replace("\u2212", "-")), path.name, hidden)
    return first


def test_fig2dev_sets_combs_one_character_a_cell_and_labels_above_frames(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for path, truth in H27.built("fig2dev_combs", tmp_path):
        combs = [s for s in truth["sections"] if s["key"] in LAYOUT.COMB and 0 < len(s["text"]) <= LAYOUT.COMB_MAX]
        letters = frozenset(c.lower() for s in combs for c in s["text"])
        bare = truth | {"sections": [s | {"text": ""} if s in combs else s for s in truth["sections"]]}
        _read(path, bare, letters)
        with pdfplumber.open(path) as pdf:
            assert "fig2dev" in _meta(pdf)
            page = pdf.pages[0]
            words = page.extract_words(x_tolerance=1.2)
            chars = "".join(c["text"] for c in page.chars).replace("\u2212", "-")
            cells = [r for r in page.rects if r["x1"] - r["x0"] < 20]
            for section in combs:
                assert section["text"].replace(" ", "") in chars, section["text"]
            if truth["form_kind"] == "ansokan":
                assert combs, "an application without a comb"
                assert len(cells) >= sum(len(s["text"]) for s in combs)
                inside = [
                    c
                    for c in page.chars
                    if c["text"].isdigit() and any(r["top"] < c["top"] < r["bottom"] for r in cells)
                ]
                assert len(inside) >= 4, "no digits in the combs' rows"
                for char in inside:
                    cell = next(r for r in cells if r["x0"] < char["x0"] and char["x1"] < r["x1"])
                    assert abs((cell["x0"] + cell["x1"]) / 2 - (char["x0"] + char["x1"]) / 2) < 1.5, "not centred"
            section = _answered(truth, grid=False)
            label = _word(words, section["label"].split()[0], 60)
            answer = _word(words, section["text"].split()[0], label["top"])
            frame = next(r for r in page.rects if r["x0"] < answer["x0"] and r["top"] < answer["top"] < r["bottom"])
        assert label["bottom"] <= frame["top"] + 1 and label["x0"] <= answer["x0"]


def test_pyx_sets_labels_flush_right_against_the_rule(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for path, truth in text_family_read_back(H27, "pyx_margin", tmp_path):
        with pdfplumber.open(path) as pdf:
            assert "PyX" in _meta(pdf)
            page = pdf.pages[0]
            words = page.extract_words(x_tolerance=1.2)
            rules = [e for e in page.lines if abs(e["x0"] - e["x1"]) < 0.5 and e["bottom"] - e["top"] > 200]
            section = _answered(truth)
            last = section["label"].split()[-1]
            answer = _word(words, section["text"].split()[0], 60)
            label = next(w for w in words if w["text"] == last and abs(w["top"] - answer["top"]) < 40)
        assert len(rules) == 1, "no rule down the page"
        rule = rules[0]["x0"]
        assert label["x1"] < rule < answer["x0"] and abs(rule - 8 - label["x1"]) < 1.5, "not flush right"


def test_vim_prints_courier_with_each_label_inline_after_a_colon(tmp_path: Path) -> None:
    pytest.importorskip("pdfplumber")
    for path, truth in H27.built("vim_hardcopy", tmp_path):
        first = _read(path, truth)
        assert all("Courier" in w["fontname"] for w in first)
        section = _answered(truth)
        colon = _word(first, section["label"].split()[-1] + ":", 40)
        answer = _word(first, section["text"].split()[0], colon["top"] - 2)
        assert abs(answer["top"] - colon["top"]) < 1 and answer["x0"] > colon["x1"], "the answer not inline"


def test_pdfcreate_prints_each_caption_under_its_answer(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for path, truth in text_family_read_back(H27, "pdfcreate_captions", tmp_path):
        with pdfplumber.open(path) as pdf:
            assert "PDF::Create" in _meta(pdf)
            words = pdf.pages[0].extract_words(x_tolerance=1.2, extra_attrs=["size", "fontname"])
        section = _answered(truth)
        answer = _word(words, section["text"].split()[0], 60)
        label = _word(words, section["label"].split()[0], answer["top"])
        assert "Times" in answer["fontname"] and label["size"] < answer["size"]
        assert label["top"] > answer["bottom"], "the caption is not under its answer"


def test_graphviz_shades_label_rows_over_answer_rows(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for path, truth in text_family_read_back(H27, "graphviz_table", tmp_path):
        with pdfplumber.open(path) as pdf:
            assert "cairo" in _meta(pdf)
            page = pdf.pages[0]
            words = page.extract_words(x_tolerance=1.2, extra_attrs=["size", "non_stroking_color"])
            section = _long(truth)
            label = _phrase(words, section["label"])
            answer = _word(words, section["text"].split()[0], label["bottom"])
            short = truth["sections"][0]
            small = _word(words, short["label"].split()[0], 20)
            value = _word(words, short["text"].split()[0], small["top"])
            shaded = [r for r in page.rects if r["fill"] and np.atleast_1d(r["non_stroking_color"])[0] < 0.95]
        assert any(r["top"] < label["top"] and label["bottom"] < r["bottom"] < answer["top"] for r in shaded)
        assert small["size"] < value["size"] and abs(small["x0"] - value["x0"]) < 1 and small["bottom"] < value["top"]
        assert np.atleast_1d(small["non_stroking_color"])[0] > 0.2, "the short field's label is not grey"


@pytest.mark.parametrize("family", ["mimeo_stencil", "inkjet_banding", "dogear_fold"])
def test_scans_are_images_that_read_as_their_truth(family: str, tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    files = scan_family_read_back(H27, family, tmp_path, 0.5)
    with pdfplumber.open(files[0][0]) as pdf:
        page, image = pdf.pages[0], pdf.pages[0].images[0]
        dpi = image["srcsize"][0] / page.width * 72
        pixels = np.asarray(page.to_image(resolution=100).original.convert("RGB"), dtype=int)
    assert abs(dpi - 200) < 2
    grey = pixels.mean(axis=2)
    if family == "inkjet_banding":
        assert "RGB" in str(image["colorspace"]), image["colorspace"]
        inked = pixels[grey < 90]
        assert len(inked) and np.abs(inked.max(axis=1) - inked.min(axis=1)).mean() > 8, "a neutral black"
        return
    assert "Gray" in str(image["colorspace"]), image["colorspace"]
    if family == "mimeo_stencil":
        assert 222 <= np.median(grey) <= 242, "not the mimeograph's grey rough paper"
        return
    h, w = grey.shape
    corners = (grey[:12, w - 12 :].mean(), grey[h - 12 :, w - 12 :].mean())
    assert min(corners) < 110, f"no dark lid where a corner is folded away: {corners}"


def test_districts_follow_the_mergers_and_the_halves_hold_every_family() -> None:
    check_set_shape(H27, image_families=3)
