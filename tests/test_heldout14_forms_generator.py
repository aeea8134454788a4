"""The fourteenth held-out generator (bench/heldout14_forms) draws what its truth says, on a seed other than the
held-out one (14083).

Text layers are read back with pdfplumber's words only (a tight x tolerance: LuaTeX and the kerned family put no
space glyph between words), never with bilagor's extractor: every word of the truth's title, labels and answers is
on the pages, and nothing else is but the page's furniture (running header, Dnr, footer, crest, stage marker,
placeholder, bullets). A family whose producer is missing here (fop, lualatex, abiword, tiff2pdf, Ghostscript:
none is a project dependency) is skipped.
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

BENCH = Path(__file__).resolve().parents[1] / "bench" / "heldout14_forms"
sys.path.insert(0, str(BENCH))
SEED = 5
LIBERATION = Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")

from generator_truth_words import load_module, tokens, truth_tokens  # noqa: E402

h14_build = load_module("h14_build", BENCH / "build.py")
import h14_content  # noqa: E402
from layout_scoring import in_turn_half  # noqa: E402

FURNITURE = {
    "bilaga",
    "dnr",
    "sida",
    "av",
    "stockholms",
    "stad",
    "trafikkontoret",
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
    return word in FURNITURE or word in tokens(truth["title"]) or bool(re.fullmatch(r"[\d.]+", word))


def pdf_words(path: Path, annotations: bool = False) -> tuple[list[str], int]:
    pdfplumber = pytest.importorskip("pdfplumber")
    with pdfplumber.open(path) as pdf:
        found = [w["text"] for page in pdf.pages for w in page.extract_words(x_tolerance=1.2)]
        if annotations:
            found += [a["contents"] or "" for page in pdf.pages for a in page.annots]
        return tokens(" ".join(found)), len(pdf.pages)


def built(family: str, tmp_path: Path, turns: int = 2) -> list[tuple[Path, dict]]:
    if not h14_build.NEEDS[family]() or not shutil.which("gs"):
        pytest.skip(f"{family}: its producer is not installed")
    index = list(h14_build.FAMILIES).index(family)
    paths = h14_build.build(tmp_path, SEED, index + h14_build.TURN * (turns - 1) + 1, [family])
    assert len(paths) == turns
    return [(p, json.loads(p.with_name(p.stem + ".truth.json").read_text(encoding="utf-8"))) for p in paths]


def check_words(path: Path, truth: dict, annotations: bool = False, hidden: set[str] = frozenset()) -> None:
    got, pages = pdf_words(path, annotations)
    assert pages == truth["pages"]
    want = truth_tokens(truth)
    missing = want - Counter(got)
    assert not missing, f"{path.name}: truth words not on the page: {sorted(missing)[:12]}"
    extra = [w for w in (Counter(got) - want) if not is_furniture(w, truth) and w not in hidden]
    assert not extra, f"{path.name}: words on the page the truth does not hold: {extra[:12]}"


@pytest.mark.parametrize("family", ["fop_table", "lua_fontspec", "abiword_rtf"])
def test_text_families_draw_their_truth(family: str, tmp_path: Path) -> None:
    for path, truth in built(family, tmp_path):
        assert truth["layer"] == "text" and truth["variant"] == family
        check_words(path, truth)


def test_typewriter_answers_in_annotations_or_appended_text(tmp_path: Path) -> None:
    (first, t1), (second, t2) = built("typewriter_fill", tmp_path)
    assert (t1["layer"], t2["layer"]) == ("annotations", "text")
    check_words(first, t1, annotations=True)
    check_words(second, t2)
    # the annotated file's page text is the blank form: no answer sentence is in it
    blank, _ = pdf_words(first)
    long_answer = max((s["text"] for s in t1["sections"]), key=len)
    assert " ".join(tokens(long_answer)) not in " ".join(blank)
    # the appended answers came in an incremental update over the blank form
    data = second.read_bytes()
    assert data.count(b"startxref") == 2 and b"/Prev" in data


@pytest.mark.skipif(not LIBERATION.exists(), reason="Liberation Sans (the kerned family's metrics) missing")
def test_kerned_lines_have_no_spaces_and_guidance_is_in_a_hidden_layer(tmp_path: Path) -> None:
    import h14_raw

    pdfplumber = pytest.importorskip("pdfplumber")
    for n in range(3):
        rng = random.Random(SEED * 100 + n)
        form = h14_content.make_form(rng, ("f5", "a5b", "traffic")[n])
        path = tmp_path / f"k{n}.pdf"
        pages = h14_raw.render(form, rng, path)
        truth = form.truth("tj_layers", "positioned-text", "text") | {"pages": pages}
        hidden = {t for g in h14_raw.GUIDANCE.values() for t in tokens("Anvisning: " + g)}
        check_words(path, truth, hidden=hidden)
        with pdfplumber.open(path) as pdf:
            assert not any(c["text"] == " " for page in pdf.pages for c in page.chars)
            from pdfminer.pdftypes import resolve1

            off = resolve1(resolve1(resolve1(pdf.doc.catalog["OCProperties"])["D"])["OFF"])
            assert len(off) == 1
        assert b"/OC /oc1 BDC" in __import__("zlib").decompress(
            path.read_bytes().split(b"stream\n", 1)[1].split(b"\nendstream", 1)[0]
        )


@pytest.mark.parametrize("family", ["tiff_dither", "halftone_scan", "colour_scan"])
def test_scans_are_images_only(family: str, tmp_path: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    for path, truth in built(family, tmp_path, turns=1):
        assert truth["layer"] == "image"
        with pdfplumber.open(path) as pdf:
            assert len(pdf.pages) == truth["pages"]
            assert all(not page.chars and len(page.images) == 1 for page in pdf.pages)


def test_districts_follow_the_mergers_and_the_halves_hold_every_family() -> None:
    merged_away = {"Hägersten-Liljeholmen", "Älvsjö", "Rinkeby-Kista", "Spånga-Tensta", "Norrmalm", "Östermalm"}
    for n in range(300):
        form = h14_content.make_form(random.Random(n))
        truth = form.truth("x", "y", "z")
        assert form.year not in (2020, 2023)
        if form.year > 2023:
            assert truth["district"] not in merged_away
        if form.year > 2020:
            assert truth["district"] not in ("Hägersten-Liljeholmen", "Älvsjö")
        assert truth["district_today"] in h14_content.district_today(truth["district"])
        if form.form_kind == "ansokan":
            assert truth["location"] is None and truth["stage"] is None
            assert truth["project"] == truth["sections"][0]["text"]
        elif form.appendix:
            assert truth["location"] == truth["sections"][1]["text"] and truth["stage"] in (
                "slutredovisning",
                "delredovisning",
            )
    score = load_module("h14_score", BENCH / "score.py")
    names = [Path(f"h14-{n:03d}-{list(h14_build.FAMILIES)[n % h14_build.TURN]}.pdf") for n in range(120)]
    for half in ("dev", "keep"):
        chosen = [p for p in names if in_turn_half(p, half, score.TURN)]
        assert {p.stem.split("-", 2)[2] for p in chosen} == set(h14_build.FAMILIES)
        assert len(chosen) == 56 if half == "dev" else len(chosen) == 64
