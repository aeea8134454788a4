"""The twenty-first held-out generator (bench/heldout21_forms) draws what its truth says, on a seed other than the
held-out one (21083).

Text layers are read back with pdfplumber's words only, never with bilagor's extractor: every word of the truth's
title, labels and answers is on the pages and nothing else is but the page's furniture (running header, Dnr, page
numbers, stage marker, placeholder, bullets). Each family's own construction is checked where it shows in the file:
mom's producer and its label beside or above the answer, Type 42 fonts reaching the PDF as TrueType, a PDF/A file
by LibreOffice, text drawn only in render mode 3 over clipped outlines, Type 1 fonts by dvips. Image-only pages are
read by Tesseract: the words read must hold many of the words that set the truth apart from another form, and few
of those that set the other form apart; each scan's own construction (a photo wider than a page, three cells on a
wide sheet, a 1-bit fax of 204 × 98 dpi) is checked in the file. A family whose producer is missing here (groff,
Ghostscript, LibreOffice, LaTeX, fontTools, Tesseract: none is a project dependency) is skipped.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from forms_generator_checks import check_set_shape, generator, scan_family_read_back, text_family_read_back
from generator_truth_words import streams

SEED = 29
H21 = generator(21, SEED)


def _first_label_and_answer(page, truth: dict) -> tuple[dict, dict]:  # type: ignore[no-untyped-def]
    """The first word of the first answered section's label and of its answer, as pdfplumber places them."""
    words = page.extract_words(x_tolerance=1.2)
    first = next(s for s in truth["sections"] if s["text"])
    label = next(w for w in words if w["text"].rstrip(":") == first["label"].split()[0])
    answer = next(w for w in words if w["text"] == first["text"].split()[0] and w["top"] >= label["top"] - 1)
    return label, answer


def test_mom_runs_labels_in_or_sets_them_above(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for turn, (path, truth) in enumerate(text_family_read_back(H21, "mom_runin", tmp_path)):
        with pdfplumber.open(path) as pdf:
            assert "groff" in str(pdf.metadata.get("Creator", "")) + str(pdf.metadata.get("Producer", ""))
            label, answer = _first_label_and_answer(pdf.pages[0], truth)
        if turn % 2 == 0:  # run in: the label ends with a colon and the answer goes on on its line
            assert label["text"].endswith(":") or ":" in pdf_line_text(path, label)
            assert abs(answer["top"] - label["top"]) < 2 and answer["x0"] > label["x1"]
        else:  # above: the answer starts on a line below the label, at the same left edge
            assert answer["top"] > label["bottom"] and abs(answer["x0"] - label["x0"]) < 2


def pdf_line_text(path: Path, word: dict) -> str:
    """The text of the first page's line that `word` is on."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        words = pdf.pages[0].extract_words(x_tolerance=1.2)
    return " ".join(w["text"] for w in words if abs(w["top"] - word["top"]) < 2)


def test_type42_fonts_reach_the_pdf_as_truetype(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for path, _ in text_family_read_back(H21, "type42_ps", tmp_path):
        with pdfplumber.open(path) as pdf:
            assert "Ghostscript" in str(pdf.metadata.get("Producer", ""))
            fonts = {c["fontname"].split("+")[-1] for page in pdf.pages for c in page.chars}
        assert fonts <= {"LSR", "LSB"} and "LSR" in fonts, fonts
        data = b"".join(streams(path)) + path.read_bytes()
        assert b"/FontFile2" in data, "the Type 42 font did not become an embedded TrueType font"


def test_pdfa_fodt_is_pdfa_by_libreoffice_with_labels_beside_or_above(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for turn, (path, truth) in enumerate(text_family_read_back(H21, "pdfa_fodt", tmp_path)):
        with pdfplumber.open(path) as pdf:
            assert "LibreOffice" in str(pdf.metadata.get("Producer", ""))
            label, answer = _first_label_and_answer(pdf.pages[0], truth)
        assert b"pdfaid:part" in path.read_bytes() or any(b"pdfaid:part" in s for s in streams(path))
        if turn % 2 == 0:  # beside: the answer's first word to the right of the label, its top within the row
            assert answer["x0"] > label["x1"] and abs(answer["top"] - label["top"]) < 14
        else:
            assert answer["top"] > label["bottom"] or truth["form_kind"] == "ansokan"  # a grid puts pairs beside


def test_clip_outlines_draw_ink_only_through_outlines(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for path, _ in text_family_read_back(H21, "clip_outlines", tmp_path):
        content = b"".join(streams(path))
        assert b"\nW n\n" in content and b" re f\n" in content, "no clip of outlines filled"
        shown = re.findall(rb"(\d) Tr ", content)
        assert shown and set(shown) == {b"3"}, "a text run not in render mode 3 (invisible)"
        with pdfplumber.open(path) as pdf:
            assert all(page.chars for page in pdf.pages)


def test_dvips_latex_fonts_are_type1_by_dvips(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for turn, (path, truth) in enumerate(text_family_read_back(H21, "dvips_latex", tmp_path)):
        data = b"".join(streams(path)) + path.read_bytes()
        assert b"dvips" in data.lower() or b"Ghostscript" in data
        assert b"/FontFile3" in data or b"/FontFile " in data, "no Type 1 font program"
        with pdfplumber.open(path) as pdf:
            label, answer = _first_label_and_answer(pdf.pages[0], truth)
        if turn % 2 == 0:  # the label hangs to the left, the answer's first line beside it
            assert answer["x0"] > label["x1"] and abs(answer["top"] - label["top"]) < 3
        else:
            assert answer["top"] > label["bottom"]


@pytest.mark.parametrize("family", ["tablecloth_photo", "three_across", "fax_jitter"])
def test_scans_are_images_that_read_as_their_truth(family: str, tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    # loose: a photo at an angle, pages at half size, a fax with rows lost
    files = scan_family_read_back(H21, family, tmp_path, 0.45)
    with pdfplumber.open(files[0][0]) as pdf:
        page, image = pdf.pages[0], pdf.pages[0].images[0]
        if family == "tablecloth_photo":  # the sheet lies on the cloth: the photo is wider and taller than A4
            assert page.width > 700 and page.height > 1000
        elif family == "three_across":  # a sheet wider than twice its height
            assert page.width > 2 * page.height
        else:  # 1 bit, 204 dots across to 98 rows an inch
            assert image["bits"] == 1
            assert abs(image["srcsize"][0] / image["width"] * 72 - 204) < 2
            assert abs(image["srcsize"][1] / image["height"] * 72 - 98) < 2


def test_districts_follow_the_mergers_and_the_halves_hold_every_family() -> None:
    check_set_shape(H21, image_families=3)
