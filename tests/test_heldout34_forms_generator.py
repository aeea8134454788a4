"""The thirty-fourth held-out generator (bench/heldout34_forms) draws what its truth says, on a seed other than the
held-out one (34083).

Text layers are read back with pdfplumber's words only, never with bilagor's extractor: every word of the truth's
title, labels and answers is on the pages and nothing else is but the page's furniture (running header, Dnr, page
numbers, stage marker, placeholder, bullets) and the footnote layout's marker numbers. Each family's own construction
is checked where it shows in the file: gofpdf's rows on grey bands with no rule; jgraph's answers opened by raised
numbers with the labels only as footnotes at the page's foot; Ipe's and Scribus's landscape pages with three columns
of label/answer pairs; Forme's small-capital labels in the margin with a quote bar beside the answer. The image-only
families are read by Tesseract, and their wear is checked on a page the test draws: fibres on grey paper, a lens
that magnifies, a page darker and bowed towards its lifted edge. A family whose producer is missing here (go with
gofpdf, jgraph with Ghostscript, Ipe with pdfLaTeX, formepdf with wasmtime, Scribus with Xvfb, Tesseract: none is a
project dependency) is skipped.
"""

from __future__ import annotations

import importlib
import random
import re
from pathlib import Path

import numpy as np
import pytest
from forms_generator_checks import check_set_shape, generator, scan_family_read_back
from generator_truth_words import check_words, tokens

SEED = 29
H34 = generator(34, SEED)
LAYOUT = importlib.import_module("h34_layout")
SCAN = importlib.import_module("h34_scan")
OWN = frozenset({"•", "-", "–"})


def _read(path: Path, truth: dict) -> tuple[list[list[dict]], dict]:
    """The file's words checked against the truth; every page's words with their font, size and colour, the first
    page's rules, boxes and size, and the metadata."""
    pdfplumber = pytest.importorskip("pdfplumber")
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == truth["pages"]
        pages = [page.extract_words(x_tolerance=1.2, y_tolerance=3, extra_attrs=["size", "non_stroking_color"])
                 for page in pdf.pages]  # fmt: skip
        plain = [w["text"] for page in pdf.pages for w in page.extract_words(x_tolerance=1.2, y_tolerance=3)]
        first = pdf.pages[0]
        shapes = {"lines": list(first.lines), "rects": list(first.rects), "meta": dict(pdf.metadata),
                  "width": first.width, "height": first.height}  # fmt: skip
    bare = truth | {"sections": [s | {"text": s["text"].replace("• ", "")} for s in truth["sections"]]}
    got = tokens(" ".join(plain))  # without the sizes, which split a small-capital word in two
    check_words(bare, got, path.name, OWN | {t for t in got if re.fullmatch(r"\d+", t)})
    return pages, shapes


def _word(words: list[dict], text: str, below: float = -1.0) -> dict:
    return next(w for w in words if w["text"].rstrip(":").lower() == text.rstrip(":").lower() and w["top"] > below)


def _answered(truth: dict) -> dict:
    return next(s for s in truth["sections"] if s["text"] and not s["text"].startswith(("Klicka", "•")))


def test_gofpdf_sets_rows_on_alternating_grey_bands_without_rules(tmp_path: Path) -> None:
    for path, truth in H34.built("gofpdf_bands", tmp_path):
        pages, shapes = _read(path, truth)
        assert "FPDF" in str(shapes["meta"].get("Producer"))
        bands = [r for r in shapes["rects"] if r["fill"] and not r["stroke"]]
        assert len(bands) >= 2 and not shapes["lines"], "no bands, or a rule"
        assert not [r for r in shapes["rects"] if r["stroke"]], "a framed box"
        section = truth["sections"][0]
        label = _word(pages[0], section["label"].split()[0], 60)
        answer = _word(pages[0], section["text"].split()[0], 60)
        assert abs(answer["top"] - label["top"]) < 2 and answer["x0"] > label["x1"], "not beside its label"
        assert any(b["top"] <= label["top"] and label["bottom"] <= b["bottom"] for b in bands), "the first row is white"


def test_jgraph_puts_labels_in_footnotes_under_raised_numbers(tmp_path: Path) -> None:
    for path, truth in H34.built("jgraph_footnotes", tmp_path):
        pages, shapes = _read(path, truth)
        assert "jgraph" in str(shapes["meta"].get("Creator"))
        section = _answered(truth)
        n = truth["sections"].index(section) + 1
        answer = _word(pages[0], section["text"].split()[0], 60)
        marker = [w for w in pages[0] if w["text"] == str(n) and w["x1"] < answer["x0"] and w["size"] < answer["size"]
                  and 0 < answer["top"] - w["top"] < answer["size"]]  # fmt: skip
        assert marker, "no raised number before the answer"
        label = _word(pages[0], section["label"].split()[0], answer["bottom"])
        assert label["top"] > shapes["height"] - 200 and label["size"] < answer["size"], "the label is no footnote"


