"""The seventeenth held-out generator (bench/heldout17_forms) draws what its truth says, on a seed other than the
held-out one (17083).

Text layers are read back with pdfplumber's words only, never with bilagor's extractor: every word of the truth's
title, labels and answers is on the pages (or, for `radio_rich_fields`, in its fields' values), and nothing else is
but the page's furniture (running header, Dnr, footer, stage marker, placeholder, bullets). Each family's own
construction is checked where it shows in the file: TeX's fonts and raw path rules, LibreOffice as the producer of
a .docx, a content stream out of reading order and soft hyphens with an empty /ActualText, hex and UTF-16 field
values, rich text, a radio group with export values and a combo box whose value is an export code, Chromium's
read-only inputs. Image-only pages are read by Tesseract: the words read must hold many of the words that set the
truth apart from another form, and few of those that set the other form apart. A family whose producer is missing
here (pdftex, soffice, chromium, tesseract: none is a project dependency) is skipped.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest


from forms_generator_checks import (
    generator,
    check_set_shape,
    scan_family_read_back,
    text_family_read_back,
)
from generator_truth_words import check_words, pdf_words, streams, tokens, truth_tokens

SEED = 11
H17 = generator(17, SEED)
h17_build = H17.build


def producer(path: Path) -> str:
    pdfplumber = pytest.importorskip("pdfplumber")
    with pdfplumber.open(path) as pdf:
        return str(pdf.metadata.get("Producer", "")) + " " + str(pdf.metadata.get("Creator", ""))


@pytest.mark.parametrize("family", ["pdftex_plain", "docx_tabs", "css_areas_dl"])
def test_text_families_draw_their_truth(family: str, tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for path, _ in text_family_read_back(H17, family, tmp_path):
        made_by = producer(path)
        expected = {"pdftex_plain": "pdfTeX", "docx_tabs": "LibreOffice", "css_areas_dl": "Skia"}[family]
        assert expected in made_by, made_by
        if family == "pdftex_plain":
            with pdfplumber.open(path) as pdf:
                assert all("LMRoman" in c["fontname"] for c in pdf.pages[0].chars), "not all in Latin Modern"
            assert any(b" 0.35 G 0 -3 m " in s for s in streams(path)), "no rule drawn by \\pdfliteral"


def rejoined(words: list[str], truth: dict) -> list[str]:
    """`words` with each pair of fragments a soft hyphen split (the first half not a truth word, the two together one)
    joined again, wherever the second half is (a label may come between them in reading order)."""
    want = truth_tokens(truth)
    have = Counter(words)
    out = list(words)
    for head in [w for w in words if have[w] > want.get(w, 0)]:
        for tail in [w for w in out if w != head]:
            joined = head + tail
            if want.get(joined, 0) > Counter(out)[joined] and head in out and tail in out:
                out.remove(head)
                out.remove(tail)
                out.append(joined)
                break
    return out


def test_scrambled_order_draws_its_truth_out_of_order_with_soft_hyphens(tmp_path: Path) -> None:
    for turn, (path, truth) in enumerate(H17.built("scrambled_order", tmp_path)):
        got, pages = pdf_words(path)
        assert pages == truth["pages"]
        hyphens = sum(s.count(b"/Span << /ActualText () >> BDC (\xad) Tj EMC") for s in streams(path))
        assert (hyphens > 0) == (turn % 2 == 1), "soft hyphens on the wrong turn"
        check_words(truth, rejoined(got, truth) if hyphens else got, path.name)
        first_page = max(streams(path), key=len)
        ys = [float(y) for y in re.findall(rb" ([\d.]+) Tm ", first_page)]
        assert ys[: len(ys) // 3] == sorted(ys[: len(ys) // 3]), "the answers are not drawn from the foot up"


def field_values(path: Path) -> dict[str, dict]:
    """The AcroForm's fields by name: value as shown (a combo box's code looked up in its /Opt, a radio state's
    index in /Opt), the raw /V bytes, flags and rich text."""
    pdfplumber = pytest.importorskip("pdfplumber")
    from pdfminer.pdftypes import resolve1
    from pdfminer.psparser import PSLiteral
    from pdfminer.utils import decode_text

    out = {}
    with pdfplumber.open(path) as pdf:
        for ref in resolve1(resolve1(pdf.doc.catalog["AcroForm"])["Fields"]):
            field = resolve1(ref)
            value = field.get("V")
            opt = [resolve1(o) for o in resolve1(field.get("Opt", []))]
            if isinstance(value, PSLiteral):
                shown = decode_text(opt[int(value.name)]) if opt else str(value.name)
            elif opt and isinstance(opt[0], list):
                shown = decode_text(dict((bytes(c), bytes(n)) for c, n in opt)[value])
            else:
                shown = decode_text(value) if value else ""
            rich = field.get("RV")
            out[decode_text(field["T"])] = {
                "value": shown,
                "raw": value,
                "flags": field.get("Ff", 0),
                "rich": decode_text(rich) if rich else None,
                "kind": str(field["FT"].name),
            }
    return out


def test_radio_rich_fields_hold_the_answers_in_hex_values(tmp_path: Path) -> None:
    h17_fields = sys.modules["h17_fields"]
    for turn, (path, truth) in enumerate(H17.built("radio_rich_fields", tmp_path, turns=3)):
        assert truth["layer"] == "fields"
        page, pages = pdf_words(path)
        assert pages == truth["pages"]
        fields = field_values(path)
        texts = [f["value"] for name, f in fields.items() if name != "redovisning"]
        check_words(truth, page + tokens(" ".join(texts)), path.name)
        longest = max((s["text"] for s in truth["sections"]), key=len)
        assert " ".join(tokens(longest)) not in " ".join(page), "an answer is in the page text"
        data = path.read_bytes()
        assert b"/NeedAppearances true" in data and b"/V <" in data
        assert (b"/V <FEFF" in data) == (turn % 2 == 1), "UTF-16 values on the wrong turn"
        for s in truth["sections"]:
            if s["key"] in fields and s["text"] and s["key"] != "sokande_namnd":
                assert " ".join(fields[s["key"]]["value"].split()) == s["text"]
                if fields[s["key"]]["rich"]:
                    assert fields[s["key"]]["flags"] & h17_fields.RICH and "<p>" in fields[s["key"]]["rich"]
        if truth["stage"] and truth["appendix"]:
            stage = fields["redovisning"]
            assert stage["value"] == truth["stage"].capitalize() and stage["flags"] & h17_fields.RADIO
            assert stage["raw"].name in ("0", "1")
        if truth["form_kind"] == "ansokan":
            committee = fields["sokande_namnd"]
            assert committee["value"] == truth["sections"][2]["text"] and committee["raw"].startswith(b"SDN")


@pytest.mark.parametrize("family", ["show_through", "trifold", "mobile_app"])
def test_scans_are_images_that_read_as_their_truth(family: str, tmp_path: Path) -> None:
    # loose: fold shadows, show-through and over-sharpening lose words
    scan_family_read_back(H17, family, tmp_path, 0.5)


def test_districts_follow_the_mergers_and_the_halves_hold_every_family() -> None:
    assert h17_build.TURN == 8
    check_set_shape(H17)
