"""The twelfth held-out forms generator (bench/heldout12_forms) draws what its truth says.

Built on a seed of its own (not the held-out one); read back with pdfplumber at the word level only, never with
bilagor's extractor. A family whose producer is missing here is skipped.
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

pdfplumber = pytest.importorskip("pdfplumber")
pytest.importorskip("PIL")

_DIR = Path(__file__).resolve().parents[1] / "bench" / "heldout12_forms"
sys.path.insert(0, str(_DIR))


def _load_build():
    """build.py under a name of its own: earlier generators have a `build` module too."""
    spec = importlib.util.spec_from_file_location("h12_build", _DIR / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["h12_build"] = module
    spec.loader.exec_module(module)
    return module


h12_build = sys.modules.get("h12_build") or _load_build()

from h12_content import MERGED_2020, MERGED_2023, PLACEHOLDER, make_form  # noqa: E402

SEED = 4242
# Words a form prints besides its title, labels and answers: Dnr, footer, running header, stage, placeholder.
FRAME_WORD = re.compile(
    r"^(Dnr|Sida|av|Bilaga|5b?|7|\(?\d+\)?|\d+/\d+|[\d.]+-\d+-\d{4}|Slutredovisning|Delredovisning)$"
)
PLACEHOLDER_WORDS = Counter(PLACEHOLDER.split())


def _words(text: str) -> Counter:
    return Counter(w.rstrip(":") for w in text.split() if w.rstrip(":"))


def _built(tmp_path: Path, families: tuple[str, ...]) -> list[Path]:
    for family in families:
        why = h12_build.missing(family)
        if why:
            pytest.skip(f"{family}: {why}")
    notes: list[str] = []
    paths = h12_build.build(tmp_path, SEED, len(families), families, note=notes.append)
    assert not notes, notes
    assert [p.name.split("-", 2)[2] for p in paths] == [f"{f}.pdf" for f in families]
    return paths


def _check_words(pdf: Path) -> dict:
    truth = json.loads(pdf.with_name(pdf.stem + ".truth.json").read_text(encoding="utf-8"))
    with pdfplumber.open(pdf) as doc:
        got = Counter()
        for page in doc.pages:
            got += _words(" ".join(w["text"] for w in page.extract_words()))
        assert len(doc.pages) == truth["pages"]
    want = _words(truth["title"])
    for section in truth["sections"]:
        want += _words(section["label"]) + _words(section["text"])
    assert not want - got, f"{pdf.name}: truth words not drawn: {sorted((want - got).elements())[:10]}"
    empty = sum(1 for section in truth["sections"] if not section["text"])  # each may show the placeholder
    extra = got - want - Counter({w: n * empty for w, n in PLACEHOLDER_WORDS.items()})
    odd = sorted(w for w in extra if not FRAME_WORD.match(w))
    assert not odd, f"{pdf.name}: drawn words not in the truth: {odd[:10]}"
    stages = {"Slutredovisning", "Delredovisning"} & set(got)
    assert stages == ({truth["stage"].capitalize()} if truth["stage"] else set())
    return truth


@pytest.mark.parametrize("families", [("mpl_canvas",), ("ps_widthshow",), ("draw_frames", "impress_slides")])
def test_text_layer_families_draw_their_truth(tmp_path: Path, families: tuple[str, ...]) -> None:
    for pdf in _built(tmp_path, families):
        truth = _check_words(pdf)
        assert truth["layer"] == "text" and truth["variant"] in families


def test_crypt_sideways_is_encrypted_turned_and_reads_back(tmp_path: Path) -> None:
    pikepdf = pytest.importorskip("pikepdf")
    (pdf,) = _built(tmp_path, ("crypt_sideways",))
    with pikepdf.open(pdf) as doc:
        assert doc.is_encrypted
        for page in doc.pages:
            assert int(page.obj.Rotate) in (90, 270)
            assert float(page.mediabox[2]) > float(page.mediabox[3])  # a landscape page holding a portrait form
    _check_words(pdf)


@pytest.mark.parametrize(
    ("family", "filter_name"), [("bleed_jpx", "JPXDecode"), ("strip_scan", "FlateDecode"), ("cmyk_flip", "DCTDecode")]
)
def test_scan_families_are_image_only(tmp_path: Path, family: str, filter_name: str) -> None:
    (pdf,) = _built(tmp_path, (family,))
    truth = json.loads(pdf.with_name(pdf.stem + ".truth.json").read_text(encoding="utf-8"))
    assert truth["layer"] == "image"
    with pdfplumber.open(pdf) as doc:
        assert len(doc.pages) == truth["pages"]
        for page in doc.pages:
            assert not page.chars
            filters = [str(name) for img in page.images for name, _ in img["stream"].get_filters()]
            assert filters and all(filter_name in f for f in filters), filters
            if family == "strip_scan":
                assert len(page.images) > 3  # stored in strips
            if family == "cmyk_flip":
                assert page.page_obj.attrs.get("Rotate") == 180


def test_content_covers_the_domain_and_keeps_districts_true_to_the_year() -> None:
    rng = random.Random(SEED)
    forms = [make_form(rng, long_project=i % 3 == 0, long_text=i % 4 == 0) for i in range(300)]
    assert {f.form_kind for f in forms} == {"uppfoljning", "ansokan"}
    assert {f.appendix for f in forms} == {"5", "5b", "7"}
    assert {f.stage for f in forms} == {"slutredovisning", "delredovisning", None}
    text = " ".join(s.text for f in forms for s in f.fields)
    assert "två miljoner kronor" in text or "en halv miljon kronor" in text
    for unit in (" kr", "kronor", "tkr", "mnkr", "Mkr", "miljoner kronor", "SEK ", "MSEK", ":-"):
        assert unit in text, unit
    assert "•" in text and any(s.text == "" for f in forms for s in f.fields)
    for f in forms:
        assert f.district not in (MERGED_2020 if f.year >= 2021 else {})
        assert f.district not in (MERGED_2023 if f.year >= 2024 else {})
        if f.year >= 2024:
            assert f.district == f.district_today
        key = "projektnamn" if f.form_kind == "uppfoljning" else "insats"
        assert f.project == next(s.text for s in f.fields if s.key == key)
        if f.location is not None:
            assert f.location == next(s.text for s in f.fields if s.key == "plats")
    assert {"Järva", "Norra innerstaden", "Hägersten-Älvsjö", "Rinkeby-Kista", "Älvsjö"} <= {f.district for f in forms}
