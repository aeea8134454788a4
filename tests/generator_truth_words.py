"""Helpers of the held-out generators' own tests: load a generator's script under a name of its own, and the words
of a truth sidecar as a text layer or OCR should give them back.
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import zlib
from collections import Counter
from collections.abc import Set
from pathlib import Path
from types import ModuleType
from typing import Any, Callable


def load_module(name: str, path: Path) -> ModuleType:
    """The module at `path` under `name` (each generator has a build.py: they must not share one module name)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tokens(text: str) -> list[str]:
    """Lowercase words, split at slashes, hyphens and soft hyphens (a line may wrap after one; pdfminer reads a
    WinAnsi soft hyphen as a space, or as U+00AD once bilagor's reader has run in the process), end punctuation
    dropped."""
    out = []
    for raw in re.split(r"[\s/\-–\u00ad]+", text):
        word = raw.strip(".,:;()\"'").lower()
        if word:
            out.append(word)
    return out


def truth_tokens(truth: dict) -> Counter:
    """The words of a truth's title, labels and answers, with their counts."""
    texts = [truth["title"]] + [s["label"] for s in truth["sections"]] + [s["text"] for s in truth["sections"]]
    return Counter(t for text in texts for t in tokens(text))


# The words of a form's page furniture: running header, Dnr, footer, print line, stage marker, Word's placeholder,
# bullets (the tenth and eleventh generators' tests).
FORM_FURNITURE = frozenset(
    {
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
)


def is_furniture(word: str, truth: dict) -> bool:
    """Furniture, a word of the title (a heading may repeat it) or a number, date, page count or rule of "="."""
    return word in FORM_FURNITURE or word in tokens(truth["title"]) or bool(re.fullmatch(r"[\d.:()]+|=+", word))


def pdf_words(path: Path, annotations: bool = False) -> tuple[list[str], int]:
    """The words of the text layer by pdfplumber (a tight x tolerance: some producers set no space glyph), with
    the annotations' contents if asked, and the page count."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        found = [w["text"] for page in pdf.pages for w in page.extract_words(x_tolerance=1.2)]
        if annotations:
            found += [a["contents"] or "" for page in pdf.pages for a in page.annots]
        return tokens(" ".join(found)), len(pdf.pages)


def pdfium_words(path: Path) -> list[str]:
    """The lowercase words of the text layer as pdfium reads it, split at white space (a second reader beside
    pdfplumber's)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    words = []
    for page in document:
        textpage = page.get_textpage()
        words += textpage.get_text_range().lower().split()
        textpage.close()
        page.close()
    document.close()
    return words


def streams(path: Path) -> list[bytes]:
    """Every Flate stream of the file, decoded (the content streams of hand-written files)."""
    data = path.read_bytes()
    out = []
    for match in re.finditer(rb"stream\r?\n", data):
        try:
            out.append(zlib.decompressobj().decompress(data[match.end() : match.end() + 400000]))
        except zlib.error:
            continue
    return out


def check_words(truth: dict, got: list[str], name: str, hidden: Set[str] = frozenset()) -> None:
    """Every word of the truth is among `got`, and `got` holds nothing else but furniture and `hidden`."""
    want = truth_tokens(truth)
    missing = want - Counter(got)
    assert not missing, f"{name}: truth words not on the page: {sorted(missing)[:12]}"
    extra = [w for w in (Counter(got) - want) if not is_furniture(w, truth) and w not in hidden]
    assert not extra, f"{name}: words on the page the truth does not hold: {extra[:12]}"


def lacking(build: ModuleType, family: str) -> str | None:
    """What `family`'s producer lacks here, or None: by the build module's NEEDS table (the fourteenth generator on)
    or its `missing` (the thirteenth)."""
    if hasattr(build, "NEEDS"):
        return None if build.NEEDS[family]() else "its producer is not installed"
    return build.missing(family)


def built(build: ModuleType, family: str, tmp_path: Path, seed: int, turns: int = 2) -> list[tuple[Path, dict]]:
    """The first `turns` files of `family` by the generator's build module (its families drawn in turn), with
    their truths; a skip when the family's producer is missing."""
    import pytest

    why = lacking(build, family)
    if why:
        pytest.skip(f"{family}: {why}")
    families = list(build.FAMILIES)
    paths = build.build(tmp_path, seed, families.index(family) + len(families) * (turns - 1) + 1, [family])
    assert len(paths) == turns
    return [(p, json.loads(p.with_name(p.stem + ".truth.json").read_text(encoding="utf-8"))) for p in paths]


def ocr_words(path: Path) -> set[str]:
    """The words Tesseract (Swedish) reads on the pages rendered at 300 dpi and stacked into one sheet."""
    import pypdfium2 as pdfium
    import pytesseract
    from PIL import Image

    document = pdfium.PdfDocument(path)
    pages = [document[i].render(scale=300 / 72).to_pil().convert("L") for i in range(len(document))]
    sheet = Image.new("L", (max(p.width for p in pages), sum(p.height for p in pages)), 255)
    y = 0
    for page in pages:
        sheet.paste(page, (0, y))
        y += page.height
    return set(tokens(pytesseract.image_to_string(sheet, lang="swe")))


def distinct_recall(said: set[str], truth: dict, other: dict) -> float:
    """The share of `truth`'s words that `other` does not hold which are among the words read (the two forms
    share the template's labels and many sentences, so only the words that tell them apart count)."""
    distinct = set(truth_tokens(truth)) - set(truth_tokens(other))
    return len(said & distinct) / len(distinct)


def check_read_back(said: set[str], truth: dict, other: dict, name: str, least: float) -> None:
    """OCR read `truth`'s own words (at least `least` of them) and hardly any of another form's own words."""
    own, foreign = distinct_recall(said, truth, other), distinct_recall(said, other, truth)
    assert own >= least, f"{name}: only {own:.2f} of the truth's own words read back"
    assert foreign <= 0.15 and foreign < own - 0.3, f"{name}: another form's words read back ({foreign:.2f})"


MERGED_AWAY = {"Hägersten-Liljeholmen", "Älvsjö", "Rinkeby-Kista", "Spånga-Tensta", "Norrmalm", "Östermalm"}


def check_truths(make_form: Callable[[random.Random], Any]) -> None:
    """300 forms: districts of their year after the mergers, no merger year, no non-breaking space in a truth, an
    application's project its first answer, a follow-up's location its second and a stage."""
    for n in range(300):
        form = make_form(random.Random(n))
        truth = form.truth("x", "y", "z")
        assert form.year not in (2020, 2023)
        if form.year > 2023:
            assert truth["district"] not in MERGED_AWAY
        if form.year > 2020:
            assert truth["district"] not in ("Hägersten-Liljeholmen", "Älvsjö")
        assert "\u00a0" not in json.dumps(truth, ensure_ascii=False)
        if form.form_kind == "ansokan":
            assert truth["location"] is None and truth["stage"] is None
            assert truth["project"] == truth["sections"][0]["text"]
        elif form.appendix:
            assert truth["location"] == truth["sections"][1]["text"]
            assert truth["stage"] in ("slutredovisning", "delredovisning")


def check_halves(build: ModuleType, turn: int, prefix: str) -> None:
    """Each half of a 120-file set holds every family: 56 files in dev, 64 in keep."""
    from layout_scoring import in_turn_half

    names = [Path(f"{prefix}-{n:03d}-{list(build.FAMILIES)[n % build.TURN]}.pdf") for n in range(120)]
    for half in ("dev", "keep"):
        chosen = [p for p in names if in_turn_half(p, half, turn)]
        assert {p.stem.split("-", 2)[2] for p in chosen} == set(build.FAMILIES)
        assert len(chosen) == (56 if half == "dev" else 64)
