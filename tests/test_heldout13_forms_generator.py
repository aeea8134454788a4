"""The thirteenth held-out generator's truth matches what it drew (bench/heldout13_forms), on a seed other than
the held-out one: every word of the truth is on the pages, and nothing else is but the page's furniture.

The text layer is read back with pdfplumber's words only, never with bilagor's extractor. A family whose
producer is missing here (typst, img2pdf and pikepdf come from pip, wkhtmltopdf and Ghostscript from apt; none is
a project dependency) is skipped.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "heldout13_forms"
sys.path.insert(0, str(BENCH))


def _load(name: str, path: Path):
    """The module at `path` under a name of its own (earlier generators' tests load other `build` modules)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


h13_build = _load("h13_build", BENCH / "build.py")

SEED = 5  # not the held-out seed
# Page furniture the truth does not hold: running header and footer, the crest's name, the stage marker's word,
# Word's placeholder, bullets' marks.
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


def words(text: str) -> list[str]:
    """Lowercase word tokens without punctuation at their ends, split after slashes and hyphens (a line may
    wrap after one)."""
    text = text.replace("/", "/ ").replace("-", "- ")
    return [w for w in (t.strip(".,:;()\"'").lower() for t in text.split()) if w]


def built(family: str, tmp_path: Path, count: int = 2) -> list[tuple[Path, dict]]:
    lacking = h13_build.missing(family)
    if lacking:
        pytest.skip(f"{family}: {lacking} missing")
    # Two files of the family: its places in the first two turns.
    index = h13_build.FAMILIES.index(family)
    paths = h13_build.build(tmp_path, SEED, index + 8 * (count - 1) + 1, (family,))
    assert len(paths) == count
    return [(p, json.loads(p.with_name(p.stem + ".truth.json").read_text(encoding="utf-8"))) for p in paths]


def page_words(path: Path) -> tuple[list[str], int]:
    pdfplumber = pytest.importorskip("pdfplumber")
    with pdfplumber.open(path) as pdf:
        found = [w["text"] for page in pdf.pages for w in page.extract_words(keep_blank_chars=False)]
        return words(" ".join(found)), len(pdf.pages)


def truth_words(truth: dict) -> Counter[str]:
    parts = [truth["title"], *(f"{s['label']} {s['text']}" for s in truth["sections"])]
    return Counter(words(" ".join(parts)))


@pytest.mark.parametrize("family", ["typst_grid", "typst_stacked", "wk_table", "wk_dl"])
def test_text_layer_holds_the_truth_and_only_furniture_besides(family: str, tmp_path: Path) -> None:
    for path, truth in built(family, tmp_path):
        got, pages = page_words(path)
        want = truth_words(truth)
        assert truth["pages"] == pages
        assert truth["variant"] == family and truth["layer"] == "text"
        missing = want - Counter(got)
        assert not missing, f"{path.name}: truth words not drawn: {sorted(missing)[:10]}"
        extra = [w for w in (Counter(got) - want) if w not in FURNITURE and not re.fullmatch(r"[\d./()-]+|\d+b", w)]
        assert not extra, f"{path.name}: drawn but not in the truth: {extra[:10]}"
        if truth["stage"] and truth["title"].startswith("Bilaga"):
            assert truth["stage"] in got


def test_broken_font_draws_glyph_numbers_only(tmp_path: Path) -> None:
    for path, truth in built("cid_broken", tmp_path):
        got, _ = page_words(path)
        assert got and all("cid:" in w for w in got), got[:5]
        assert truth["layer"] == "broken-font"


@pytest.mark.parametrize("family", ["highlight_scan", "screenshot_scan", "outline_text"])
def test_image_and_outline_pages_have_no_text_layer(family: str, tmp_path: Path) -> None:
    for path, truth in built(family, tmp_path, count=1):
        got, pages = page_words(path)
        assert got == [] and pages == truth["pages"] >= 1
        assert truth["layer"] in ("image", "outlines")


def test_truth_follows_the_district_mergers() -> None:
    from h13_content import district_in, district_today

    assert district_in(2019, "Älvsjö") == "Älvsjö" and district_in(2022, "Älvsjö") == "Hägersten-Älvsjö"
    assert district_in(2022, "Norrmalm") == "Norrmalm" and district_in(2024, "Norrmalm") == "Norra innerstaden"
    assert district_today("Spånga-Tensta") == "Järva" and district_today("Hägersten-Liljeholmen") == "Hägersten-Älvsjö"
    assert district_today("Farsta") == "Farsta"


def test_halves_take_every_other_turn_of_the_families() -> None:
    score = _load("h13_score", BENCH / "score.py")
    from layout_scoring import in_turn_half

    assert score.TURN == len(h13_build.FAMILIES)
    names = [f"h13-{i:03d}-{h13_build.FAMILIES[i % 8]}.pdf" for i in range(32)]
    dev = [n for n in names if in_turn_half(Path(n), "dev", score.TURN)]
    keep = [n for n in names if in_turn_half(Path(n), "keep", score.TURN)]
    assert len(dev) == len(keep) == 16 and not set(dev) & set(keep)
    assert (
        {n.split("-", 2)[2] for n in dev}
        == {n.split("-", 2)[2] for n in keep}
        == {f + ".pdf" for f in h13_build.FAMILIES}
    )
