"""The fifteenth held-out generator (bench/heldout15_forms) draws what its truth says, on a seed other than the
held-out one (15083).

Text layers are read back with pdfplumber's words only (a tight x tolerance: the glyph-by-glyph family and gropdf
put no space glyph between words), never with bilagor's extractor: every word of the truth's title, labels and
answers is on the pages, and nothing else is but the page's furniture (running header, Dnr, footer, stage marker,
placeholder, bullets) and, for `hidden_ink`, its hidden phrases, each of which must be hidden in its own way.
Image-only pages are read by Tesseract: the words read must hold many of the words that set the truth apart from
another form, and few of those that set the other form apart. A family whose producer is missing here (chromium, groff, Ghostscript, tesseract: none is a project
dependency) is skipped.
"""

from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "heldout15_forms"
sys.path.insert(0, str(BENCH))
SEED = 6


from generator_truth_words import (  # noqa: E402
    check_halves,
    check_read_back,
    check_truths,
    check_words,
    load_module,
    ocr_words,
    pdf_words,
    tokens,
    truth_tokens,
)

h15_build = load_module("h15_build", BENCH / "build.py")
import h15_content  # noqa: E402
import h15_hidden  # noqa: E402


def built(family: str, tmp_path: Path, turns: int = 2) -> list[tuple[Path, dict]]:
    from generator_truth_words import built as build_family

    return build_family(h15_build, family, tmp_path, SEED, turns)


def field_values(path: Path) -> dict[str, str]:
    """The AcroForm's fields: name -> /V (a text string, or a radio group's chosen name)."""
    pdfplumber = pytest.importorskip("pdfplumber")
    from pdfminer.psparser import PSLiteral
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    values = {}
    with pdfplumber.open(path) as pdf:
        for ref in resolve1(resolve1(pdf.doc.catalog["AcroForm"])["Fields"]):
            field = resolve1(ref)
            value = resolve1(field.get("V"))
            name = decode_text(field["T"])
            if isinstance(value, PSLiteral):
                values[name] = str(value.name)
            elif value is not None:
                values[name] = decode_text(value)
    return values


@pytest.mark.parametrize("family", ["chromium_css", "glyph_runs", "case_print"])
def test_text_families_draw_their_truth(family: str, tmp_path: Path) -> None:
    for path, truth in built(family, tmp_path):
        assert truth["layer"] == "text" and truth["variant"] == family
        got, pages = pdf_words(path)
        assert pages == truth["pages"]
        check_words(truth, got, path.name)


def test_glyph_runs_have_no_space_glyphs_and_one_positioning_a_glyph_or_syllable(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    import zlib

    for n, (path, _) in enumerate(built("glyph_runs", tmp_path)):
        with pdfplumber.open(path) as pdf:
            assert not any(c["text"] == " " for page in pdf.pages for c in page.chars)
            letters = sum(1 for page in pdf.pages for c in page.chars)
        stream = zlib.decompress(path.read_bytes().split(b"stream\n", 1)[1].split(b"\nendstream", 1)[0])
        moves = stream.count(b" Tm ") if n == 0 else stream.count(b" Td ")
        assert (moves >= letters * 0.6) if n == 0 else (letters / 4.5 < moves < letters)


def test_widgets_hold_the_answers_and_the_page_only_the_labels(tmp_path: Path) -> None:
    (first, t1), (second, t2) = built("acro_widgets", tmp_path)
    for path, truth in ((first, t1), (second, t2)):
        assert truth["layer"] == "fields"
        page, pages = pdf_words(path)
        assert pages == truth["pages"]
        values = field_values(path)
        check_words(truth, page + tokens(" ".join(v for k, v in values.items() if k != "redovisning")), path.name)
        longest = max((s["text"] for s in truth["sections"]), key=len)
        assert " ".join(tokens(longest)) not in " ".join(page)
        if truth["stage"] and truth["appendix"]:
            assert values["redovisning"] == truth["stage"].capitalize()
    data1, data2 = first.read_bytes(), second.read_bytes()
    assert b"/AP <<" in data1 and b"/NeedAppearances" not in data1
    assert b"/AP <<" not in data2 and b"/NeedAppearances true" in data2


def test_hidden_ink_is_on_the_layer_but_hidden_each_its_own_way(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    hidden = {t for phrase in h15_hidden.HIDDEN for t in tokens(phrase)}
    for path, truth in built("hidden_ink", tmp_path):
        got, pages = pdf_words(path)
        assert pages == truth["pages"]
        check_words(truth, got, path.name, hidden)
        assert hidden & (set(got) - set(truth_tokens(truth))), "no hidden phrase in the text layer"
        with pdfplumber.open(path) as pdf:
            first = pdf.pages[0]
            phrases = [c for c in first.chars if c["text"].strip()]
            assert any(c.get("non_stroking_color") in ((1, 1, 1), [1, 1, 1], (1.0, 1.0, 1.0)) for c in phrases)
            assert any(c["x1"] <= first.cropbox[0] for c in phrases), "no text outside the crop box"
            white_boxes = [
                r for r in first.rects if r["fill"] and r.get("non_stroking_color") in ((1, 1, 1), [1, 1, 1])
            ]
            assert any(
                box["x0"] <= c["x0"]
                and c["x1"] <= box["x1"]
                and box["top"] <= c["top"]
                and c["bottom"] <= box["bottom"]
                for box in white_boxes
                for c in phrases
            ), "no text under a white box"
        data = path.read_bytes()
        assert b"/Type /OCMD" in data and b"/P /AllOff" in data


@pytest.mark.parametrize("family", ["fax_fine", "speckle_copy", "curl_photo"])
def test_scans_are_images_that_read_as_their_truth(family: str, tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    if not shutil.which("tesseract"):
        pytest.skip("tesseract missing")
    [(path, truth)] = built(family, tmp_path, turns=1)
    assert truth["layer"] == "image"
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == truth["pages"]
        assert all(not page.chars and len(page.images) == 1 for page in pdf.pages)
    other = h15_content.make_form(random.Random(1), "traffic" if truth["form_kind"] == "ansokan" else "a7")
    # loose: the photo's curved lines and the 98 dpi fax lose words; another form's own words must not be there
    check_read_back(ocr_words(path), truth, other.truth("x", "y", "z"), path.name, 0.4)


def test_districts_follow_the_mergers_and_the_halves_hold_every_family() -> None:
    check_truths(h15_content.make_form)
    score = load_module("h15_score", BENCH / "score.py")
    check_halves(h15_build, score.TURN, "h15")
