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

import random
import re
import shutil
import sys
import zlib
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "heldout16_forms"
sys.path.insert(0, str(BENCH))
SEED = 7


from generator_truth_words import (  # noqa: E402
    check_halves,
    check_read_back,
    check_truths,
    check_words,
    load_module,
    ocr_words,
    pdf_words,
    tokens,
)

h16_build = load_module("h16_build", BENCH / "build.py")
import h16_content  # noqa: E402
import h16_fields  # noqa: E402


def built(family: str, tmp_path: Path, turns: int = 2) -> list[tuple[Path, dict]]:
    from generator_truth_words import built as build_family

    return build_family(h16_build, family, tmp_path, SEED, turns)


@pytest.mark.parametrize("family", ["svg_rsvg", "xobject_answers", "line_printer", "css_controls"])
def test_text_families_draw_their_truth(family: str, tmp_path: Path) -> None:
    for path, truth in built(family, tmp_path):
        assert truth["layer"] == "text" and truth["variant"] == family
        got, pages = pdf_words(path)
        assert pages == truth["pages"]
        check_words(truth, got, path.name)


def form_streams(path: Path) -> list[bytes]:
    """The decoded streams of the file's form XObjects (the hand-written writer puts one object on each line)."""
    data = path.read_bytes()
    out = []
    for match in re.finditer(rb"/Subtype /Form[^\n]*>>\nstream\n", data):
        length = int(re.search(rb"/Length (\d+)", data[data.rfind(b"obj", 0, match.start()) : match.end()]).group(1))
        out.append(zlib.decompress(data[match.end() : match.end() + length]))
    return out


def test_answers_are_separate_xobjects_and_odd_turns_set_words_backwards(tmp_path: Path) -> None:
    (forward, t1), (backward, t2) = built("xobject_answers", tmp_path)
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
    for turn, (path, truth) in enumerate(built("field_tree", tmp_path)):
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
    if not shutil.which("tesseract"):
        pytest.skip("tesseract missing")
    [(path, truth)] = built(family, tmp_path, turns=1)
    assert truth["layer"] == "image"
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == truth["pages"]
        assert all(not page.chars for page in pdf.pages)
        tiles = [len(page.images) for page in pdf.pages]
        assert all(n >= 12 for n in tiles) if family == "tile_mosaic" else all(n == 1 for n in tiles)
        if family == "carbon_turned":
            assert all(page.rotation in (90, 270) for page in pdf.pages)
    other = h16_content.make_form(random.Random(1), "traffic" if truth["form_kind"] == "ansokan" else "a7")
    # loose: moiré, a faint carbon and JPEG lose words; another form's own words must not be there
    check_read_back(ocr_words(path), truth, other.truth("x", "y", "z"), path.name, 0.5)
    document = pytest.importorskip("pypdfium2").PdfDocument(path)
    thumbs = [document[i].render(scale=0.1).to_pil() for i in range(len(document))]  # /Rotate applied
    assert all(t.height > t.width for t in thumbs), "a page does not show upright"


def test_districts_follow_the_mergers_and_the_halves_hold_every_family() -> None:
    check_truths(h16_content.make_form)
    score = load_module("h16_score", BENCH / "score.py")
    assert score.TURN == h16_build.TURN == 8
    check_halves(h16_build, score.TURN, "h16")
    assert sum(layer == "image" for _, layer in h16_build.FAMILIES.values()) == 3
