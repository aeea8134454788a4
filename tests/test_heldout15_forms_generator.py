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

from pathlib import Path

import pytest


from forms_generator_checks import (
    generator,
    check_set_shape,
    scan_family_read_back,
    text_family_read_back,
)
from generator_truth_words import check_words, pdf_words, tokens, truth_tokens

SEED = 6
H15 = generator(15, SEED)

import h15_hidden  # noqa: E402


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
    assert text_family_read_back(H15, family, tmp_path)


def test_glyph_runs_have_no_space_glyphs_and_one_positioning_a_glyph_or_syllable(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    import zlib

    for n, (path, _) in enumerate(H15.built("glyph_runs", tmp_path)):
        with pdfplumber.open(path) as pdf:
            assert not any(c["text"] == " " for page in pdf.pages for c in page.chars)
            letters = sum(1 for page in pdf.pages for c in page.chars)
        stream = zlib.decompress(path.read_bytes().split(b"stream\n", 1)[1].split(b"\nendstream", 1)[0])
        moves = stream.count(b" Tm ") if n == 0 else stream.count(b" Td ")
        assert (moves >= letters * 0.6) if n == 0 else (letters / 4.5 < moves < letters)


def test_widgets_hold_the_answers_and_the_page_only_the_labels(tmp_path: Path) -> None:
    (first, t1), (second, t2) = H15.built("acro_widgets", tmp_path)
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
    for path, truth in text_family_read_back(H15, "hidden_ink", tmp_path, hidden=hidden):
        got, _ = pdf_words(path)
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
    # loose: the photo's curved lines and the 98 dpi fax lose words
    scan_family_read_back(H15, family, tmp_path, 0.4)


def test_districts_follow_the_mergers_and_the_halves_hold_every_family() -> None:
    check_set_shape(H15)
