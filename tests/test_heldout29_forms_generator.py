"""The twenty-ninth held-out generator (bench/heldout29_forms) draws what its truth says, on a seed other than the
held-out one (29083).

Text layers are read back with pdfplumber's words only, never with bilagor's extractor: every word of the truth's
title, labels and answers is on the pages and nothing else is but the page's furniture (running header, Dnr, page
numbers, stage marker, placeholder, bullets) and what a family prints of its own (the parts' headings on
Text::PDF's tabs, Gri's watermark, html2ps' step bar and step headings). Where a producer's Latin-1 font has no
bullet, the list items are read after a hyphen. Each family's own construction is checked where it shows in the
file: Text::PDF's part headings set turned a quarter on a dark tab left of the labels; Gri's pale watermark set
diagonally under the form, each "Label:" on the line of its answer; ploticus' long labels centred between two rules
at their middle height; Grace's labels halfway down a long answer's row, not at its top; html2ps' step bar above
the title and a "Steg k av n" heading over each part. The image-only families are read by Tesseract: the words read
must hold many of the words that set the truth apart from another form, and few of those that set the other form
apart; the keystone photo's page is checked narrower at its head than at its foot, the feeder's and the pencil's
scans grey at 200 dpi. A family whose producer is missing here (Text::PDF for Perl, gri, ploticus, gracebat and
html2ps with ps2pdf and qpdf, Tesseract: none is a project dependency) is skipped.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import numpy as np
import pytest
from forms_generator_checks import check_set_shape, generator, scan_family_read_back
from generator_truth_words import check_words, tokens
from test_heldout25_forms_generator import _answered  # the first section answered unlike its label

SEED = 45
H29 = generator(29, SEED)
CONTENT = importlib.import_module("h29_content")  # the generator's folder is on the path now
LAYOUT = importlib.import_module("h29_layout")
PARTS = frozenset(t for text in CONTENT.GROUPS.values() for t in tokens(text)) | {"a", "b", "c"}


def _read(path: Path, truth: dict, hidden: frozenset[str] = frozenset()) -> tuple[list[dict], list[dict]]:
    """The file's words, without diagonal characters and the minus glyph read as a hyphen, checked against the
    truth (a bullet read as a hyphen); the first page's words (with their font) and all its characters."""
    pdfplumber = pytest.importorskip("pdfplumber")
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == truth["pages"]
        chars = list(pdf.pages[0].chars)
        pages = [page.filter(_level) for page in pdf.pages]
        words = [w for page in pages for w in page.extract_words(x_tolerance=1.2)]
        first = pages[0].extract_words(x_tolerance=1.2, extra_attrs=["fontname"])
    bare = truth | {"sections": [s | {"text": s["text"].replace("• ", "")} for s in truth["sections"]]}
    text = " ".join(w["text"] for w in words).replace("\u2212", "-")
    check_words(bare, tokens(text), path.name, hidden | {"•"})
    for word in first:
        word["text"] = word["text"].replace("\u2212", "-")
    return first, chars


def _level(obj: dict) -> bool:
    """Not a character set diagonally (Gri's watermark: its letters would run into the form's words)."""
    matrix = obj.get("matrix")
    return obj.get("object_type") != "char" or not matrix or abs(matrix[1]) < 0.3 * abs(matrix[0]) or not matrix[0]


def _word(words: list[dict], text: str, below: float = -1.0) -> dict:
    return next(w for w in words if w["text"] == text and w["top"] > below)


def _long(truth: dict) -> dict:
    """The first section answered unlike its label outside the short fields."""
    grid = ("projektnamn", "plats") if truth["form_kind"] != "ansokan" else ()
    return next(
        s
        for s in truth["sections"]
        if s["key"] not in grid
        and s["text"]
        and s["label"].split()[0] != s["text"].split()[0]
        and (truth["form_kind"] != "ansokan" or s["key"] in ("beskrivning", "behovsanalys"))
    )


