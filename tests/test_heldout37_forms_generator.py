"""The thirty-seventh held-out generator (bench/heldout37_forms) draws what its truth says, on a seed other than the
held-out one (37083).

Text layers are read back with pdfplumber's words only, never with bilagor's extractor: every word of the truth's
title, labels and answers is on the pages and nothing else is but the page's furniture (running header, Dnr, page
numbers, stage marker, placeholder, bullets, dashes) and the transcript's "F:" / "S:". Each family's own
construction is checked where it shows in the file: the chat threads (a label in a filled bubble at the left, its
answer in a bubble flush with the right margin, below it); CAM::PDF's transcript ("F:" before each label, "S:"
before its answer, the answer 22 pt in); pdf_oxide's index cards (two cards abreast starting at the same height);
folio's staircase (a label inline with its colon and the answer after it on the same line, successive labels
stepped in). The image-only families are read by Tesseract, and their wear is checked on a page the test draws:
mildew spots, a wand scanner's seam, silverfish grazing. A family whose producer is missing here (node with
@peculiar/pdf-doc in /tmp/h37-node, perl with CAM::PDF, pdf-oxide, folio-pdf, minpdf-core, Tesseract: none is a
project dependency) is skipped.
"""

from __future__ import annotations

import importlib
import random
from pathlib import Path

import numpy as np
import pytest
from forms_generator_checks import check_set_shape, generator, scan_family_read_back
from generator_truth_words import check_words, tokens

SEED = 37
H37 = generator(37, SEED)
LAYOUT = importlib.import_module("h37_layout")
SCAN = importlib.import_module("h37_scan")
OWN = frozenset({"•", "-", "–", "f", "s", "f:", "s:"})


def _read(path: Path, truth: dict) -> tuple[list[list[dict]], dict]:
    """The file's words checked against the truth; every page's words, the pages' shapes and the metadata."""
    pdfplumber = pytest.importorskip("pdfplumber")
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == truth["pages"]
        assert all(page.height > 500 and page.width > 500 for page in pdf.pages), "a page without its size"
        pages = [page.extract_words(x_tolerance=1.2, y_tolerance=3) for page in pdf.pages]
        shapes = {"rects": [list(p.rects) for p in pdf.pages], "meta": dict(pdf.metadata),
                  "width": pdf.pages[0].width}  # fmt: skip
    got = tokens(" ".join(w["text"] for page in pages for w in page))
    bare = truth | {"sections": [s | {"text": s["text"].replace("• ", "")} for s in truth["sections"]]}
    check_words(bare, got, path.name, OWN)
    return pages, shapes


def _word(words: list[dict], text: str, below: float = 60.0) -> dict:
    return next(w for w in words if w["text"].rstrip(":").lower() == text.rstrip(":").lower() and w["top"] > below)


def _answered(truth: dict) -> dict:
    return next(s for s in truth["sections"] if s["text"] and not s["text"].startswith(("Klicka", "•"))
                and len(s["label"].split()) < 4)  # fmt: skip


@pytest.mark.parametrize("family", ["peculiar_chat", "minpdf_chat"])
def test_chats_put_the_label_in_a_bubble_at_the_left_and_the_answer_at_the_right(family: str, tmp_path: Path) -> None:
    for path, truth in H37.built(family, tmp_path):
        pages, shapes = _read(path, truth)
        section = _answered(truth)
        label = _word(pages[0], section["label"].split()[0])
        answer = _word(pages[0], section["text"].split()[0], label["bottom"])
        assert answer["x0"] > label["x0"] + 40, "the answer is not at the right"
        bubbles = [r for r in shapes["rects"][0] if r["x0"] < label["x0"] and r["top"] < label["top"] < r["bottom"]]
        assert bubbles, "no bubble round the label"
        right = [r for r in shapes["rects"][0] if r["x0"] < answer["x0"] and r["top"] < answer["top"] < r["bottom"]]
        assert right and abs(max(r["x1"] for r in right) - (shapes["width"] - 56.7)) < 3, "not flush right"


