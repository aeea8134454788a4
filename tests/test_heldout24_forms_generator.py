"""The twenty-fourth held-out generator (bench/heldout24_forms) draws what its truth says, on a seed other than the
held-out one (24083).

Text layers are read back with pdfplumber's words only, never with bilagor's extractor: every word of the truth's
title, labels and answers is on the pages and nothing else is but the page's furniture (running header, Dnr, page
numbers, stage marker, placeholder, bullets; Qt's letterhead sidebar). Each family's own construction is checked
where it shows in the file: HTMLDOC's producer and its own Sans or Serif faces with a tinted row behind the first label and its
answer beside it (even turns) or the label underlined above its answer (odd); libharu's answers on ruled lines with
the smaller label under its answer; Qt's sidebar of address lines left of the form and the answers beside their
labels; pdfmake's tiny caption above its answer inside one drawn cell; dompdf's "Label:" run in with its answer on
the same line. Image-only pages are read by Tesseract: the words read must hold many of the words that set the
truth apart from another form, and few of those that set the other form apart; each scan's own construction (colour
200 dpi with a glare band, 1-bit 200 dpi, grey 240 dpi cut at the left) is checked in the file. A family whose
producer is missing here (htmldoc, gcc with libhpdf, the system's PyQt5, node with pdfmake, php with dompdf,
Tesseract: none is a project dependency) is skipped.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from forms_generator_checks import check_set_shape, generator, scan_family_read_back, text_family_read_back

SEED = 41
H24 = generator(24, SEED)
SIDEBAR = frozenset(
    {"stockholms", "stad", "stadsdelsförvaltning", "postadress", "box", "stockholm", "telefon", "växel", "stockholm.se"}
    | {w.lower() for d in H24.content.PLACES for w in d.split("-")}
    | {"järva", "norra", "innerstaden", "hägersten", "älvsjö"}
)


def _first_answered(truth: dict) -> dict:
    return next(s for s in truth["sections"] if s["text"] and s["label"].split()[0] != s["text"].split()[0])


def _label_and_answer(page, truth: dict, after: str = "") -> tuple[dict, dict]:  # type: ignore[no-untyped-def]
    """The first word of the first answered section's label and of its answer, as pdfplumber places them."""
    words = page.extract_words(x_tolerance=1.2)
    first = _first_answered(truth)
    label = next(w for w in words if w["text"].rstrip(":") == first["label"].split()[0].rstrip(":"))
    answer = next(w for w in words if w["text"] == first["text"].split()[0] and w["top"] >= label["top"] - 1 - 40)
    return label, answer


def _producer(pdf) -> str:  # type: ignore[no-untyped-def]
    return str(pdf.metadata.get("Producer", ""))


