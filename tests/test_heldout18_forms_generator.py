"""The eighteenth held-out generator (bench/heldout18_forms) draws what its truth says, on a seed other than the
held-out one (18083).

Text layers are read back with pdfplumber's words only, never with bilagor's extractor: every word of the truth's
title, labels and answers is on the pages (or, for `kid_value_fields`, in its fields' values), and nothing else is
but the page's furniture (running header, Dnr, page numbers, stage marker, placeholder, bullets). Each family's own
construction is checked where it shows in the file: Chromium as the producer, a2ps's landscape sheets, the
mainframe report's fixed pitch in Courier, TJ arrays without a space glyph and /ActualText spans on odd turns, field
values only on kid widgets, comb fields and check boxes. Image-only pages are read by Tesseract: the words read must
hold many of the words that set the truth apart from another form, and few of those that set the other form apart.
A family whose producer is missing here (chromium, a2ps, ps2pdf, tesseract: none is a project dependency) is
skipped.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest


from forms_generator_checks import (
    generator,
    check_set_shape,
    scan_family_read_back,
    text_family_read_back,
)
from generator_truth_words import check_words, pdf_words, streams, tokens

SEED = 7
H18 = generator(18, SEED)
h18_build = H18.build


@pytest.mark.parametrize("family", ["fieldset_before", "a2ps_twoup", "tj_kerning", "mainframe_xshow"])
def test_text_families_draw_their_truth(family: str, tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for turn, (path, _) in enumerate(text_family_read_back(H18, family, tmp_path)):
        with pdfplumber.open(path) as pdf:
            made_by = str(pdf.metadata.get("Producer", ""))
            first = pdf.pages[0]
            fonts = {c["fontname"] for c in first.chars}
            wide = first.width > first.height
        if family == "fieldset_before":
            assert "Skia" in made_by, made_by
        if family in ("a2ps_twoup", "mainframe_xshow"):
            assert "Ghostscript" in made_by and wide, (made_by, wide)
        if family == "mainframe_xshow":
            assert all("Mono" in f or "Courier" in f for f in fonts), fonts
            xs = {round(c["x0"] - first.chars[0]["x0"], 1) % 4.44 for c in first.chars}
            assert all(min(x, 4.44 - x) < 0.1 for x in xs), "not on the fixed pitch"
        if family == "tj_kerning":
            content = b"".join(streams(path))
            arrays = re.findall(rb"\[(.*?)\] TJ", content)
            assert arrays and not re.search(rb"\) T[jJ] ET", content), "a line not drawn by one TJ array"
            assert not any(b" )" in a or b"( " in a for a in arrays), "a space glyph in a TJ array"
            assert any(int(n) <= -298 for a in arrays for n in re.findall(rb"(-\d+) \(", a)), "no wide gap"
            assert (b"/ActualText" in content) == (turn % 2 == 1), "/ActualText on the wrong turn"


def fields(path: Path) -> dict[str, dict]:
    """The AcroForm's fields by name: the field's own dictionary and its kids' values and flags."""
    pdfplumber = pytest.importorskip("pdfplumber")
    from pdfminer.pdftypes import resolve1
    from pdfminer.psparser import PSLiteral
    from pdfminer.utils import decode_text

    out = {}
    with pdfplumber.open(path) as pdf:
        for ref in resolve1(resolve1(pdf.doc.catalog["AcroForm"])["Fields"]):
            field = resolve1(ref)
            kids = [resolve1(k) for k in resolve1(field.get("Kids", []))]
            values = [k["V"] for k in kids if "V" in k]
            own = field.get("V")
            out[decode_text(field["T"])] = {
                "own": own.name if isinstance(own, PSLiteral) else own,
                "kid_values": [decode_text(v) for v in values],
                "kids": len(kids),
                "flags": field.get("Ff", 0),
                "max_len": field.get("MaxLen"),
                "kind": str(field["FT"].name),
            }
    return out


def test_kid_value_fields_hold_the_answers_on_their_kids(tmp_path: Path) -> None:
    h18_fields = sys.modules["h18_fields"]
    combs = 0
    for path, truth in H18.built("kid_value_fields", tmp_path, turns=3):
        assert truth["layer"] == "fields"
        page, pages = pdf_words(path)
        assert pages == truth["pages"]
        found = fields(path)
        texts = [v for f in found.values() if f["kind"] == "Tx" for v in f["kid_values"]]
        check_words(truth, page + tokens(" ".join(texts)), path.name)
        longest = max((s["text"] for s in truth["sections"]), key=len)
        assert " ".join(tokens(longest)) not in " ".join(page), "an answer is in the page text"
        for s in truth["sections"]:
            if not s["text"] and s["key"] not in found:
                continue  # an empty answer without Word's placeholder draws no field
            field = found[s["key"]]
            assert field["own"] is None and len(field["kid_values"]) <= 1, "a value on the field itself"
            if s["text"]:
                assert " ".join(field["kid_values"][0].split()) == s["text"]
            if field["flags"] & h18_fields.COMB:
                combs += 1
                assert len(s["text"]) <= field["max_len"] and field["kids"] == 1
        if truth["form_kind"] == "uppfoljning" and truth["appendix"]:  # a follow-up's stage: two check boxes
            boxes = {name: f["own"] for name, f in found.items() if f["kind"] == "Btn"}
            assert boxes == {
                "slutredovisning": "Ja" if truth["stage"] == "slutredovisning" else "Off",
                "delredovisning": "Ja" if truth["stage"] == "delredovisning" else "Off",
            }
    assert combs, "no comb field in three forms"


@pytest.mark.parametrize("family", ["thermal_fax", "stamp_tick", "microfilm"])
def test_scans_are_images_that_read_as_their_truth(family: str, tmp_path: Path) -> None:
    # loose: fading, grain, a stamp over an answer lose words; a positive and a negative print of the microfilm
    scan_family_read_back(H18, family, tmp_path, 0.5, turns=2 if family == "microfilm" else 1)


def test_districts_follow_the_mergers_and_the_halves_hold_every_family() -> None:
    assert h18_build.TURN == 8
    check_set_shape(H18)
