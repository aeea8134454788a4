"""The fixture generator: deterministic, every variant renders, and the text
layer carries the truth's words (so a broken renderer fails here, not in the
extraction tests)."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

import fixturegen
from fixturegen.layout import wrap
from fixturegen.spec import slug
from factories import ROOT, SHARED

EXAMPLES = ROOT / "examples"
SEED_TXT = SHARED / "seed" / "bilaga5-uppfoljning-kameraovervakning-2018.txt"


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.replace("\u00a0", " "))


def _pdf_text(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def _assert_truth_in_text(pdf: Path) -> dict:
    truth = json.loads(fixturegen.truth_path(pdf).read_text(encoding="utf-8"))
    text = _pdf_text(pdf)
    layer = set(_words(text))
    # In two-column layouts a hyphenated word's tail may follow a label line.
    heads = set(re.findall(r"(\w+)-(?=\s)", text))
    expected = _words(truth["title"])
    for section in truth["sections"]:
        expected += _words(section["label"]) + _words(section["text"])

    def split_across_lines(word: str) -> bool:
        return any(word[:i] in heads and word[i:] in layer for i in range(4, len(word) - 3))

    missing = [w for w in expected if w not in layer and not split_across_lines(w)]
    assert not missing, f"{pdf.name}: words of the truth missing from the text layer: {missing[:10]}"
    return truth


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    return fixturegen.build_corpus(tmp_path_factory.mktemp("corpus"), 2 * len(fixturegen.VARIANTS), seed=7)


def test_corpus_covers_every_variant_with_both_producers(corpus):
    seen = set()
    for pdf in corpus:
        truth = json.loads(fixturegen.truth_path(pdf).read_text(encoding="utf-8"))
        seen.add((truth["variant"], truth["producer"]))
    assert seen == {(v, p) for v in fixturegen.VARIANTS for p in fixturegen.PRODUCERS}


def test_every_variant_renders_its_truth_into_the_text_layer(corpus):
    for pdf in corpus:
        truth = _assert_truth_in_text(pdf)
        assert truth["sections"], pdf.name
        assert all(s["page"] <= truth["pages"] for s in truth["sections"])


def test_build_corpus_is_deterministic(tmp_path):
    first = fixturegen.build_corpus(tmp_path / "a", 6, seed=3)
    second = fixturegen.build_corpus(tmp_path / "b", 6, seed=3)
    other = fixturegen.build_corpus(tmp_path / "c", 6, seed=4)
    for a, b in zip(first, second):
        assert a.read_bytes() == b.read_bytes()
        assert fixturegen.truth_path(a).read_text() == fixturegen.truth_path(b).read_text()
    assert [fixturegen.truth_path(p).read_text() for p in first] != [
        fixturegen.truth_path(p).read_text() for p in other
    ]


def test_random_spec_is_deterministic_for_a_seed():
    a = fixturegen.random_spec(random.Random(11))
    b = fixturegen.random_spec(random.Random(11))
    assert a == b


def test_truth_fields_follow_the_district_lineage(corpus):
    from bilagor.extractor import districts

    for pdf in corpus:
        truth = json.loads(fixturegen.truth_path(pdf).read_text(encoding="utf-8"))
        assert districts.existed_in(truth["district"], truth["year"]), pdf.name
        assert truth["district_today"] == districts.today(truth["district"])
        assert str(truth["year"]) in " ".join(s["text"] for s in truth["sections"]) + truth["title"]


def test_wrap_hyphenates_only_when_asked():
    text = "trygghetsskapande kameraövervakningsprojektet"
    plain = wrap(text, 90, "Helvetica", 11)
    split = wrap(text, 90, "Helvetica", 11, hyphenate=True)
    assert not any(line.endswith("-") for line in plain)
    assert any(line.endswith("-") for line in split)
    assert "".join(line.removesuffix("-") for line in split).replace(" ", "") == text.replace(" ", "")


def test_slug_of_unknown_label():
    assert slug("Underhåll och drift") == "underhall_och_drift"
    assert slug("Övriga  kommentarer") == "ovriga_kommentarer"


def test_seed_pdf_matches_seed_text():
    pdf = EXAMPLES / "bilaga5-uppfoljning-kameraovervakning-2018.pdf"
    truth = _assert_truth_in_text(pdf)
    assert truth["project"] == "Kameraövervakning"
    assert truth["district_today"] == "Norra innerstaden"
    if not SEED_TXT.exists():
        pytest.skip("shared/seed not present")
    seed_words = _words(SEED_TXT.read_text(encoding="utf-8"))
    assert _words(_pdf_text(pdf)) == seed_words


def test_committed_examples_match_the_generator(tmp_path):
    from fixturegen.examples import write_examples

    fresh = write_examples(tmp_path)
    assert len(fresh) >= 7
    for path in fresh:
        committed = EXAMPLES / path.name
        assert committed.exists(), f"run: PYTHONPATH=tests python -m fixturegen --out examples --examples ({path.name})"
        assert committed.stat().st_size < 60_000
        assert json.loads(fixturegen.truth_path(committed).read_text(encoding="utf-8")) == json.loads(
            fixturegen.truth_path(path).read_text(encoding="utf-8")
        )
        _assert_truth_in_text(committed)
    kinds = {json.loads(fixturegen.truth_path(p).read_text(encoding="utf-8"))["form_kind"] for p in fresh}
    assert {"uppfoljning", "ansokan"} <= kinds


def _open_error(path: Path) -> str | None:
    import pdfplumber

    try:
        with pdfplumber.open(path) as pdf:
            pdf.pages[0].extract_text()
    except Exception as exc:  # noqa: BLE001 - any failure to read is what these files are for
        return type(exc).__name__
    return None


def test_bad_files_are_unreadable_and_the_others_readable(tmp_path):
    from fixturegen import badfiles

    files = badfiles.make_all(tmp_path)
    for name in ("zero-byte.pdf", "text-file.pdf", "truncated.pdf", "corrupt.pdf", "user-password.pdf"):
        assert _open_error(files[name]), f"{name} opened without error"
    assert files["zero-byte.pdf"].stat().st_size == 0
    assert _open_error(files["owner-password-only.pdf"]) is None
    assert b"/Encrypt" in files["owner-password-only.pdf"].read_bytes()
    import pdfplumber

    with pdfplumber.open(files["user-password.pdf"], password=badfiles.USER_PASSWORD) as pdf:
        assert "Bilaga 5" in pdf.pages[0].extract_text()
    with pdfplumber.open(files["many-pages.pdf"]) as pdf:
        assert len(pdf.pages) == 60


def test_scanned_copy_has_images_and_no_text(tmp_path):
    import pdfplumber
    from fixturegen import badfiles

    seed = EXAMPLES / "bilaga5-uppfoljning-kameraovervakning-2018.pdf"
    out = badfiles.make_scanned(seed, tmp_path / "scanned.pdf", dpi=100)
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 2
        assert all(not page.chars and len(page.images) == 1 for page in pdf.pages)
    assert fixturegen.truth_path(out).read_text() == fixturegen.truth_path(seed).read_text()


def test_truth_amounts_are_written_in_their_sections():
    for index in range(3 * len(fixturegen.VARIANTS)):
        spec = fixturegen.corpus_spec(index, seed=2)
        texts = {r.key: " ".join(r.text.replace("\u00a0", " ").split()) for r in spec.rows if r.key}
        for amount in spec.amounts:
            assert amount["text"] in texts[amount["section"]], (spec.name, amount)
            assert amount["sek"] > 0 and amount["role"] in (
                "budget",
                "utfall",
                "beviljat",
                "sokt",
                "prognos",
                "avvikelse",
                "annat",
            )


def test_command_line_writes_the_corpus(tmp_path, capsys):
    from fixturegen.__main__ import main

    assert main(["--out", str(tmp_path), "--count", "2", "--seed", "1"]) == 0
    assert len(list(tmp_path.glob("*.pdf"))) == 2 and len(list(tmp_path.glob("*.truth.json"))) == 2
    assert "wrote 2 PDFs" in capsys.readouterr().err


def test_missing_truetype_font_falls_back_to_a_core_font(monkeypatch, tmp_path):
    from fixturegen import fonts

    missing = fonts.FontFamily(
        "dejavu-sans",
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DejaVuSans",
        (tmp_path / "none.ttf", tmp_path / "none-bold.ttf"),
    )
    monkeypatch.setitem(fonts.TRUETYPE, "dejavu-sans", missing)
    assert "dejavu-sans" not in fonts.available()
    assert fonts.family("dejavu-sans").key == "helvetica"
    spec = fixturegen.random_spec(random.Random(1), "followup_borderless", "fpdf2")
    spec.layout.font = "dejavu-sans"
    fixturegen.render(spec, tmp_path / "fallback.pdf")
    _assert_truth_in_text(tmp_path / "fallback.pdf")