def test_campdf_writes_a_transcript(tmp_path: Path) -> None:
    for path, truth in H37.built("campdf_interview", tmp_path):
        pages, shapes = _read(path, truth)
        section = _answered(truth)
        label = _word(pages[0], section["label"].split()[0])
        prefix = [w for w in pages[0] if w["text"] == "F:" and abs(w["bottom"] - label["bottom"]) < 2]
        assert prefix and label["x0"] - prefix[0]["x0"] > 15, "no F: before the label"
        answer = _word(pages[0], section["text"].split()[0], label["bottom"])
        said = [w for w in pages[0] if w["text"] == "S:" and abs(w["bottom"] - answer["bottom"]) < 2]
        assert said and abs(answer["x0"] - label["x0"]) < 2, "the answer is not after S: under the label"


def test_oxide_lays_cards_two_abreast(tmp_path: Path) -> None:
    for path, truth in H37.built("oxide_cards", tmp_path):
        pages, shapes = _read(path, truth)
        assert "pdf_oxide" in str(shapes["meta"].get("Creator"))
        cards = [r for r in shapes["rects"][0] if r["width"] > 150 and r["height"] > 20 and not r.get("fill")]
        tops: dict[int, list[dict]] = {}
        for card in cards:
            tops.setdefault(round(card["top"]), []).append(card)
        assert any(len(row) == 2 for row in tops.values()), "no two cards side by side"


def test_folio_sets_labels_inline_and_in_steps(tmp_path: Path) -> None:
    for path, truth in H37.built("folio_staircase", tmp_path):
        pages, shapes = _read(path, truth)
        firsts = [s["label"].split()[0] for s in truth["sections"][:4]]
        xs = [_word(pages[0], word)["x0"] for word in firsts]
        assert xs == sorted(xs) and xs[-1] - xs[0] > 30, "the labels are not stepped in"
        section = _answered(truth)
        label = _word(pages[0], section["label"].split()[-1])
        answer = _word(pages[0], section["text"].split()[0], label["top"] - 4)
        assert abs(answer["bottom"] - label["bottom"]) < 2 and answer["x0"] > label["x1"], "not on the label's line"


@pytest.mark.parametrize("family", ["mould_spotted", "wand_scanned", "silverfish_grazed"])
def test_scans_are_images_that_read_as_their_truth(family: str, tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    files = scan_family_read_back(H37, family, tmp_path, 0.3)
    with pdfplumber.open(files[0][0]) as pdf:
        page, image = pdf.pages[0], pdf.pages[0].images[0]
        assert abs(image["srcsize"][0] / page.width * 72 - 200) < 2


def test_mildew_darkens_spots_of_the_page() -> None:
    a = np.asarray(SCAN.mouldy(LAYOUT.Page(), random.Random(3)), dtype=float)
    assert (a < 160).sum() > 2000, "no dark mildew spots"
    assert np.median(a) > 200


def test_a_wand_scan_has_a_seam_between_its_sweeps() -> None:
    page = LAYOUT.Page(texts=[LAYOUT.Text(60, y, "Hökarängen " * 8, 10) for y in range(100, 800, 14)])
    a = np.asarray(SCAN.wand(page, random.Random(2)), dtype=float)
    columns = a.mean(axis=0)
    jumps = np.abs(np.diff(columns[200:-200]))
    assert jumps.max() > 3, "no seam"


def test_silverfish_eat_the_print_away() -> None:
    page = LAYOUT.Page(boxes=[LAYOUT.Box(0, 0, 595, 842, fill=0.0, stroke=False)])  # all ink: grazing shows
    a = np.asarray(SCAN.grazed(page, random.Random(8)), dtype=float)
    assert (a > 180).sum() > 3000, "nothing grazed"


def test_districts_follow_the_mergers_and_the_halves_hold_every_family() -> None:
    check_set_shape(H37, image_families=3)
    layouts = {(t % 2, H37.build.scan_layout(f, t)) for f in H37.build.SCANS for t in range(15)}
    assert len(layouts) == 2 * len(LAYOUT.LAYOUTS), "a half of a scan family misses a layout"
