"""The thirty-third held-out generator (bench/heldout33_forms) draws what its truth says, on a seed other than the
held-out one (33083).

Text layers are read back with pdfplumber's words only, never with bilagor's extractor: every word of the truth's
title, labels and answers is on the pages and nothing else is but the page's furniture (running header, Dnr, page
numbers, stage marker, placeholder, bullets) and each family's own additions (the outline's part headings, mandoc's
header line and instruction, ConTeXt's header row); the comb boxes' answers are read character by character. Each
family's own construction is checked where it shows in the file: Skia's short answers one character a 12 pt box;
Tk's labels white on black tabs with the answer in the frame under them; plotutils' outline numbers "1.1" in bold
before bold labels, the answer under the label's text; FreeHEP's answers on a rule with the label small under it; ConTeXt's header row on every page. The image-only families are read by Tesseract (the words
read must hold many of the words that set the truth apart from another form), and their wear is checked on a page
the test draws: uneven fading, a palette of a few greys, a smear along one direction. A family whose producer is
missing here (skia-python, Xvfb with Python's tkinter and Ghostscript, pic2plot with ps2pdf, java with FreeHEP's jars, ConTeXt,
Tesseract: none is a project dependency) is skipped.
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

SEED = 61
H33 = generator(33, SEED)
LAYOUT = importlib.import_module("h33_layout")
SCAN = importlib.import_module("h33_scan")
OWN = frozenset({"•", "-", "–", "projektet", "redovisning", "uppgifter", "om", "insatsen", "beskrivning", "uppgift",
                 "svar", "rubrik",})  # fmt: skip


def _read(path: Path, truth: dict, hide: frozenset[str] = frozenset()) -> tuple[list[list[dict]], dict]:
    """The file's words checked against the truth (the sections keyed in `hide` left out); every page's words with
    their font, size and colour, the first page's rules and boxes, and the metadata."""
    pdfplumber = pytest.importorskip("pdfplumber")
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == truth["pages"]
        pages = [page.extract_words(x_tolerance=1.2, y_tolerance=3, extra_attrs=["fontname", "size",
                                                                                 "non_stroking_color"])
                 for page in pdf.pages]  # fmt: skip
        shapes = {"lines": list(pdf.pages[0].lines), "rects": list(pdf.pages[0].rects), "meta": dict(pdf.metadata)}
    bare = truth | {"sections": [s | {"text": "" if s["key"] in hide else s["text"].replace("• ", "")}
                                 for s in truth["sections"]]}  # fmt: skip
    text = " ".join(w["text"] for words in pages for w in words).replace("\u2212", "-")  # libplot's hyphens
    got = tokens(text)
    # the outline's numbers, mandoc's header ("BILAGA 5B(7)"), the combs' characters read one by one
    own = {t for t in got if re.fullmatch(r"\d+(\.\d+)*|bilaga|\d+b?\(7\)", t) or (hide and len(t) == 1)}
    check_words(bare, got, path.name, OWN | own)
    return pages, shapes


def _word(words: list[dict], text: str, below: float = -1.0) -> dict:
    return next(w for w in words if w["text"].rstrip(":").lower() == text.rstrip(":").lower() and w["top"] > below)


def test_skia_writes_short_answers_one_character_a_comb_box(tmp_path: Path) -> None:
    combs = 0
    for path, truth in H33.built("skia_combs", tmp_path):
        sections = [H33.content.Section(s["key"], s["label"], [s["text"]]) for s in truth["sections"]]
        combed = {s.key for s in sections if LAYOUT.combed(s)}
        pages, shapes = _read(path, truth, frozenset(combed))
        assert "Skia" in str(shapes["meta"].get("Producer"))
        section = next(s for s in truth["sections"] if s["key"] in combed and len(s["text"].replace(" ", "")) > 5)
        label = _word(pages[0], section["label"].split()[0], 60)
        chars = sorted((w for w in pages[0] if len(w["text"]) == 1 and 0 < w["top"] - label["top"] < 30),
                       key=lambda w: w["x0"])  # fmt: skip
        assert "".join(w["text"] for w in chars) == section["text"].replace(" ", "").replace("\u00a0", "")
        boxes = [r for r in shapes["rects"] if abs(r["width"] - LAYOUT.COMB) < 0.3]
        assert len(boxes) >= len(chars) and all(any(b["x0"] < w["x0"] < w["x1"] < b["x1"] for b in boxes)
                                                for w in chars), "a character outside its box"  # fmt: skip
        combs += 1
    assert combs


def test_tk_prints_labels_white_on_black_tabs(tmp_path: Path) -> None:
    for path, truth in H33.built("tk_tabs", tmp_path):
        pages, shapes = _read(path, truth)
        assert "Ghostscript" in str(shapes["meta"].get("Producer"))
        black = [r for r in shapes["rects"] if r["non_stroking_color"] in ((0,), [0], (0, 0, 0), [0, 0, 0], 0)]
        white = [w for w in pages[0] if w["non_stroking_color"] in ((1,), [1], (1, 1, 1), [1, 1, 1], 1)]
        assert white and all(any(r["x0"] <= w["x0"] and w["x1"] <= r["x1"] + 1 and r["top"] <= w["top"]
                                 and w["bottom"] <= r["bottom"] + 1 for r in black) for w in white)  # fmt: skip
        assert all("Helvetica-Bold" in w["fontname"] for w in white)
        section = next(s for s in truth["sections"] if s["text"])
        label = _word(white, section["label"].split()[0])
        answer = _word(pages[0], section["text"].split()[0], label["bottom"])
        assert 0 < answer["top"] - label["bottom"] < 20 and answer["non_stroking_color"] != label["non_stroking_color"]


