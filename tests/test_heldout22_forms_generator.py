"""The twenty-second held-out generator (bench/heldout22_forms) draws what its truth says, on a seed other than the
held-out one (22083).

Text layers are read back with pdfplumber's words only, never with bilagor's extractor: every word of the truth's
title, labels and answers is on the pages and nothing else is but the page's furniture (running header, Dnr, page
numbers, stage marker, placeholder, bullets). Each family's own construction is checked where it shows in the file:
pango-view's cairo producer on A4 pages in its two fonts, a Type 3 font whose glyphs are image masks named by
/Differences without ToUnicode, pandoc's ODT through LibreOffice with the label beside or above the answer, EPS
pages placed by a wrapper and set by `ashow`, enscript's two columns on a landscape sheet. Image-only pages are read
by Tesseract: the words read must hold many of the words that set the truth apart from another form, and few of
those that set the other form apart; each scan's own construction (two pages turned a quarter on a 300 dpi sheet, a
photo wider than a page, a 1-bit fax of 204 × 196 dpi) is checked in the file. A family whose producer is missing
here (pango-view, pandoc, LibreOffice, Ghostscript, enscript, Tesseract: none is a project dependency) is skipped.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from forms_generator_checks import check_set_shape, generator, scan_family_read_back, text_family_read_back
from generator_truth_words import streams

SEED = 31
H22 = generator(22, SEED)


def _label_and_answer(page, truth: dict) -> tuple[dict, dict]:  # type: ignore[no-untyped-def]
    """The first word of the first answered section's label and of its answer, as pdfplumber places them."""
    words = page.extract_words(x_tolerance=1.2)
    first = next(s for s in truth["sections"] if s["text"] and s["label"].split()[0] != s["text"].split()[0])
    label = next(w for w in words if w["text"].rstrip(":") == first["label"].split()[0])
    answer = next(w for w in words if w["text"] == first["text"].split()[0] and w["top"] >= label["top"] - 1)
    return label, answer


def test_pango_view_sets_pages_through_cairo(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for turn, (path, truth) in enumerate(text_family_read_back(H22, "pango_view", tmp_path)):
        with pdfplumber.open(path) as pdf:
            assert "cairo" in str(pdf.metadata.get("Producer", ""))
            assert all(round(page.height) == 842 for page in pdf.pages), "a page not A4 high"
            fonts = {c["fontname"].split("+")[-1] for page in pdf.pages for c in page.chars}
            label, answer = _label_and_answer(pdf.pages[0], truth)
        assert any(("Serif" if turn % 2 == 0 else "Sans") in f for f in fonts), fonts
        if turn % 2 == 0:  # run in: the answer goes on after the label on its line, or on the next
            assert answer["top"] < label["bottom"] + 16
        else:  # above: the answer starts on a line below the label
            assert answer["top"] > label["bottom"]


def test_type3_glyphs_are_image_masks_named_by_differences(tmp_path: Path) -> None:
    for turn, (path, _) in enumerate(text_family_read_back(H22, "type3_bitmap", tmp_path)):
        data = path.read_bytes()
        content = b"".join(streams(path))
        assert b"/Subtype /Type3" in data and b"/Differences" in data and b"/ToUnicode" not in data
        assert b"/adieresis" in data or b"/aring" in data or b"/odieresis" in data, "no Swedish glyph named"
        assert content.count(b"BI /IM true") >= 20, "the glyphs are not image masks"
        assert b" d1\n" in content
        if turn % 2 == 1:  # a word a Td, no space glyph
            assert b"( " not in content and b" )" not in content


def test_pandoc_odt_is_libreoffice_with_labels_beside_or_above(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for turn, (path, truth) in enumerate(text_family_read_back(H22, "pandoc_odt", tmp_path)):
        with pdfplumber.open(path) as pdf:
            assert "LibreOffice" in str(pdf.metadata.get("Producer", ""))
            label, answer = _label_and_answer(pdf.pages[0], truth)
        if turn % 2 == 0:  # a table row: the answer in the cell to the right, its top within the row
            assert answer["x0"] > label["x1"] and abs(answer["top"] - label["top"]) < 3
        elif truth["form_kind"] == "uppfoljning":  # a definition list: the answer below, indented
            assert answer["top"] > label["bottom"] and answer["x0"] > label["x0"] + 5


def test_eps_pages_are_placed_and_set_by_ashow(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for path, _ in text_family_read_back(H22, "eps_ashow", tmp_path):
        with pdfplumber.open(path) as pdf:
            assert "Ghostscript" in str(pdf.metadata.get("Producer", ""))
            page = pdf.pages[0]
            chars = [c for c in page.chars if c["text"].strip()]
            # the wrapper's scale below 1: every glyph smaller than the layout's smallest size (8.5 pt)
            assert min(c["size"] for c in chars) < 8.5 * 0.975
            # ashow's spacing: within a word, letters further apart than their widths
            gaps = [b["x0"] - a["x1"] for a, b in zip(chars, chars[1:]) if 0 < b["x0"] - a["x0"] < 10]
            assert sorted(gaps)[len(gaps) // 2] > 0.05


def test_enscript_sets_courier_on_a_landscape_sheet_with_labels_run_in_or_above(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for turn, (path, truth) in enumerate(text_family_read_back(H22, "enscript_columns", tmp_path)):
        with pdfplumber.open(path) as pdf:
            page = pdf.pages[0]
            fonts = {c["fontname"].split("+")[-1] for c in page.chars}
            words = [w["text"] for p in pdf.pages for w in p.extract_words(x_tolerance=1.2)]
            bullets = [c for p in pdf.pages for c in p.chars if c["text"] == "•"]
        assert all("Courier" in f for f in fonts), fonts
        assert page.width > page.height, "not landscape"
        # odd turns underline each label with a row of dashes; even turns run the label in with a colon
        assert any(re.fullmatch(r"-{5,}", w) for w in words) == (turn % 2 == 1)
        if any("•" in s["text"] for s in truth["sections"]):
            assert bullets, "no bullet glyph: enscript's vector was not mended"


@pytest.mark.parametrize("family", ["quarter_2up", "woodgrain_photo", "fax_streaks"])
def test_scans_are_images_that_read_as_their_truth(family: str, tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    # loose: pages at A5 turned a quarter, a photo, a skewed fax with streaks
    files = scan_family_read_back(H22, family, tmp_path, 0.45)
    with pdfplumber.open(files[0][0]) as pdf:
        page, image = pdf.pages[0], pdf.pages[0].images[0]
        if family == "quarter_2up":  # a portrait sheet at 300 dpi, grey
            assert page.height > page.width and abs(image["srcsize"][0] / page.width * 72 - 300) < 2
        elif family == "woodgrain_photo":  # the table round the sheet: the photo wider and taller than A4
            assert page.width > 640 and page.height > 900
        else:  # 1 bit, 204 dots across to 196 rows an inch
            assert image["bits"] == 1
            assert abs(image["srcsize"][0] / image["width"] * 72 - 204) < 2
            assert abs(image["srcsize"][1] / image["height"] * 72 - 196) < 2


def test_districts_follow_the_mergers_and_the_halves_hold_every_family() -> None:
    check_set_shape(H22, image_families=3)
