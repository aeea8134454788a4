"""The thirty-sixth held-out generator (bench/heldout36_forms) draws what its truth says, on a seed other than the
held-out one (36083).

Text layers are read back with pdfplumber's words only, never with bilagor's extractor: every word of the truth's
title, labels and answers is on the pages and nothing else is but the page's furniture (running header, Dnr, page
numbers, stage marker, placeholder, bullets, dashes) and the spreadsheet's column letters. Each family's own
construction is checked where it shows in the file: Origami's and react-pdf's spreadsheet (column letters in a
heading row, numbered rows, the label in column A and the answer in column B on the same row); pstoedit's landscape
slides with each label as a large heading above its answer; pyHanko's timeline (a circle beside each label, filled
for an answered field); CamlPDF's receipt (a one-line answer flush right on its label's line). The image-only
families are read by Tesseract, and their wear is checked on a page the test draws: a scorched edge, thumbs over the
margin, a laminate's bubbles and sheen. A family whose producer is missing here (ruby with ruby-origami, pstoedit,
pyhanko, ocamlfind with camlpdf, node with @react-pdf/renderer in /tmp/h36-node, Tesseract: none is a project
dependency) is skipped.
"""

from __future__ import annotations

import importlib
import random
from pathlib import Path

import numpy as np
import pytest
from forms_generator_checks import check_set_shape, generator, scan_family_read_back
from generator_truth_words import check_words, tokens

SEED = 36
H36 = generator(36, SEED)
LAYOUT = importlib.import_module("h36_layout")
SCAN = importlib.import_module("h36_scan")
OWN = frozenset({"•", "-", "–", "a", "b", "c", "d", "e", "f"})


def _read(path: Path, truth: dict) -> tuple[list[list[dict]], dict]:
    """The file's words checked against the truth; every page's words, the pages' shapes and the metadata."""
    pdfplumber = pytest.importorskip("pdfplumber")
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == truth["pages"]
        assert all(page.height > 500 and page.width > 500 for page in pdf.pages), "a page without its size"
        pages = [page.extract_words(x_tolerance=1.2, y_tolerance=3) for page in pdf.pages]
        shapes = {"rects": [list(p.rects) for p in pdf.pages], "curves": [list(p.curves) for p in pdf.pages],
                  "lines": [list(p.lines) for p in pdf.pages], "meta": dict(pdf.metadata),
                  "width": pdf.pages[0].width, "height": pdf.pages[0].height}  # fmt: skip
    got = tokens(" ".join(w["text"] for page in pages for w in page))
    bare = truth | {"sections": [s | {"text": s["text"].replace("• ", "")} for s in truth["sections"]]}
    check_words(bare, got, path.name, OWN)
    return pages, shapes


def _word(words: list[dict], text: str, below: float = 60.0) -> dict:
    return next(w for w in words if w["text"].rstrip(":").lower() == text.rstrip(":").lower() and w["top"] > below)


def _answered(truth: dict, short: bool = False) -> dict:
    return next(s for s in truth["sections"] if s["text"] and not s["text"].startswith(("Klicka", "•"))
                and (not short or len(s["text"]) < 40) and len(s["label"].split()) < 4)  # fmt: skip


@pytest.mark.parametrize("family", ["origami_excel", "reactpdf_excel"])
def test_spreadsheets_number_their_rows_and_put_label_and_answer_on_one(family: str, tmp_path: Path) -> None:
    for path, truth in H36.built(family, tmp_path):
        pages, shapes = _read(path, truth)
        if family == "reactpdf_excel":
            assert "react-pdf" in str(shapes["meta"].get("Producer"))
        heading = sorted((w for w in pages[0] if w["text"] in "ABCDEF" and len(w["text"]) == 1), key=lambda w: w["x0"])
        assert [w["text"] for w in heading[:6]] == list("ABCDEF"), "no column letters"
        section = _answered(truth)
        label = _word(pages[0], section["label"].split()[0])
        answer = _word(pages[0], section["text"].split()[0], label["top"] - 4)
        assert abs(answer["bottom"] - label["bottom"]) < 2 and answer["x0"] > label["x1"], "not in the label's row"
        numbers = [w for w in pages[0] if w["text"].isdigit() and w["x1"] < label["x0"]]
        assert any(abs(n["bottom"] - label["bottom"]) < 2 for n in numbers), "the row has no number"


