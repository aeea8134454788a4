"""The sixteenth held-out generator (bench/heldout16_forms) draws what its truth says, on a seed other than the
held-out one (16083).

Text layers are read back with pdfplumber's words only, never with bilagor's extractor: every word of the truth's
title, labels and answers is on the pages (or, for `field_tree`, in its fields' values), and nothing else is but
the page's furniture (running header, Dnr, footer, print line, stage marker, placeholder, bullets, rules of
characters). Each family's own construction is checked where it shows in the file: answers in form XObjects and
words set backwards, values only in parent fields without appearances, comb fields, a list box or check boxes,
image tiles, a quarter-turned image under /Rotate. Image-only pages are read by Tesseract: the words read must hold
many of the words that set the truth apart from another form, and few of those that set the other form apart. A
family whose producer is missing here (rsvg-convert, enscript, ps2pdf, chromium, tesseract: none is a project
dependency) is skipped.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path

import pytest


from forms_generator_checks import (
    generator,
    check_set_shape,
    scan_family_read_back,
    text_family_read_back,
)
from generator_truth_words import check_words, pdf_words, tokens

SEED = 7
H16 = generator(16, SEED)
h16_build = H16.build

import h16_fields  # noqa: E402


@pytest.mark.parametrize("family", ["svg_rsvg", "xobject_answers", "line_printer", "css_controls"])
def test_text_families_draw_their_truth(family: str, tmp_path: Path) -> None:
    assert text_family_read_back(H16, family, tmp_path)


def form_streams(path: Path) -> list[bytes]:
    """The decoded streams of the file's form XObjects (the hand-written writer puts one object on each line)."""
    data = path.read_bytes()
    out = []
    for match in re.finditer(rb"/Subtype /Form[^\n]*>>\nstream\n", data):
        length = int(re.search(rb"/Length (\d+)", data[data.rfind(b"obj", 0, match.start()) : match.end()]).group(1))
        out.append(zlib.decompress(data[match.end() : match.end() + length]))
    return out


def test_answers_are_separate_xobjects_and_odd_turns_set_words_backwards(tmp_path: Path) -> None:
    (forward, t1), (backward, t2) = H16.built("xobject_answers", tmp_path)
    for path, truth, backwards in ((forward, t1, False), (backward, t2, True)):
        streams = form_streams(path)
        answered = [s for s in truth["sections"] if s["text"]]
        assert len(streams) >= len(answered), "fewer form XObjects than answers"
        steps = [float(dx) for s in streams for dx in re.findall(rb"\n(-?[\d.]+) 0\.00 Td", s)]
        assert any(dx < 0 for dx in steps) == backwards, "words set backwards on the wrong turn"
        drawn_by_pages = set(tokens(" ".join(page_texts(path))))
        longest = set(tokens(max(answered, key=lambda s: len(s["text"]))["text"]))
        assert len(longest & drawn_by_pages) < 0.3 * len(longest), "the page stream draws an answer"


def page_texts(path: Path) -> list[str]:
    """The strings the pages' own content streams show (not their XObjects')."""
    data = path.read_bytes()
    out = []
    for number in re.findall(rb"/Contents (\d+) 0 R", data):
        body = data[data.index(b"\n" + number + b" 0 obj\n") + 1 :]
        length = int(re.search(rb"/Length (\d+)", body).group(1))
        begin = body.index(b"stream\n") + 7
        stream = zlib.decompress(body[begin : begin + length])
        out += [m.decode("cp1252") for m in re.findall(rb"\((.*?)\) Tj", stream)]
    return out