def test_htmldoc_tints_every_other_row_or_underlines_the_label(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for turn, (path, truth) in enumerate(text_family_read_back(H24, "htmldoc_table", tmp_path)):
        with pdfplumber.open(path) as pdf:
            assert "htmldoc" in _producer(pdf)
            page = pdf.pages[0]
            fonts = {c["fontname"] for p in pdf.pages for c in p.chars}
            label, answer = _label_and_answer(page, truth)
            shapes = page.rects + page.lines
        assert {"Sans", "Sans-Bold"} & fonts or {"Serif", "Serif-Bold"} & fonts, fonts  # HTMLDOC's own faces
        if turn % 2 == 0:  # beside its answer, a tinted row behind the first section
            assert answer["x0"] > label["x1"] + 20 and abs(answer["top"] - label["top"]) < 2
            assert any(r["top"] <= label["top"] <= r["bottom"] and r["x0"] < label["x0"] for r in page.rects)
        else:  # above its answer, underlined
            assert answer["top"] > label["bottom"]
            assert any(abs(s["top"] - label["bottom"]) < 4 and s["x0"] <= label["x0"] + 1 for s in shapes)


def test_haru_types_answers_on_rules_over_a_smaller_caption(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for turn, (path, truth) in enumerate(text_family_read_back(H24, "haru_caption", tmp_path)):
        with pdfplumber.open(path) as pdf:
            assert "Haru" in _producer(pdf)
            page = pdf.pages[0]
            fonts = {c["fontname"].split("+")[-1] for c in page.chars}
            first = _first_answered(truth)
            words = page.extract_words(x_tolerance=1.2)
            answer = next(w for w in words if w["text"] == first["text"].split()[0])
            caption = next(w for w in words if w["text"] == first["label"].split()[0] and w["top"] > answer["bottom"])
            size = {w["text"]: c["size"] for w in (answer, caption) for c in page.chars if c["x0"] == w["x0"]}
            rules = [ln for ln in page.lines if answer["bottom"] - 3 <= ln["top"] <= caption["top"] + 1]
        assert any("Serif" in f for f in fonts) == (turn % 2 == 1), fonts
        assert size[caption["text"]] < size[answer["text"]] - 1
        assert rules, "no rule between the answer and its caption"


def test_qt_puts_a_letterhead_sidebar_beside_the_form(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for path, truth in text_family_read_back(H24, "qt_sidebar", tmp_path, hidden=SIDEBAR):
        with pdfplumber.open(path) as pdf:
            assert "Qt" in _producer(pdf)
            page = pdf.pages[0]
            words = page.extract_words(x_tolerance=1.2)
            side = {w["text"] for w in words if w["x1"] < 132}
            body = [w for w in words if 70 < w["top"] < page.height - 70 and w["x1"] >= 132]
            beside = truth["form_kind"] != "ansokan"  # an application's short fields are the grid of pairs
            section = next(s for s in truth["sections"] if s["text"] and (beside or s["key"] == "beskrivning"))
            label = next(w for w in words if w["text"] == section["label"].split()[0] and w["x0"] > 132)
            answer = next(w for w in words if w["text"] == section["text"].split()[0] and w["top"] >= label["top"] - 1)
        assert {"Postadress", "stockholm.se"} <= side
        assert min(w["x0"] for w in body) > 140
        assert answer["x0"] > label["x1"] and abs(answer["top"] - label["top"]) < 2


def test_pdfmake_puts_a_tiny_caption_in_the_corner_of_its_answers_cell(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for path, truth in text_family_read_back(H24, "pdfmake_cells", tmp_path):
        with pdfplumber.open(path) as pdf:
            assert "pdfmake" in _producer(pdf)
            page = pdf.pages[0]
            label, answer = _label_and_answer(page, truth)
            label_size = next(c["size"] for c in page.chars if c["x0"] == label["x0"] and c["top"] == label["top"])
            answer_size = next(c["size"] for c in page.chars if c["x0"] == answer["x0"] and c["top"] == answer["top"])
            edges = page.lines + page.rects
            left = [e for e in edges if abs(e["x0"] - e["x1"]) < 1 and e["x0"] < label["x0"] < e["x0"] + 8]
            between = [
                e for e in edges if abs(e["top"] - e["bottom"]) < 1 and label["bottom"] < e["top"] < answer["top"]
            ]
        assert label_size < answer_size - 2 and answer["top"] > label["bottom"]
        assert left and not between, "caption and answer are not in one cell"


def test_dompdf_runs_the_label_in_before_its_answer(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for turn, (path, truth) in enumerate(text_family_read_back(H24, "dompdf_inline", tmp_path)):
        with pdfplumber.open(path) as pdf:
            assert "dompdf" in _producer(pdf)
            page = pdf.pages[0]
            words = page.extract_words(x_tolerance=1.2)
            grid = truth["form_kind"] == "ansokan" and turn % 2 == 1
            section = next(s for s in truth["sections"] if s["text"] and (not grid or s["key"] == "beskrivning"))
            last = section["label"].split()[-1] + ":"
            label = next(w for w in words if w["text"] == last)
            answer = next(w for w in words if w["text"] == section["text"].split()[0] and w["x0"] > label["x1"])
        assert abs(answer["top"] - label["top"]) < 2 and answer["x0"] - label["x1"] < 12


@pytest.mark.parametrize("family", ["sleeve_glare", "jbig2_symbols", "edge_cropped"])
def test_scans_are_images_that_read_as_their_truth(family: str, tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    files = scan_family_read_back(H24, family, tmp_path, 0.5)  # loose: glare, swapped glyphs, a cut edge
    with pdfplumber.open(files[0][0]) as pdf:
        page, image = pdf.pages[0], pdf.pages[0].images[0]
        dpi = image["srcsize"][0] / page.width * 72
        assert abs(dpi - (240 if family == "edge_cropped" else 200)) < 2
        assert ("RGB" in str(image["colorspace"])) == (family == "sleeve_glare"), image["colorspace"]
        assert (image["bits"] == 1) == (family == "jbig2_symbols"), image["bits"]


def test_the_jbig2_coder_puts_look_alike_glyphs_in_one_class() -> None:
    scan = pytest.importorskip("h24_scan")
    coder = scan._Coder(0.1)
    assert coder.symbol("l", True, 28) == "l" and coder.symbol("I", True, 28) == "l"  # 5 % apart in bold at 28 px
    assert coder.symbol("o", False, 28) == "o" and coder.symbol("e", False, 28) == "e"  # 24 % apart: two classes


def test_districts_follow_the_mergers_and_the_halves_hold_every_family() -> None:
    check_set_shape(H24, image_families=3)
