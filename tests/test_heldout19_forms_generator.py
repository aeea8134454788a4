"""The nineteenth held-out generator (bench/heldout19_forms) draws what its truth says, on a seed other than the
held-out one (19083).

Text layers are read back with pdfplumber's words only, never with bilagor's extractor: every word of the truth's
title, labels and answers is on the pages (or, for `inherited_fields`, in its fields' values), and nothing else is
but the page's furniture (running header, Dnr, page numbers, stage marker, placeholder, bullets). Each family's own
construction is checked where it shows in the file: the typewriter's Courier at a fixed pitch and underscores struck
over its labels, glyphs placed one by one out of reading order, qpdf's object streams and the incremental updates
that replace a draft answer still in the file, values inherited from a parent field or only in /V, a poor OCR layer
in render mode 3 with misread words over a page image. Image-only pages are read by Tesseract: the words read must
hold many of the words that set the truth apart from another form, and few of those that set the other form apart.
A family whose producer is missing here (qpdf, tesseract: neither is a project dependency) is skipped.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest

from forms_generator_checks import (
    check_set_shape,
    generator,
    scan_family_read_back,
    text_family_read_back,
)
from generator_truth_words import check_words, is_furniture, pdf_words, streams, tokens, truth_tokens

SEED = 11
H19 = generator(19, SEED)


def overstruck_words(path: Path) -> list[str]:
    """The page words with the typewriter's underscores taken out of them (they sit on the letters' positions)."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        found = [w["text"].replace("_", "") for page in pdf.pages for w in page.extract_words(x_tolerance=1.2)]
    return tokens(" ".join(found))