def test_textpdf_turns_the_parts_headings_on_tabs_left_of_the_labels(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for path, truth in H29.built("textpdf_tabs", tmp_path):
        first, chars = _read(path, truth, PARTS | {w[::-1] for w in PARTS})  # read upwards
        with pdfplumber.open(path) as pdf:
            assert "Text::PDF" in str(pdf.metadata.get("Producer"))
            tabs = [r for r in pdf.pages[0].rects if r["x1"] < LAYOUT.MARGIN and r["height"] > 12]
        turned = [c for c in chars if not c["upright"]]
        assert tabs and turned, "no dark tab with a turned heading"
        assert all(c["x1"] < LAYOUT.MARGIN for c in turned)
        assert "".join(c["text"] for c in turned if c["x0"] < tabs[0]["x1"]).replace(" ", "")[:3] in ("Del", "leD")
        section = _answered(truth)
        label = _word(first, section["label"].split()[0], 40)
        answer = _word(first, section["text"].split()[0], label["top"] - 2)
        assert abs(answer["top"] - label["top"]) < 1 and answer["x0"] > label["x1"], "the answer is not beside"


def test_gri_sets_a_pale_diagonal_watermark_under_the_form(tmp_path: Path) -> None:
    marks = frozenset(tokens(" ".join(LAYOUT.MARKS))) | frozenset(c.lower() for m in LAYOUT.MARKS for c in m)
    for path, truth in H29.built("gri_watermark", tmp_path):
        first, chars = _read(path, truth, marks)
        diagonal = [c for c in chars if abs(c["matrix"][1]) > 0.3 * abs(c["matrix"][0]) > 0]
        assert len(diagonal) >= 5, "no diagonal watermark"
        assert all(c["size"] > 30 and c["non_stroking_color"] not in ((0,), [0], 0, None) for c in diagonal)
        section = _answered(truth)
        label = _word(first, section["label"].split()[0], 40)
        colon = next(w for w in first if w["text"].endswith(":") and abs(w["top"] - label["top"]) < 20)
        answer = _word(first, section["text"].split()[0], label["top"] - 2)
        assert abs(answer["top"] - label["top"]) < 1.5 and answer["x0"] > colon["x1"]
        assert "Bold" in label["fontname"] and "Bold" not in answer["fontname"]


def test_ploticus_centres_long_labels_between_rules(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for path, truth in H29.built("ploticus_rules", tmp_path):
        first, _ = _read(path, truth)
        with pdfplumber.open(path) as pdf:
            width = pdf.pages[0].width
            lines = [e for e in pdf.pages[0].lines if abs(e["top"] - e["bottom"]) < 0.5]
        section = _long(truth)
        words = section["label"].split()
        start = next(k for k, w in enumerate(first) if w["text"] == words[0] and "Bold" in w["fontname"])
        line = [w for w in first[start:] if abs(w["top"] - first[start]["top"]) < 1]
        middle = (line[0]["x0"] + line[-1]["x1"]) / 2
        assert abs(middle - width / 2) < 4, "the label is not centred"
        height = (line[0]["top"] + line[0]["bottom"]) / 2
        beside = [e for e in lines if abs(e["top"] - height) < 3]
        assert any(e["x1"] <= line[0]["x0"] for e in beside) and any(e["x0"] >= line[-1]["x1"] for e in beside)
        answer = _word(first, section["text"].split()[0], line[0]["bottom"])
        assert answer["top"] > line[0]["bottom"] - 1, "the answer is not under its label"


def test_grace_centres_labels_on_long_answers(tmp_path: Path) -> None:
    seen = 0
    for path, truth in H29.built("grace_vcentre", tmp_path, turns=3):
        first, _ = _read(path, truth)
        for section in truth["sections"]:
            words = section["text"].split()
            if len(words) < 40 or section["label"].split()[0] == words[0]:
                continue
            label = next((w for w in first if w["text"] == section["label"].split()[0] and w["top"] > 40), None)
            answer = next((w for w in first if w["text"] == words[0] and w["x0"] > 150), None)
            if label is None or answer is None or answer["top"] > label["top"] + 200:
                continue
            assert label["top"] > answer["top"] + 12, f"{path.name}: {section['key']}'s label is at its row's top"
            seen += 1
    assert seen, "no long answer on a first page"


def test_html2ps_prints_a_step_bar_and_step_headings(tmp_path: Path) -> None:
    steps = PARTS | {"steg", "av", "skicka", "uppgifter", "›"}
    for path, truth in H29.built("html2ps_steps", tmp_path):
        first, _ = _read(path, truth, frozenset(steps))
        title = max(first, key=lambda w: w["bottom"] - w["top"])  # the heading, not the running header
        send = _word(first, "Skicka")
        assert send["top"] < title["top"], "no step bar above the title"
        heading = _word(first, "Steg")
        assert "Bold" in heading["fontname"] and "Times" in heading["fontname"]
        assert any(w["text"] == "1" and abs(w["top"] - heading["top"]) < 1 for w in first)


@pytest.mark.parametrize("family", ["feeder_slip", "keystone_phone", "toner_pencil"])
def test_scans_are_images_that_read_as_their_truth(family: str, tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    files = scan_family_read_back(H29, family, tmp_path, 0.35 if family == "keystone_phone" else 0.5)
    with pdfplumber.open(files[0][0]) as pdf:
        page, image = pdf.pages[0], pdf.pages[0].images[0]
        dpi = image["srcsize"][0] / page.width * 72
        pixels = np.asarray(page.to_image(resolution=60).original.convert("RGB"), dtype=float).mean(axis=2)
    if family == "keystone_phone":
        assert "RGB" in str(image["colorspace"])
        bright = pixels > 140
        extent = np.array([np.ptp(np.nonzero(row)[0]) if row.sum() > 10 else 0 for row in bright])
        lit = np.nonzero(extent > 0.3 * pixels.shape[1])[0]
        head, foot = extent[lit[0] + 10], extent[lit[-1] - 10]
        assert head < 0.85 * foot, "the page's head is not narrower than its foot"
        return
    assert abs(dpi - 200) < 2 and "Gray" in str(image["colorspace"]), image["colorspace"]


def test_feeder_slip_stretches_and_squeezes_bands() -> None:
    import random

    scan = importlib.import_module("h29_scan")
    page = LAYOUT.Page()
    for k in range(60):  # evenly spaced rules: the slips change their spacing
        page.boxes.append(LAYOUT.Box(60, 60 + 12 * k, 530, 60 + 12 * k))
    ink = scan._ink(page)

    def spacing(array: np.ndarray) -> np.ndarray:
        rows = np.nonzero(array[:, array.shape[1] // 3 : 2 * array.shape[1] // 3].mean(axis=1) > 0.3)[0]
        return np.diff(rows[np.insert(np.diff(rows) > 2, 0, True)])

    even = spacing(ink)
    assert len(even) > 50 and even.max() - even.min() <= 1
    worn = spacing(scan.slipped(ink, random.Random(5)))
    assert len(worn) > 30 and np.ptp(worn) > 0.2 * even.mean(), "the rules stay evenly spaced: no slip"


def test_districts_follow_the_mergers_and_the_halves_hold_every_family() -> None:
    check_set_shape(H29, image_families=3)