@pytest.mark.parametrize("family", ["ipe_landscape", "scribus_landscape"])
def test_landscape_pages_hold_three_columns_of_pairs(family: str, tmp_path: Path) -> None:
    longer = 0
    for path, truth in H34.built(family, tmp_path, turns=3):
        pages, shapes = _read(path, truth)
        maker = str(shapes["meta"].get("Creator")) + str(shapes["meta"].get("Producer"))
        assert ("ipetoipe" if family == "ipe_landscape" else "Scribus") in maker
        assert shapes["width"] > shapes["height"], "not landscape"
        rules = [ln for ln in shapes["lines"] if abs(ln["x0"] - ln["x1"]) < 0.5 and ln["height"] > 300]
        assert len(rules) == 2, "not three columns"
        section = truth["sections"][0]
        label = _word(pages[0], section["label"].split()[0], 50)
        answer = _word(pages[0], section["text"].split()[0], 50)
        assert abs(answer["top"] - label["top"]) < 3 and 0 < answer["x0"] - label["x0"] < 90
        later = [w for w in pages[0] if w["x0"] > min(r["x0"] for r in rules)]
        longer += bool(later)
    assert longer, "no form ran into a second column"


def test_forme_sets_small_capital_labels_beside_quoted_answers(tmp_path: Path) -> None:
    for path, truth in H34.built("forme_smallcaps", tmp_path):
        pages, shapes = _read(path, truth)
        assert "Forme" in str(shapes["meta"].get("Producer"))
        section = next(s for s in truth["sections"][1:] if len(s["label"].split()[0]) > 2)
        head = section["label"].split()[0]
        rest = next(w for w in pages[0] if w["text"] == head[1:].upper() and w["top"] > 60)
        first = next(
            w
            for w in pages[0]
            if w["text"] == head[0].upper()
            and abs(w["x1"] - rest["x0"]) < 0.5
            and abs(w["bottom"] - rest["bottom"]) < 1.5
        )  # the large capital, a word of its own by its size
        assert first["size"] > rest["size"] * 1.2 and rest["text"].isupper(), "no small capitals"
        label = rest
        answer = min((w for w in pages[0] if abs(w["top"] - first["top"]) < 3 and w["x0"] > first["x0"] + 100),
                     key=lambda w: w["x0"])  # the answer's first word, beside the label  # fmt: skip
        assert answer["text"] == section["text"].split()[0]
        bars = [r for r in shapes["rects"] if r["width"] < 3 and label["x1"] < r["x0"] < answer["x0"]]
        assert bars and answer["x0"] - bars[0]["x0"] < 12, "no quote bar beside the answer"


@pytest.mark.parametrize("family", ["recycled_fibres", "magnifier_bulge", "rolled_flatbed"])
def test_scans_are_images_that_read_as_their_truth(family: str, tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    files = scan_family_read_back(H34, family, tmp_path, 0.3)
    with pdfplumber.open(files[0][0]) as pdf:
        page, image = pdf.pages[0], pdf.pages[0].images[0]
        assert abs(image["srcsize"][0] / page.width * 72 - 200) < 2


def _page() -> LAYOUT.Page:
    page = LAYOUT.Page()
    page.texts += [LAYOUT.Text(60, 100 + 14 * k, "Beskrivning av ekonomiskt utfall och avvikelser " * 2, 10)
                   for k in range(50)]  # fmt: skip
    return page


def test_recycled_paper_is_grey_with_fibres() -> None:
    a = np.asarray(SCAN.recycled(LAYOUT.Page(), random.Random(3)), dtype=float)
    paper = np.median(a)
    assert 190 < paper < 220, "the paper is not grey"
    assert (a < paper - 20).mean() > 0.001, "no fibres on a blank page"


def test_the_lens_magnifies_what_lies_under_it() -> None:
    blank = np.asarray(SCAN.bulged(LAYOUT.Page(), random.Random(6)), dtype=float)
    ys, xs = np.nonzero(blank < 100)  # on a blank page only the lens's rim is dark: a ring
    high, wide = ys.max() - ys.min(), xs.max() - xs.min()
    assert abs(high - wide) < 0.1 * wide and 0.3 < wide / blank.shape[1] < 0.55, "no round lens"
    page = LAYOUT.Page()
    page.boxes += [LAYOUT.Box(0, y, 595, y + 1, fill=0.0, stroke=False) for y in range(0, 842, 10)]  # a ruled page
    a = np.asarray(SCAN.bulged(page, random.Random(6)), dtype=float)
    column = a[ys.min() + 10 : ys.max() - 10, (xs.min() + xs.max()) // 2] < 128  # down the lens's middle
    runs = np.diff(np.nonzero(np.diff(column.astype(int)) == 1)[0])
    assert runs.max() > 10 / 72 * 200 * 1.4, "the rules under the lens are not pushed apart"


def test_the_rolled_edge_is_darker_and_bowed() -> None:
    a = np.asarray(SCAN.rolled(_page(), random.Random(2)), dtype=float)
    top, bottom = np.median(a[:150]), np.median(a[-150:])
    assert abs(top - bottom) > 25, "no lifted edge"


def test_districts_follow_the_mergers_and_the_halves_hold_every_family() -> None:
    check_set_shape(H34, image_families=3)
    layouts = {(t % 2, H34.build.scan_layout(f, t)) for f in H34.build.SCANS for t in range(15)}
    assert len(layouts) == 2 * len(LAYOUT.LAYOUTS), "a half of a scan family misses a layout"
