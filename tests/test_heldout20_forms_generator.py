"""The twentieth held-out generator (bench/heldout20_forms) draws what its truth says, on a seed other than the
held-out one (20083).

Text layers are read back with pdfplumber's words only, never with bilagor's extractor: every word of the truth's
title, labels and answers is on the pages and nothing else is but the page's furniture (running header, Dnr, page
numbers, stage marker, placeholder, bullets). Each family's own construction is checked where it shows in the file:
groff's boxes, a bare CFF font with codes of its own and no ToUnicode, two CSS columns side by side, a form whose
fields qpdf flattened into the page, CairoSVG's words without a space character. Image-only pages are read by
Tesseract: the words read must hold many of the words that set the truth apart from another form, and few of those
that set the other form apart. A family whose producer is missing here (groff, Chromium, qpdf, CairoSVG, img2pdf,
Tesseract: none is a project dependency) is skipped.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from forms_generator_checks import check_set_shape, generator, scan_family_read_back, text_family_read_back
from generator_truth_words import streams

SEED = 23
H20 = generator(20, SEED)


def test_ms_boxed_draws_every_section_in_a_box(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for turn, (path, truth) in enumerate(text_family_read_back(H20, "ms_boxed", tmp_path)):
        with pdfplumber.open(path) as pdf:
            assert "groff" in str(pdf.metadata.get("Creator", "")) + str(pdf.metadata.get("Producer", ""))
            page = pdf.pages[0]
            words = page.extract_words(x_tolerance=1.2)
            edges = page.edges
        first = next(s for s in truth["sections"] if s["text"])
        label = next(w for w in words if w["text"] == first["label"].split()[0])
        answer = next(w for w in words if w["text"] == first["text"].split()[0] and w["top"] >= label["top"] - 1)
        if turn % 2 == 0:  # beside: the answer's first word on the label's line, to its right
            assert abs(answer["top"] - label["top"]) < 2 and answer["x0"] > label["x1"]
        else:  # above: the answer on a line below the label
            assert answer["top"] > label["bottom"]
        boxed = [e for e in edges if e["orientation"] == "h" and e["x0"] < label["x0"] and e["x1"] > answer["x1"]]
        assert len(boxed) >= 2, "the sections are not boxed"


def test_cff_font_has_codes_of_its_own_and_no_to_unicode(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for turn, (path, _) in enumerate(text_family_read_back(H20, "cff_scrambled", tmp_path)):
        data = path.read_bytes()
        assert b"/ToUnicode" not in data and data.count(b"/Subtype /Type1C") == 2
        differences = re.findall(rb"/Differences \[1 ([^\]]*)\]", data)
        assert len(differences) == 2
        assert (b"/space" in differences[0]) == (turn % 2 == 0), "space glyphs on the wrong turn"
        with pdfplumber.open(path) as pdf:
            first = pdf.pages[0].chars[0]["text"]
        # code 1 is the first glyph drawn (the title's "B"): the codes are not the characters' own
        assert first == "B" and b"/B" in [d.split()[0] for d in differences]


def test_css_columns_set_text_side_by_side(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for path, _ in text_family_read_back(H20, "css_columns", tmp_path):
        with pdfplumber.open(path) as pdf:
            page = pdf.pages[0]
            middle = page.width / 2
            words = page.extract_words(x_tolerance=1.2)
        left = [w for w in words if w["x1"] < middle and w["top"] > 120]
        right = [w for w in words if w["x0"] > middle and w["top"] > 120]
        assert left and right, "not two columns"
        assert min(w["top"] for w in right) < max(w["top"] for w in left), "the columns do not stand side by side"
        crossing = [w["text"] for w in words if w["x0"] < middle < w["x1"] and w["top"] > 130]
        assert not crossing, f"words across the gutter: {crossing[:5]}"


def test_qpdf_flattened_form_has_no_fields_left(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for path, _ in text_family_read_back(H20, "qpdf_flattened", tmp_path):
        with pdfplumber.open(path) as pdf:
            assert "AcroForm" not in pdf.doc.catalog
            assert all(not page.annots for page in pdf.pages)
        content = b"".join(streams(path))
        assert b"/Tx BMC" in content, "no flattened field appearance"


def test_cairosvg_words_have_no_space_characters(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for path, _ in text_family_read_back(H20, "cairosvg_words", tmp_path):
        with pdfplumber.open(path) as pdf:
            chars = [c for page in pdf.pages for c in page.chars]
        assert chars and all(c["text"].strip() for c in chars), "a space character"
        assert {c["fontname"].split("+")[-1] for c in chars} <= {"LiberationSans", "LiberationSans-Bold"}


@pytest.mark.parametrize("family", ["date_stamp", "thermal_streaks", "four_a6"])
def test_scans_are_images_that_read_as_their_truth(family: str, tmp_path: Path) -> None:
    pytest.importorskip("pdfplumber")
    # loose: a stamp hides words, the thermal print has streaks through its letters, A6 print is small
    files = scan_family_read_back(H20, family, tmp_path, 0.45)
    if family == "thermal_streaks":
        import pdfplumber

        with pdfplumber.open(files[0][0]) as pdf:
            assert all(image["bits"] == 1 for page in pdf.pages for image in page.images), "not a 1-bit print"


def test_districts_follow_the_mergers_and_the_halves_hold_every_family() -> None:
    check_set_shape(H20, image_families=3)