def test_pstoedit_draws_landscape_slides_with_labels_as_headings(tmp_path: Path) -> None:
    for path, truth in H36.built("pstoedit_slides", tmp_path):
        pages, shapes = _read(path, truth)
        assert "pstoedit" in str(shapes["meta"].get("Producer"))
        assert shapes["width"] > shapes["height"], "not landscape"
        section = _answered(truth)
        page = next(p for p in pages[1:] if any(w["text"] == section["label"].split()[0] for w in p))
        label = _word(page, section["label"].split()[0], 0)
        answer = _word(page, section["text"].split()[0], label["bottom"])
        assert label["bottom"] - label["top"] > 1.25 * (answer["bottom"] - answer["top"]), "no heading"
        assert abs(label["x0"] - answer["x0"]) < 2, "not from the same edge"


def test_pyhanko_puts_a_circle_beside_every_label(tmp_path: Path) -> None:
    for path, truth in H36.built("pyhanko_stepper", tmp_path):
        pages, shapes = _read(path, truth)
        assert "pyhanko" in str(shapes["meta"].get("Producer")).lower()
        section = _answered(truth)
        label = _word(pages[0], section["label"].split()[0])
        circles = [c for c in shapes["curves"][0] if c["x1"] < label["x0"] and c["top"] - 3 < label["top"] + 4
                   and c["bottom"] > label["top"] and c.get("fill")]  # fmt: skip
        assert circles, "no filled circle beside an answered field's label"


def test_camlpdf_sets_a_short_answer_flush_right_on_its_label_line(tmp_path: Path) -> None:
    for path, truth in H36.built("camlpdf_receipt", tmp_path):
        pages, shapes = _read(path, truth)
        section = _answered(truth, short=True)
        label = _word(pages[0], section["label"].split()[0])
        last = section["text"].split()[-1]
        end = [w for w in pages[0] if abs(w["bottom"] - label["bottom"]) < 2 and w["x0"] > label["x1"]]
        assert end and max(w["x1"] for w in end) > shapes["width"] - 57 - 2, f"{last}: not flush right"
        assert abs(label["x0"] - 56) < 2


@pytest.mark.parametrize("family", ["fire_scorched", "thumb_held", "laminated_bubbles"])
def test_scans_are_images_that_read_as_their_truth(family: str, tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    files = scan_family_read_back(H36, family, tmp_path, 0.3)
    with pdfplumber.open(files[0][0]) as pdf:
        page, image = pdf.pages[0], pdf.pages[0].images[0]
        assert abs(image["srcsize"][0] / page.width * 72 - 200) < 2


def test_a_scorched_page_is_burnt_away_at_an_edge_and_browned_inside() -> None:
    a = np.asarray(SCAN.scorched(LAYOUT.Page(), random.Random(4)), dtype=float)
    edges = [a[:20].mean(), a[-20:].mean(), a[:, :20].mean(), a[:, -20:].mean()]
    assert min(edges) < 90, "no edge burnt away"
    assert np.median(a) > 200, "the middle of the page is not paper"


def test_thumbs_cover_the_margin() -> None:
    a = np.asarray(SCAN.held(LAYOUT.Page(), random.Random(6)), dtype=float)
    margin = np.concatenate([a[:, :60], a[:, -60:]], axis=1)
    skin = (margin > 100) & (margin < 200)
    assert skin.mean() > 0.02, "no thumb over the margin"


def test_a_laminate_has_bubbles_and_a_sealed_edge() -> None:
    page = LAYOUT.Page()
    a = np.asarray(SCAN.laminated(page, random.Random(5)), dtype=float)
    assert (a < 200).sum() > 500, "no bubble rims or pouch edge"
    assert np.median(a) > 230


def test_districts_follow_the_mergers_and_the_halves_hold_every_family() -> None:
    check_set_shape(H36, image_families=3)
    layouts = {(t % 2, H36.build.scan_layout(f, t)) for f in H36.build.SCANS for t in range(15)}
    assert len(layouts) == 2 * len(LAYOUT.LAYOUTS), "a half of a scan family misses a layout"