def test_plotutils_numbers_the_labels_as_an_outline(tmp_path: Path) -> None:
    for path, truth in H33.built("plotutils_outline", tmp_path):
        pages, shapes = _read(path, truth)
        assert "Ghostscript" in str(shapes["meta"].get("Producer"))
        numbers = [w for w in pages[0] if re.fullmatch(r"\d\.\d+", w["text"]) and "Bold" in w["fontname"]]
        assert numbers, "no outline number"
        head = [w for w in pages[0] if w["text"] == "1" and "Bold" in w["fontname"]]
        assert head and head[0]["top"] < numbers[0]["top"], "no part heading over the numbered labels"
        first = next(w for w in pages[0] if w["top"] == numbers[0]["top"] and w["x0"] > numbers[0]["x1"])
        assert "Bold" in first["fontname"]
        section = next(s for s in truth["sections"] if s["text"] and not s["label"][0].isdigit())
        label = _word(pages[0], section["label"].split()[0], 60)
        answer = _word(pages[0], section["text"].split()[0], label["bottom"] - 1)
        assert abs(answer["x0"] - label["x0"]) < 1.5 and answer["top"] > label["bottom"], "not under the label"


def test_freehep_writes_answers_on_rules_with_small_labels_under_them(tmp_path: Path) -> None:
    for path, truth in H33.built("freehep_underrule", tmp_path):
        pages, shapes = _read(path, truth)
        assert "FreeHEP" in str(shapes["meta"].get("Creator"))
        section = next(s for s in truth["sections"] if s["text"] and not s["text"].startswith("Klicka"))
        answer = _word(pages[0], section["text"].split()[0], 60)
        label = _word(pages[0], section["label"].split()[0], answer["bottom"])
        assert label["size"] < answer["size"] - 1 and 0 < label["top"] - answer["bottom"] < 12, "no small label under"
        rules = [ln for ln in shapes["lines"] if answer["bottom"] - 1 < ln["top"] < label["top"]]
        assert any(ln["x0"] <= answer["x0"] and ln["x1"] > answer["x1"] for ln in rules), "no rule under the answer"


def test_context_repeats_the_header_row_on_every_page(tmp_path: Path) -> None:
    longer = 0
    for path, truth in H33.built("context_table", tmp_path, turns=4):
        pages, shapes = _read(path, truth)
        assert "ConTeXt" in str(shapes["meta"].get("Producer")) or "ConTeXt" in str(shapes["meta"].get("Creator"))
        heads = [[w for w in page if w["text"] in ("Uppgift", "Rubrik") and "Bold" in w["fontname"]] for page in pages]
        assert all(len(h) == 1 for h in heads), "a page without its header row"
        longer += len(pages) > 1
    assert longer, "no table split over pages"


@pytest.mark.parametrize(("family", "least"), [("thermal_faded", 0.3), ("posterised_palette", 0.3),
                                               ("motion_blur", 0.3)])  # fmt: skip
def test_scans_are_images_that_read_as_their_truth(family: str, least: float, tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    files = scan_family_read_back(H33, family, tmp_path, least)
    with pdfplumber.open(files[0][0]) as pdf:
        page, image = pdf.pages[0], pdf.pages[0].images[0]
        assert abs(image["srcsize"][0] / page.width * 72 - 200) < 2
        assert ("Indexed" in str(image["colorspace"])) == (family == "posterised_palette")


def _page() -> LAYOUT.Page:
    page = LAYOUT.Page()
    page.texts += [LAYOUT.Text(60, 100 + 14 * k, "Beskrivning av ekonomiskt utfall och avvikelser " * 2, 10)
                   for k in range(40)]  # fmt: skip
    return page


def test_thermal_paper_fades_unevenly() -> None:
    a = np.asarray(SCAN.faded(_page(), random.Random(3)), dtype=float)
    ink = [a[y : y + 200, 170:1000].min() for y in range(250, 1750, 200)]
    assert max(ink) - min(ink) > 25, "the ink is equally dark everywhere"


def test_the_palette_holds_a_few_greys() -> None:
    image = SCAN.posterised(_page(), random.Random(5))
    assert image.mode == "P" and 4 <= len(np.unique(np.asarray(image))) <= 6


def test_motion_blur_smears_along_one_direction() -> None:
    page = LAYOUT.Page()
    page.boxes.append(LAYOUT.Box(100, 100, 100.01, 400, fill=0.0))  # a thin vertical line
    page.boxes.append(LAYOUT.Box(200, 300, 500, 300.01, fill=0.0))  # a thin horizontal one
    a = np.asarray(SCAN.blurred(page, random.Random(8)), dtype=float)
    dark = a < a.max() - 40
    assert dark.sum() > 0


def test_districts_follow_the_mergers_and_the_halves_hold_every_family() -> None:
    check_set_shape(H33, image_families=3)
