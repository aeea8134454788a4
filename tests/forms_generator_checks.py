"""The checks the held-out forms generators' own tests share: build a family's first files on a seed of the test's
(a skip when the family's producer is missing), read them back (pdfplumber's words for a text layer, Tesseract for an
image-only page) and compare them with their truth sidecars; and the set's shape (districts after the mergers, each
half holding every family).

A test names its generator once (`Generator`) and calls these with the families it checks; what a family does of
its own (its producer, its fields, its streams) stays in the test. The word-level helpers are in
`generator_truth_words`.
"""

from __future__ import annotations

import importlib
import json
import random
import shutil
import sys
from collections.abc import Set
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
from generator_truth_words import (
    built,
    check_halves,
    check_read_back,
    check_truths,
    check_words,
    load_module,
    ocr_words,
    pdf_words,
)

BENCH = Path(__file__).resolve().parents[1] / "bench"

# The crest's name under the logo on the thirteenth and fourteenth generators' pages: furniture there.
CREST = frozenset({"stockholms", "stad"})


@dataclass(frozen=True)
class Generator:
    """A generator under test: its build module (FAMILIES, NEEDS or missing, build), its content module
    (make_form), the folder of its scripts, the seed the test builds on (never the held-out one), its files' name
    prefix, and programs every family needs that the build's own test of a producer does not ask for."""

    build: ModuleType
    content: ModuleType
    folder: Path
    seed: int
    prefix: str
    programs: tuple[str, ...] = ()

    def built(self, family: str, tmp_path: Path, turns: int = 2) -> list[tuple[Path, dict]]:
        """The first `turns` files of `family` with their truths; a skip when its producer is missing."""
        for program in self.programs:
            if not shutil.which(program):
                pytest.skip(f"{family}: {program} is not installed")
        return built(self.build, family, tmp_path, self.seed, turns)


def generator(number: int, seed: int, programs: tuple[str, ...] = ()) -> Generator:
    """The `number`th generator (bench/heldout<number>_forms) on `seed`: its folder put on the import path (its
    modules import each other by their own names, h<number>_*), its build.py loaded as h<number>_build (every
    generator has a build.py) and its h<number>_content imported."""
    folder = BENCH / f"heldout{number}_forms"
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
    prefix = f"h{number}"
    build = sys.modules.get(f"{prefix}_build") or load_module(f"{prefix}_build", folder / "build.py")
    sys.modules[f"{prefix}_build"] = build
    content = importlib.import_module(f"{prefix}_content")
    return Generator(build, content, folder, seed, prefix, programs)


def assert_drawn(path: Path, truth: dict, hidden: Set[str] = frozenset(), annotations: bool = False) -> None:
    """The file's text layer (with its annotations' contents if asked) draws every word of its truth and nothing
    else but furniture and `hidden`, on as many pages as the truth says."""
    got, pages = pdf_words(path, annotations)
    assert pages == truth["pages"], f"{path.name}: {pages} pages, the truth says {truth['pages']}"
    check_words(truth, got, path.name, hidden)


def text_family_read_back(
    generator: Generator, family: str, tmp_path: Path, turns: int = 2, hidden: Set[str] = frozenset()
) -> list[tuple[Path, dict]]:
    """`family`'s files, each a text layer drawing every word of its truth and nothing else but furniture and
    `hidden`, on as many pages as its truth says; the files and truths for the family's own checks."""
    files = generator.built(family, tmp_path, turns)
    for path, truth in files:
        assert truth["layer"] == "text" and truth["variant"] == family
        assert_drawn(path, truth, hidden)
    return files


def assert_image_only(path: Path, truth: dict, images_per_page: int | None = 1) -> None:
    """No character on any page, as many pages as the truth says and (unless None) that many images a page."""
    pdfplumber = pytest.importorskip("pdfplumber")
    assert truth["layer"] == "image"
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == truth["pages"]
        assert all(not page.chars for page in pdf.pages), f"{path.name}: a character on an image-only page"
        if images_per_page is not None:
            assert all(len(page.images) == images_per_page for page in pdf.pages), f"{path.name}: images a page"


def scan_family_read_back(
    generator: Generator,
    family: str,
    tmp_path: Path,
    least: float,
    turns: int = 1,
    images_per_page: int | None = 1,
) -> list[tuple[Path, dict]]:
    """`family`'s files, image-only, which Tesseract reads as their own truth (at least `least` of the words that
    set it apart from another form) and not as another form; a skip without Tesseract."""
    if not shutil.which("tesseract"):
        pytest.skip("tesseract missing")
    files = generator.built(family, tmp_path, turns)
    for turn, (path, truth) in enumerate(files):
        assert_image_only(path, truth, images_per_page)
        other = generator.content.make_form(random.Random(1), "traffic" if truth["form_kind"] == "ansokan" else "a7")
        check_read_back(ocr_words(path), truth, other.truth("x", "y", "z"), f"{path.name} turn {turn}", least)
    return files


def check_set_shape(generator: Generator, image_families: int | None = 3) -> None:
    """Districts of a form's year after the mergers (300 forms), the scorer's turn the build's, each half of a
    120-file set holding every family and (unless None) that many image-only families."""
    check_truths(generator.content.make_form)
    score = load_module(f"{generator.prefix}_score", generator.folder / "score.py")
    assert score.TURN == generator.build.TURN
    check_halves(generator.build, score.TURN, generator.prefix)
    if image_families is not None:
        assert sum(layer == "image" for _, layer in generator.build.FAMILIES.values()) == image_families


# What every generator's truth sidecar holds besides its sections (the scorers read these).
TRUTH_KEYS = frozenset(
    {"title", "form_kind", "appendix", "year", "district", "district_today", "project", "location", "stage"}
)


def well_formed_truth(path: Path) -> dict:
    """The truth sidecar of the PDF at `path`, checked for what every generator's truth holds: the scorers' keys, a
    form kind, a one-line title starting "Bilaga", sections under unique keys without spaces, each on one of the
    file's pages with its text on one line of single spaces and never Word's placeholder, the project the answer
    under its key (projektnamn or insats)."""
    assert path.read_bytes().startswith(b"%PDF")
    truth = json.loads(path.with_name(path.stem + ".truth.json").read_text(encoding="utf-8"))
    assert TRUTH_KEYS <= truth.keys()
    assert truth["form_kind"] in ("uppfoljning", "ansokan")
    assert truth["title"].startswith("Bilaga ") and "\n" not in truth["title"]
    keys = [s["key"] for s in truth["sections"]]
    assert keys and len(keys) == len(set(keys)), path.name
    for section in truth["sections"]:
        assert section["key"] and " " not in section["key"]
        assert 1 <= section["page"] <= truth["pages"]
        assert section["text"] == " ".join(section["text"].split())
        assert section["text"] != "Klicka här för att ange text."
    by_key = {s["key"]: s["text"] for s in truth["sections"]}
    assert truth["project"] == by_key.get("projektnamn", by_key.get("insats"))
    return truth
