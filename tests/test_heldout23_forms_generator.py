"""The twenty-third held-out generator (bench/heldout23_forms) draws what its truth says, on a seed other than the
held-out one (23083).

Text layers are read back with pdfplumber's words only, never with bilagor's extractor: every word of the truth's
title, labels and answers is on the pages and nothing else is but the page's furniture (running header, Dnr, page
numbers, stage marker, placeholder, bullets; TCPDF's check boxes, PDFBox's column heads). Each family's own
construction is checked where it shows in the file: TCPDF's producer and CID fonts with the ticked box before the
form's stage, PDF::API2's core fonts with the answer at a tab stop or indented under its label, jsPDF's framed
answer boxes under smaller labels, PDFBox's numbered rows under a column-header row on every page, Prawn's subset
TrueType fonts and white labels on dark bands. Image-only pages are read by Tesseract: the words read must hold many
of the words that set the truth apart from another form, and few of those that set the other form apart; each
scan's own construction (a grey 200 dpi page, a colour 240 dpi page) is checked in the file. A family whose
producer is missing here (php with TCPDF, perl with PDF::API2, node with jsPDF, java with PDFBox, ruby with Prawn,
Tesseract: none is a project dependency) is skipped.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from forms_generator_checks import check_set_shape, generator, scan_family_read_back, text_family_read_back

SEED = 31
H23 = generator(23, SEED)
BOXES = frozenset({"☒", "☐"})
COLUMN_HEADS = frozenset({"nr", "uppgift", "svar", "rubrik", "beskrivning", "fråga"})


def _first_answered(truth: dict) -> dict:
    return next(s for s in truth["sections"] if s["text"] and s["label"].split()[0] != s["text"].split()[0])


def _label_and_answer(page, truth: dict) -> tuple[dict, dict]:  # type: ignore[no-untyped-def]
    """The first word of the first answered section's label and of its answer, as pdfplumber places them."""
    words = page.extract_words(x_tolerance=1.2)
    first = _first_answered(truth)
    label = next(w for w in words if w["text"].rstrip(":") == first["label"].split()[0].rstrip(":"))
    answer = next(w for w in words if w["text"] == first["text"].split()[0] and w["top"] >= label["top"] - 1)
    return label, answer


