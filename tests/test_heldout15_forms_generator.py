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

import json
import random
import re
import shutil
import sys
from collections import Counter
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "heldout15_forms"
sys.path.insert(0, str(BENCH))
SEED = 6


from generator_truth_words import load_module, tokens, truth_tokens  # noqa: E402

h15_build = load_module("h15_build", BENCH / "build.py")
import h15_content  # noqa: E402
import h15_hidden  # noqa: E402
from layout_scoring import in_turn_half  # noqa: E402

FURNITURE = {
    "bilaga",
    "dnr",
    "sida",
    "av",
    "trafikkontoret",
    "utskrift",
    "slutredovisning",
    "delredovisning",
    "klicka",
    "här",
    "för",
    "att",
    "ange",
    "text",
    "•",
}


def is_furniture(word: str, truth: dict) -> bool:
    return word in FURNITURE or word in tokens(truth["title"]) or bool(re.fullmatch(r"[\d.:()]+", word))


def pdf_words(path: Path) -> tuple[list[str], int]:
    pdfplumber = pytest.importorskip("pdfplumber")
    with pdfplumber.open(path) as pdf:
        found = [w["text"] for page in pdf.pages for w in page.extract_words(x_tolerance=1.2)]
        return tokens(" ".join(found)), len(pdf.pages)


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


def built(family: str, tmp_path: Path, turns: int = 2) -> list[tuple[Path, dict]]:
    if not h15_build.NEEDS[family]():
        pytest.skip(f"{family}: its producer is not installed")
    index = list(h15_build.FAMILIES).index(family)
    paths = h15_build.build(tmp_path, SEED, index + h15_build.TURN * (turns - 1) + 1, [family])
    assert len(paths) == turns
    return [(p, json.loads(p.with_name(p.stem + ".truth.json").read_text(encoding="utf-8"))) for p in paths]


def check_words(truth: dict, got: list[str], name: str, hidden: set[str] = frozenset()) -> None:
    want = truth_tokens(truth)
    missing = want - Counter(got)
    assert not missing, f"{name}: truth words not on the page: {sorted(missing)[:12]}"
    extra = [w for w in (Counter(got) - want) if not is_furniture(w, truth) and w not in hidden]
    assert not extra, f"{name}: words on the page the truth does not hold: {extra[:12]}"


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


def distinct_recall(said: set[str], truth: dict, other: dict) -> float:
    """The share of `truth`'s words that `other` does not hold which are among the words read (the two forms
    share the template's labels and many sentences, so only the words that tell them apart count)."""
    distinct = set(truth_tokens(truth)) - set(truth_tokens(other))
    return len(said & distinct) / len(distinct)


@pytest.mark.parametrize("family", ["fax_fine", "speckle_copy", "curl_photo"])
def test_scans_are_images_that_read_as_their_truth(family: str, tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    pdfium = pytest.importorskip("pypdfium2")
    if not shutil.which("tesseract"):
        pytest.skip("tesseract missing")
    [(path, truth)] = built(family, tmp_path, turns=1)
    assert truth["layer"] == "image"
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == truth["pages"]
        assert all(not page.chars and len(page.images) == 1 for page in pdf.pages)
    from PIL import Image

    document = pdfium.PdfDocument(path)
    pages = [document[i].render(scale=300 / 72).to_pil().convert("L") for i in range(len(document))]
    sheet = Image.new("L", (max(p.width for p in pages), sum(p.height for p in pages)), 255)
    y = 0
    for page in pages:
        sheet.paste(page, (0, y))
        y += page.height
    import pytesseract

    said = set(tokens(pytesseract.image_to_string(sheet, lang="swe")))
    other = h15_content.make_form(random.Random(1), "traffic" if truth["form_kind"] == "ansokan" else "a7")
    other_truth = other.truth("x", "y", "z")
    own, foreign = distinct_recall(said, truth, other_truth), distinct_recall(said, other_truth, truth)
    # loose: the photo's curved lines and the 98 dpi fax lose words; another form's own words must not be there
    assert own >= 0.4, f"{path.name}: only {own:.2f} of the truth's own words read back"
    assert foreign <= 0.15 and foreign < own - 0.3, f"{path.name}: another form's words read back ({foreign:.2f})"


def test_districts_follow_the_mergers_and_the_halves_hold_every_family() -> None:
    merged_away = {"Hägersten-Liljeholmen", "Älvsjö", "Rinkeby-Kista", "Spånga-Tensta", "Norrmalm", "Östermalm"}
    for n in range(300):
        form = h15_content.make_form(random.Random(n))
        truth = form.truth("x", "y", "z")
        assert form.year not in (2020, 2023)
        if form.year > 2023:
            assert truth["district"] not in merged_away
        if form.year > 2020:
            assert truth["district"] not in ("Hägersten-Liljeholmen", "Älvsjö")
        assert "\u00a0" not in json.dumps(truth, ensure_ascii=False)
        if form.form_kind == "ansokan":
            assert truth["location"] is None and truth["stage"] is None
            assert truth["project"] == truth["sections"][0]["text"]
        elif form.appendix:
            assert truth["location"] == truth["sections"][1]["text"]
            assert truth["stage"] in ("slutredovisning", "delredovisning")
    score = load_module("h15_score", BENCH / "score.py")
    names = [Path(f"h15-{n:03d}-{list(h15_build.FAMILIES)[n % h15_build.TURN]}.pdf") for n in range(120)]
    for half in ("dev", "keep"):
        chosen = [p for p in names if in_turn_half(p, half, score.TURN)]
        assert {p.stem.split("-", 2)[2] for p in chosen} == set(h15_build.FAMILIES)
        assert len(chosen) == (56 if half == "dev" else 64)
