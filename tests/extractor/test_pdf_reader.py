"""The PDF reader builds words from pdfplumber's layout objects; they must be
exactly what pdfplumber's own word grouping (over the page's characters, sizes that differ in the last digits made
one) and object lists give."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from bilagor.extractor.glyphs import with_sizes_snapped
from bilagor.extractor.pdf_reader import _rules, read_pdf
from bilagor.extractor.words import Word
from factories import ROOT

fixturegen = pytest.importorskip("fixturegen")
pdfplumber = pytest.importorskip("pdfplumber")
extract_words = pytest.importorskip("pdfplumber.utils").extract_words


def reference_pages(path: Path) -> list[tuple[list[Word], list, list]]:
    """Words, rules and picture boxes per page, the slow way: pdfplumber's object dicts."""
    pages = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            # sizes differing in the last digits are one size (glyphs.with_sizes_snapped), as the reader has them
            raw = extract_words(
                with_sizes_snapped(page.chars),
                extra_attrs=["fontname", "size"],
                keep_blank_chars=False,
                use_text_flow=False,
            )
            words = [
                Word(
                    w["text"],
                    float(w["x0"]),
                    float(w["x1"]),
                    float(w["top"]),
                    float(w["bottom"]),
                    str(w["fontname"] or ""),
                    round(float(w["size"] or 0.0), 2),
                )
                for w in raw
                if w["text"].strip()
            ]
            images = [tuple(float(im[k]) for k in ("x0", "top", "x1", "bottom")) for im in page.images]
            pages.append((words, _rules(list(page.lines) + list(page.rects)), images))
    return pages


def generated_pdfs(folder: Path) -> list[Path]:
    """One PDF per layout variant and producer, plus a scanned copy (pictures, no words)."""
    rng = random.Random("pdf-reader")
    paths = []
    for variant in fixturegen.VARIANTS:
        for producer in fixturegen.PRODUCERS:
            spec = fixturegen.random_spec(rng, variant, producer)
            path = folder / f"{variant}-{producer}.pdf"
            fixturegen.render(spec, path)
            paths.append(path)
    from fixturegen.badfiles import make_scanned

    paths.append(make_scanned(paths[0], folder / "scanned.pdf", dpi=72))
    return paths


def test_words_rules_and_pictures_match_pdfplumbers_own_extraction(tmp_path):
    paths = generated_pdfs(tmp_path) + sorted((ROOT / "tests" / "data" / "wordprocessor").glob("*.pdf"))[:6]
    assert len(paths) >= 2 * len(fixturegen.VARIANTS) + 1
    for path in paths:
        content = read_pdf(path)
        got = [(p.words, p.rules, p.images) for p in content.pages]
        assert got == reference_pages(path), path.name


def test_a_scanned_page_has_a_picture_and_no_words(tmp_path):
    source = generated_pdfs(tmp_path)[-1]
    page = read_pdf(source).pages[0]
    assert page.words == [] and len(page.images) == 1
