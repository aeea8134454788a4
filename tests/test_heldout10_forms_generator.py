"""The tenth held-out forms generator draws what its truth says (read back with pdfplumber's words only).

Runs on a seed other than the held-out one; a family whose producer is not installed is skipped.
"""

from __future__ import annotations

import json
from collections import Counter
import sys
from pathlib import Path

import pdfplumber
import pytest

_HERE = str(Path(__file__).resolve().parents[1] / "bench" / "heldout10_forms")


@pytest.fixture(autouse=True)
def _own_modules():
    """The earlier generators' tests import modules of the same names (build, content): take ours, then leave."""
    names = ("build", "content", "markup", "canvas", "scans")
    saved = {n: sys.modules.pop(n) for n in names if n in sys.modules}
    sys.path.insert(0, _HERE)
    yield
    sys.path.remove(_HERE)
    for n in names:
        sys.modules.pop(n, None)
    sys.modules.update(saved)


SEED = 3  # not the held-out set's


def _build(tmp_path: Path, family: str, count: int = 2) -> list[tuple[Path, dict]]:
    import build

    if build.missing(family):
        pytest.skip(f"{family}: {build.missing(family)}")
    paths = build.build(tmp_path, SEED, count, (family,))
    return [(p, json.loads(p.with_name(p.stem + ".truth.json").read_text(encoding="utf-8"))) for p in paths]


def _words(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [w["text"] for page in pdf.pages for w in page.extract_words()]


def _in_order(needle: list[str], hay: list[str]) -> bool:
    """Whether the words of `needle` occur in `hay` in order (other words, e.g. labels beside, between)."""
    it = iter(hay)
    return all(any(w == h for h in it) for w in needle)


@pytest.mark.parametrize("family", ["weasy_cards", "weasy_flex", "xhtml_inline", "cairo_abs"])
def test_text_layer_holds_every_truth_text(tmp_path: Path, family: str) -> None:
    pytest.importorskip(
        {"weasy_cards": "weasyprint", "weasy_flex": "weasyprint", "xhtml_inline": "xhtml2pdf"}.get(family, "cairocffi")
    )
    for path, truth in _build(tmp_path, family):
        words = _words(path)
        assert truth["layer"] == "text" and truth["variant"] == family
        # every word the truth claims is drawn, as often as claimed (labels in small capitals: any case)
        claimed = Counter(_norm(w) for t in _texts(truth) for w in t.split())
        assert not claimed - Counter(_norm(w) for w in words), path.name
        if family != "weasy_flex":  # one flow (weasy_flex may set two newspaper columns, read across)
            for text in _texts(truth):
                assert _in_order([_norm(w) for w in text.split()], [_norm(w) for w in words]), (path.name, text)
        with pdfplumber.open(path) as pdf:
            assert len(pdf.pages) == truth["pages"]


def _norm(word: str) -> str:
    """Any case (small capitals), no colon after a run-in label ("Plats:")."""
    return word.casefold().rstrip(":")


def _texts(truth: dict) -> list[str]:
    return [truth["title"], *(s["label"] for s in truth["sections"]), *(s["text"] for s in truth["sections"])]


def test_truth_keeps_the_stage_out_of_the_sections_and_empty_answers_empty() -> None:
    import random

    from content import PLACEHOLDER, make_form, truth

    for i in range(40):
        form = make_form(random.Random(i), f"t{i}")
        record = truth(form, 1, "v", "p", "text")
        keys = [s["key"] for s in record["sections"]]
        assert None not in keys and len(keys) == len(set(keys))
        assert all(PLACEHOLDER not in s["text"] for s in record["sections"])
        if record["form_kind"] == "ansokan":
            assert record["stage"] is None and record["project"] == record["sections"][0]["text"]
        elif record["appendix"]:  # a follow-up form (a traffic-office report has its stage in the title)
            assert record["stage"] in ("slutredovisning", "delredovisning")
            assert record["stage"].capitalize() in [b for f in form.fields if f.key is None for b in f.blocks]


@pytest.mark.parametrize("family", ["copy_scan", "turned_scan", "stain_scan"])
def test_scans_are_image_only(tmp_path: Path, family: str) -> None:
    pytest.importorskip("cairocffi")
    pytest.importorskip("numpy")
    for path, truth in _build(tmp_path, family, count=1):
        assert truth["layer"] == "image"
        with pdfplumber.open(path) as pdf:
            assert len(pdf.pages) == truth["pages"]
            assert not any(page.chars for page in pdf.pages)
            assert all(page.images for page in pdf.pages)
            if family == "turned_scan":  # a form long enough that one of its pages can be turned
                assert truth["pages"] >= 2


def test_each_half_holds_every_family() -> None:
    import build
    from layout_scoring import in_turn_half

    names = [Path(f"h10-{i:03d}-{build.FAMILIES[i % 8]}.pdf") for i in range(120)]
    for half in ("dev", "keep"):
        chosen = [p for p in names if in_turn_half(p, half, len(build.FAMILIES))]
        assert {p.stem.split("-", 2)[2] for p in chosen} == set(build.FAMILIES), half
    assert in_turn_half(Path("h10-008-weasy_cards.pdf"), "dev", 8)
    assert in_turn_half(Path("h10-007-ocrmypdf_scan.pdf"), "keep", 8)