def test_typewriter_is_courier_at_a_pitch_with_struck_underlines(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for turn, (path, truth) in enumerate(H19.built("typewriter_overstrike", tmp_path)):
        assert truth["layer"] == "text"
        check_words(truth, overstruck_words(path), path.name)
        with pdfplumber.open(path) as pdf:
            assert len(pdf.pages) == truth["pages"]
            chars = pdf.pages[0].chars
        assert {c["fontname"] for c in chars} == {"Courier"}
        origin = min(c["x0"] for c in chars if c["text"] != "-")
        offsets = {round((c["x0"] - origin) / 6.0, 2) % 1 for c in chars if c["top"] > 100}
        assert offsets <= {0.0}, "a character off the typewriter's pitch"
        underscores = [c for c in chars if c["text"] == "_"]
        letters = {(round(c["x0"], 1), round(c["top"], 1)) for c in chars if c["text"].isalpha()}
        assert underscores, "no label underlined"
        struck = sum((round(c["x0"], 1), round(c["top"], 1)) in letters for c in underscores)
        assert struck >= 0.8 * len(underscores), "underscores not struck over letters"
        content = b"".join(streams(path))
        assert (b"600 (_)" in content) == (turn % 2 == 1), "backspace overstrike on the wrong turn"


def test_glyphs_are_placed_one_by_one_out_of_reading_order(tmp_path: Path) -> None:
    pytest.importorskip("pdfplumber")
    for turn, (path, truth) in enumerate(text_family_read_back(H19, "glyphs_shuffled", tmp_path)):
        content = b"".join(streams(path))
        shown = re.findall(rb"Tm \((\\.|[^)\\])\) Tj", content)
        assert shown and len(shown) == len(re.findall(rb" Tj", content)), "a string of more than one glyph"
        assert b"( )" not in content
        ys = [float(y) for y in re.findall(rb"1 0 0 1 [\d.]+ ([\d.]+) Tm", content)]
        falls = sum(b < a for a, b in zip(ys, ys[1:]))  # reading order goes down the page: y falls
        if turn % 2 == 1:  # from the foot up: y never falls but at a new page
            assert falls <= truth["pages"] - 1 + 0, falls
        else:
            assert 0.2 * len(ys) < falls < 0.8 * len(ys), "glyphs not in a random order"


def test_incremental_updates_replace_a_draft_answer(tmp_path: Path) -> None:
    pytest.importorskip("pdfplumber")
    h19_incremental = sys.modules["h19_incremental"]
    for turn, (path, _) in enumerate(text_family_read_back(H19, "incremental_update", tmp_path)):
        got, _ = pdf_words(path)
        data = path.read_bytes()
        assert b"/ObjStm" in data and b"/XRef" in data, "not rewritten into object streams"
        assert data.count(b"%%EOF") == 2 + turn % 2, "not one update (two on odd turns)"
        assert data.count(b"/Prev ") >= 1 + turn % 2
        drafts = [d for d in h19_incremental.DRAFTS if d.encode("cp1252") in b"".join(streams(path))]
        assert drafts, "the draft answer is not left in the file"
        assert not any(set(tokens(d)) <= set(got) for d in drafts), "a draft answer is still on the page"


def field_values(path: Path) -> list[dict]:
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    pdfplumber = pytest.importorskip("pdfplumber")
    out = []
    with pdfplumber.open(path) as pdf:
        acro = resolve1(pdf.doc.catalog["AcroForm"])
        for ref in resolve1(acro["Fields"]):
            field = resolve1(ref)
            kids = [resolve1(k) for k in resolve1(field["Kids"])]
            out.append(
                {
                    "name": decode_text(field["T"]),
                    "value": decode_text(field["V"]),
                    "kid_names": [k.get("T") for k in kids],
                    "kid_own": [("V" in k) or ("FT" in k) for k in kids],
                    "kid_shows": [k.get("AP") is not None for k in kids],
                    "need": acro.get("NeedAppearances", False),
                }
            )
    return out


def test_inherited_fields_hold_the_answers_on_the_parent_only(tmp_path: Path) -> None:
    for turn, (path, truth) in enumerate(H19.built("inherited_fields", tmp_path)):
        assert truth["layer"] == "fields"
        page, pages = pdf_words(path)
        assert pages == truth["pages"]
        found = field_values(path)
        check_words(truth, page + tokens(" ".join(f["value"] for f in found)), path.name)
        longest = max((s["text"] for s in truth["sections"]), key=len)
        assert " ".join(tokens(longest)) not in " ".join(page), "an answer is in the page text"
        by_name = {f["name"]: f for f in found}
        for s in truth["sections"]:
            if s["text"]:
                assert " ".join(by_name[s["key"]]["value"].split()) == s["text"]
        for f in found:
            assert not any(f["kid_own"]), "a kid holds its own /FT or /V"
            if turn % 2 == 0:
                assert f["kid_names"][0] == b"svar" and not any(f["kid_shows"])
            else:
                assert f["kid_names"] == [None] * len(f["kid_names"]) and all(f["kid_shows"]) and not f["need"]


def test_poor_ocr_sandwich_has_a_misreading_invisible_layer_over_a_scan(tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for path, truth in H19.built("poor_ocr_sandwich", tmp_path):
        assert truth["layer"] == "ocr"
        got, pages = pdf_words(path)
        assert pages == truth["pages"]
        with pdfplumber.open(path) as pdf:
            assert all(len(p.images) == 1 and p.images[0]["width"] > 590 for p in pdf.pages)
        want = truth_tokens(truth)
        found = sum((want & Counter(got)).values()) / sum(want.values())
        misread = [w for w in Counter(got) - want if not is_furniture(w, truth)]
        assert 0.6 <= found < 0.98 and misread, (found, misread[:5])
        content = b"".join(streams(path))
        assert b"3 Tr" in content and b"Tz" in content


@pytest.mark.parametrize("family", ["sticky_note", "a5_twoup", "diazo"])
def test_scans_are_images_that_read_as_their_truth(family: str, tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    # loose: a sticky note hides words, the A5 print is small, the blueprint is light on dark
    for path, _ in scan_family_read_back(H19, family, tmp_path, 0.5):
        if family == "a5_twoup":
            with pdfplumber.open(path) as pdf:
                assert all(page.width > page.height for page in pdf.pages)


def test_districts_follow_the_mergers_and_the_halves_hold_every_family() -> None:
    assert H19.build.TURN == 8
    check_set_shape(H19)
