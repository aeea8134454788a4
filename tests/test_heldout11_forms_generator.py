"""The eleventh held-out forms generator draws what its truth says (read back with pdfplumber's words only).

Runs on a seed other than the held-out one; a family whose producer is not installed is skipped. The generator's
modules are loaded from their files under names of their own (h11_*), so the earlier generators' `build` and
`content` modules cannot stand in for them.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
import unicodedata
from pathlib import Path

import pdfplumber
import pytest
from layout_scoring import CORE_FIELDS, Scores

_BUILD = Path(__file__).resolve().parents[1] / "bench" / "heldout11_forms" / "build.py"
SEED = 7  # not the held-out set's


def _module():
    if "h11_build" not in sys.modules:
        spec = importlib.util.spec_from_file_location("h11_build", _BUILD)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules["h11_build"] = module
        spec.loader.exec_module(module)
    return sys.modules["h11_build"]


def _build(tmp_path: Path, family: str) -> list[tuple[Path, dict]]:
    build = _module()
    if not build.NEEDS[family]():
        pytest.skip(f"{family}: producer not installed")
    paths = build.build(tmp_path, SEED, len(build.FAMILIES), [family])
    assert len(paths) == 1
    return [(p, json.loads(p.with_name(p.stem + ".truth.json").read_text(encoding="utf-8"))) for p in paths]


def _tokens(path: Path) -> list[str]:
    """The PDF's words (ligatures unfolded); a word broken at a line-end hyphen also joined with each of the next nine.
    pdfTeX writes no space glyphs and sets words closer than pdfplumber's default 3 pt apart: a tighter tolerance."""
    with pdfplumber.open(path) as pdf:
        words = [
            unicodedata.normalize("NFKC", w["text"]) for page in pdf.pages for w in page.extract_words(x_tolerance=1.5)
        ]
    tokens = []
    for i, word in enumerate(words):
        if word.endswith("-"):  # its rest may come after words of the label column
            tokens.extend(word[:-1] + rest for rest in words[i + 1 : i + 10])
        tokens.append(word)
    return tokens


def _in_order(needle: list[str], hay: list[str]) -> bool:
    it = iter(hay)
    return all(any(w == h for h in it) for w in needle)


@pytest.mark.parametrize("family", ["tex_table", "tex_headings", "mupdf_story", "mupdf_cards"])
def test_text_layer_holds_title_and_every_section_text(tmp_path: Path, family: str) -> None:
    if family.startswith("tex"):
        if shutil.which("pdflatex") is None:
            pytest.skip("pdflatex not installed")
    else:
        pytest.importorskip("pymupdf")
    for path, truth in _build(tmp_path, family):
        tokens = _tokens(path)
        assert _in_order(truth["title"].split(), tokens), (path.name, truth["title"])
        for section in truth["sections"]:
            text = section["text"] or "Klicka här för att ange text."
            assert _in_order(text.split(), tokens), (path.name, section["key"], text[:80])
        with pdfplumber.open(path) as pdf:
            assert len(pdf.pages) == truth["pages"]


def test_type3_form_reads_as_no_text_of_its_truth(tmp_path: Path) -> None:
    """The page draws glyphs, yet its text layer holds none of the title's words."""
    for path, truth in _build(tmp_path, "type3_soup"):
        with pdfplumber.open(path) as pdf:
            assert len(pdf.pages) == truth["pages"]
            chars = [c["text"] for page in pdf.pages for c in page.chars]
            words = {w["text"] for page in pdf.pages for w in page.extract_words()}
        drawn = sum(len(s["text"].replace(" ", "")) for s in truth["sections"])
        assert len(chars) > drawn  # every answer drawn (labels, title and header besides)
        assert not set(truth["title"].split()) & words
        assert "Bilaga" not in "".join(chars) and "Klicka" not in "".join(chars)


@pytest.mark.parametrize("family", ["book_scan", "pen_scan"])
def test_scans_are_image_only(tmp_path: Path, family: str) -> None:
    pytest.importorskip("pymupdf")
    for path, truth in _build(tmp_path, family):
        with pdfplumber.open(path) as pdf:
            assert len(pdf.pages) == truth["pages"]
            for page in pdf.pages:
                assert not page.chars and len(page.images) == 1
                if family == "book_scan":
                    assert page.width > page.height  # two pages to a landscape sheet


def test_mixed_forms_have_a_page_without_text(tmp_path: Path) -> None:
    pytest.importorskip("pymupdf")
    for path, truth in _build(tmp_path, "mixed_pages"):
        with pdfplumber.open(path) as pdf:
            assert len(pdf.pages) == truth["pages"]
            has_text = [bool(page.chars) for page in pdf.pages]
        assert any(has_text) and not all(has_text), (path.name, truth["mixed"])
        if truth["mixed"].startswith("scanned page"):
            assert not has_text[int(truth["mixed"].split()[-1]) - 1]
        else:
            assert not has_text[-1]


def test_truth_sidecars_hold_what_the_scorer_reads(tmp_path: Path) -> None:
    path, truth = _build(tmp_path, "type3_soup")[0]
    assert {*CORE_FIELDS, "sections", "variant", "producer", "layer"} <= truth.keys()
    scores = Scores()
    scores.add(path.name, truth, truth)
    assert scores.core == 1.0 and scores.section_recall == 1.0 and scores.sections_true == len(truth["sections"])