def test_tcpdf_prints_html_with_cid_fonts_and_ticks_the_stage(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    files = text_family_read_back(H23, "tcpdf_html", tmp_path, turns=4, hidden=BOXES)
    assert any(truth["stage"] and truth["appendix"] in ("5", "7") for _, truth in files), "no follow-up drawn"
    for path, truth in files:
        with pdfplumber.open(path) as pdf:
            assert "TCPDF" in str(pdf.metadata.get("Producer", ""))
            fonts = {c["fontname"].split("+")[-1] for p in pdf.pages for c in p.chars}
            text = " ".join(p.extract_text() for p in pdf.pages)
            label, answer = _label_and_answer(pdf.pages[0], truth)
        assert any("DejaVu" in f for f in fonts), fonts
        assert answer["x0"] > label["x1"], "the answer is not in the cell beside its label"
        if truth["appendix"] in ("5", "7"):  # a follow-up: its stage ticked, the other left open
            other = "Delredovisning" if truth["stage"] == "slutredovisning" else "Slutredovisning"
            assert f"☒ {truth['stage'].capitalize()}" in text and f"☐ {other}" in text
        else:
            assert "☒" not in text


def test_pdfapi2_places_answers_at_a_tab_stop_or_under_the_label(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for turn, (path, truth) in enumerate(text_family_read_back(H23, "pdfapi2_tabs", tmp_path)):
        with pdfplumber.open(path) as pdf:
            assert "PDF::API2" in str(pdf.metadata.get("Producer", ""))
            fonts = {c["fontname"] for p in pdf.pages for c in p.chars}
            label, answer = _label_and_answer(pdf.pages[0], truth)
            stops = {round(w["x0"]) for w in pdf.pages[0].extract_words(x_tolerance=1.2) if w["x0"] > 150}
        if turn % 2 == 0:  # Helvetica; the answer beside its label at the tab stop, on the label's line
            assert fonts <= {"Helvetica", "Helvetica-Bold"} and abs(answer["top"] - label["top"]) < 1
            assert round(answer["x0"]) in stops and answer["x0"] > label["x1"] + 5
        else:  # Times; the answer on a line below its label, indented
            assert fonts <= {"Times-Roman", "Times-Bold"}, fonts
            assert answer["top"] > label["bottom"] and answer["x0"] > label["x0"] + 10


def test_jspdf_frames_each_answer_under_a_smaller_label(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for path, truth in text_family_read_back(H23, "jspdf_boxes", tmp_path):
        with pdfplumber.open(path) as pdf:
            assert "jsPDF" in str(pdf.metadata.get("Producer", ""))
            page = pdf.pages[0]
            label, answer = _label_and_answer(page, truth)
            label_size = next(c["size"] for c in page.chars if c["x0"] == label["x0"] and c["top"] == label["top"])
            answer_size = next(c["size"] for c in page.chars if c["x0"] == answer["x0"] and c["top"] == answer["top"])
            around = [
                r for r in page.rects if r["x0"] < answer["x0"] < r["x1"] and r["top"] < answer["top"] < r["bottom"]
            ]
        assert label_size < answer_size - 1 and answer["top"] > label["bottom"]
        assert around, "the answer is not inside a box"
        assert not any(r["top"] < label["top"] < r["bottom"] and r["x0"] < label["x0"] < r["x1"] for r in around)


def test_pdfbox_numbers_the_rows_under_a_repeated_column_head(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for path, truth in text_family_read_back(H23, "pdfbox_numbered", tmp_path, hidden=COLUMN_HEADS):
        with pdfplumber.open(path) as pdf:
            assert "PDFBox" in str(pdf.metadata.get("Producer", ""))
            for page in pdf.pages:
                words = page.extract_words(x_tolerance=1.2)
                heads = [w for w in words if w["text"] == "Nr"]
                numbers = [
                    w for w in words if w["x0"] < 80 and 70 < w["top"] < page.height - 70 and w["text"].isdigit()
                ]
                assert len(heads) == 1, "no column head on the page"
                assert all(w["top"] > heads[0]["bottom"] for w in numbers), "a row number above the column head"
            label, answer = _label_and_answer(pdf.pages[0], truth)
            numbers = [w for w in pdf.pages[0].extract_words() if w["x1"] < label["x0"] and w["text"].isdigit()]
        assert [int(w["text"]) for w in numbers][:3] == [1, 2, 3]
        assert answer["x0"] > label["x1"] and abs(answer["top"] - label["top"]) < 1


def test_prawn_sets_labels_white_on_dark_bands_or_over_a_rule(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for turn, (path, truth) in enumerate(text_family_read_back(H23, "prawn_bands", tmp_path)):
        with pdfplumber.open(path) as pdf:
            page = pdf.pages[0]
            fonts = {c["fontname"].split("+")[-1] for c in page.chars}
            label, answer = _label_and_answer(page, truth)
            colour = next(c["non_stroking_color"] for c in page.chars if c["x0"] == label["x0"])
        assert any(("Serif" if turn % 2 == 0 else "DejaVuSans") in f for f in fonts), fonts
        assert answer["top"] > label["bottom"]
        if not truth["form_kind"] == "ansokan" or truth["sections"].index(_first_answered(truth)) >= 8:
            white = tuple(colour) in ((1,), (1, 1, 1), (1.0, 1.0, 1.0))
            assert white == (turn % 2 == 0), colour


@pytest.mark.parametrize("family", ["drum_ghost", "crumpled_scan", "kopia_watermark"])
def test_scans_are_images_that_read_as_their_truth(family: str, tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    # loose: ghosts of the print, creases, a watermark across the text
    files = scan_family_read_back(H23, family, tmp_path, 0.5)
    with pdfplumber.open(files[0][0]) as pdf:
        page, image = pdf.pages[0], pdf.pages[0].images[0]
        dpi = image["srcsize"][0] / page.width * 72
        assert abs(dpi - (240 if family == "crumpled_scan" else 200)) < 2
        colour = "RGB" in str(image["colorspace"])
        assert colour == (family == "crumpled_scan"), image["colorspace"]


def test_districts_follow_the_mergers_and_the_halves_hold_every_family() -> None:
    check_set_shape(H23, image_families=3)