def field_values(path: Path) -> dict[str, object]:
    """The AcroForm's terminal fields by full name: a text or choice field's /V as text, a button's state name;
    with its flags, /MaxLen and kind as inherited from its parents."""
    pdfplumber = pytest.importorskip("pdfplumber")
    from pdfminer.pdftypes import resolve1
    from pdfminer.psparser import PSLiteral
    from pdfminer.utils import decode_text

    out: dict[str, object] = {}

    def walk(refs: list, prefix: str, inherited: dict) -> None:
        for ref in refs:
            field = resolve1(ref)
            name = prefix + (decode_text(field["T"]) if "T" in field else "")
            here = {**inherited, **{k: resolve1(field[k]) for k in ("FT", "Ff", "MaxLen", "V", "AP") if k in field}}
            kids = resolve1(field.get("Kids", []))
            named = [k for k in kids if "T" in resolve1(k)]
            if named:
                walk(named, name + ".", here)
                continue
            value = here.get("V")
            shown = str(value.name) if isinstance(value, PSLiteral) else decode_text(value) if value else ""
            has_ap = "AP" in here or any("AP" in resolve1(k) for k in kids)
            out[name] = {
                "value": shown,
                "kind": str(here["FT"].name),
                "flags": here.get("Ff", 0),
                "maxlen": here.get("MaxLen"),
                "ap": has_ap,
            }

    with pdfplumber.open(path) as pdf:
        walk(resolve1(resolve1(pdf.doc.catalog["AcroForm"])["Fields"]), "", {})
    return out


def test_field_tree_holds_the_answers_in_inherited_values(tmp_path: Path) -> None:
    for turn, (path, truth) in enumerate(H16.built("field_tree", tmp_path)):
        assert truth["layer"] == "fields"
        page, pages = pdf_words(path)
        assert pages == truth["pages"]
        fields = field_values(path)
        texts = (
            [
                f["value"]
                for f in fields.values()
                if f["kind"] in ("Tx", "Ch") and f["value"] != truth["stage"].capitalize()
            ]
            if truth["stage"]
            else [f["value"] for f in fields.values() if f["kind"] in ("Tx", "Ch")]
        )
        check_words(truth, page + tokens(" ".join(texts)), path.name)
        longest = max((s["text"] for s in truth["sections"]), key=len)
        assert " ".join(tokens(longest)) not in " ".join(page), "an answer is in the page text"
        assert all(f["ap"] == (turn % 2 == 1) for f in fields.values() if f["kind"] == "Tx")
        assert b"/NeedAppearances" not in path.read_bytes()
        if truth["form_kind"] == "ansokan":
            phone = fields["telefon"]
            assert phone["flags"] & h16_fields.COMB and phone["maxlen"] == len(phone["value"])
            assert fields["sokande_namnd"]["kind"] == "Ch" and not fields["sokande_namnd"]["flags"]
        if truth["stage"] and truth["appendix"]:
            if turn % 2 == 0:
                assert fields["redovisning"]["value"] == truth["stage"].capitalize()
            else:
                assert fields[truth["stage"]]["value"] == "Yes"
                other = ({"slutredovisning", "delredovisning"} - {truth["stage"]}).pop()
                assert fields[other]["value"] == "Off"


@pytest.mark.parametrize("family", ["tile_mosaic", "carbon_turned", "fluoro_phone"])
def test_scans_are_images_that_read_as_their_truth(family: str, tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    # loose: moiré, a faint carbon and JPEG lose words; the mosaic's page is many tiles
    tiled = family == "tile_mosaic"
    [(path, _)] = scan_family_read_back(H16, family, tmp_path, 0.5, images_per_page=None if tiled else 1)
    with pdfplumber.open(path) as pdf:
        if tiled:
            assert all(len(page.images) >= 12 for page in pdf.pages), "a mosaic page of fewer than 12 tiles"
        if family == "carbon_turned":
            assert all(page.rotation in (90, 270) for page in pdf.pages)
    document = pytest.importorskip("pypdfium2").PdfDocument(path)
    thumbs = [document[i].render(scale=0.1).to_pil() for i in range(len(document))]  # /Rotate applied
    assert all(t.height > t.width for t in thumbs), "a page does not show upright"


def test_districts_follow_the_mergers_and_the_halves_hold_every_family() -> None:
    assert h16_build.TURN == 8
    check_set_shape(H16)
