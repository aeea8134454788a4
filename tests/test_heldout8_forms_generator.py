"""The eighth held-out form generator's truth matches what it drew (read back at the word level with
pdfplumber, never with bilagor's extractor). The held-out set itself is built with another seed, outside the
repository."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pdfplumber
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench" / "heldout8_forms"))

import build  # noqa: E402
import draw_groff  # noqa: E402

SEED = 77  # not the held-out seed


def _words(path: Path) -> tuple[list[str], int]:
    with pdfplumber.open(path) as pdf:
        words = [w["text"] for page in pdf.pages for w in page.extract_words(x_tolerance=1, use_text_flow=True)]
        return words, len(pdf.pages)


def _joined(words: list[str]) -> Counter[str]:
    """Words with a line-end hyphen joined to the next word as well as kept (groff hyphenates)."""
    out = Counter(w.replace("\u00a0", " ") for w in words)
    for a, b in zip(words, words[1:], strict=False):
        if a.endswith("-") and len(a) > 1:
            out[a[:-1] + b] += 1
            out[a + b] += 1  # a real hyphen at a line end ("Hägersten-" "Liljeholmen")
    return out


def _truth_words(truth: dict) -> Counter[str]:
    want: Counter[str] = Counter(truth["title"].split())
    for section in truth["sections"]:
        want.update(section["text"].split())
    return want


@pytest.fixture(scope="module")
def text_set(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    families = ["raw_right", "raw_cards"] + (["groff_tbl", "groff_runin"] if draw_groff.available() else [])
    return build.build(tmp_path_factory.mktemp("h8"), SEED, 3 * len(families), families)


def test_every_truth_word_is_drawn(text_set: list[Path]) -> None:
    assert text_set
    for path in text_set:
        truth = json.loads(path.with_name(path.stem + ".truth.json").read_text(encoding="utf-8"))
        words, pages = _words(path)
        missing = _truth_words(truth) - _joined(words)
        assert not missing, (path.name, sorted(missing)[:10])
        if truth["pages"] is not None:
            assert truth["pages"] == pages


def test_truth_fields_are_consistent(text_set: list[Path]) -> None:
    for path in text_set:
        truth = json.loads(path.with_name(path.stem + ".truth.json").read_text(encoding="utf-8"))
        keys = [s["key"] for s in truth["sections"]]
        assert truth["form_kind"] in ("uppfoljning", "ansokan")
        assert (truth["producer"], truth["layer"]) == build.FAMILIES[path.stem.split("-", 2)[2]]
        if truth["form_kind"] == "ansokan":
            assert truth["project"] == truth["sections"][keys.index("insats")]["text"]
            assert truth["stage"] is None and truth["location"] is None
        else:
            assert truth["location"] == truth["sections"][keys.index("plats")]["text"]
        assert "Klicka här för att ange text." not in [s["text"] for s in truth["sections"]]


def test_long_forms_continue_over_pages(tmp_path: Path) -> None:
    paths = build.build(tmp_path, SEED, 12, ["raw_cards"])
    assert any(_words(p)[1] > 1 for p in paths)


def test_scans_are_image_only(tmp_path: Path) -> None:
    paths = build.build(tmp_path, SEED, 2, ["fax", "photo"])
    for path in paths:
        words, pages = _words(path)
        assert words == [] and pages >= 1
    assert b"/CCITTFaxDecode" in paths[0].read_bytes()
    assert b"/DCTDecode" in paths[1].read_bytes()


def test_burned_set_halves_partition_the_files_by_number() -> None:
    """The ninth round's halves of the burned set: every other turn through the families, every family in
    both halves, every file in exactly one."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("heldout8_score", build.__file__.replace("build.py", "score.py"))
    assert spec and spec.loader
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    assert score.TURN == len(build.FAMILIES)
    names = [Path(f"h8-{n:03d}-{family}.pdf") for n in range(24) for family in [list(build.FAMILIES)[n % 6]]]
    dev = [p for p in names if score.in_half(p, "dev")]
    keep = [p for p in names if score.in_half(p, "keep")]
    assert sorted(dev + keep) == sorted(names) and not set(dev) & set(keep)
    assert [p.name[:6] for p in dev[:2]] == ["h8-006", "h8-007"] and keep[0].name.startswith("h8-000")
    families = {p.name.split("-", 2)[2] for p in dev}
    assert families == {p.name.split("-", 2)[2] for p in keep} == {f + ".pdf" for f in build.FAMILIES}
    assert all(score.in_half(p, "all") for p in names)
