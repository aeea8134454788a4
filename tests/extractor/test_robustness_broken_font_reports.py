"""A long report set in a font without a usable map is read with OCR on its first pages only; its other pages
are decoded from their own glyphs with the codes OCR taught there (bench/robustness.py, h28: smalot/pdfparser's
`Issue33.pdf`, nine pages of Dutch in a font whose codes are shifted, each page read with OCR until the file's
120 s time-out stopped it; pdfcpu's and pdf-lib's reports of the same kind in h25–h27). A page the taught codes
do not decode (letters never read on the first pages) is still read with OCR."""

from __future__ import annotations

import random
import re
from dataclasses import replace

import pytest

from bilagor.extractor import api, extract_report
from bilagor.extractor.words import Page

broken_fonts = pytest.importorskip("fixturegen.broken_fonts")

WORDS = (
    "vi har rensat gångvägen och bytt belysningen vid lekplatsen så att boende känner sig trygga även på "
    "kvällen när det är mörkt ute och föreningen har ordnat tre träffar med grannar i området under hösten"
).split()


def _rows(seed: int, upper: bool = False) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    rows = []
    for n in range(6):
        text = " ".join(rng.choice(WORDS) for _ in range(30))
        rows.append((f"fråga {n + 1}", text.upper() if upper else text))
    return rows


@pytest.fixture
def ocr_calls(monkeypatch) -> list[list[int]]:
    """OCR stood in for: each word of a shifted layer read back right (one code point down), the pages
    asked for recorded call by call."""
    calls: list[list[int]] = []

    def read_back(path, pages: list[Page], *, numbers=None, **_):
        wanted = list(numbers or [])
        calls.append(wanted)
        read = [
            replace(p, words=[replace(w, text="".join(chr(ord(c) - 1) for c in w.text), fontname="") for w in p.words])
            if p.number in wanted
            else p
            for p in pages
        ]
        return read, bool(wanted), []

    monkeypatch.setattr("bilagor.extractor.ocr.recognise_pages", read_back)
    return calls


def _page_texts(report) -> str:
    return " ".join(s.text for s in report.sections)


def test_a_long_report_in_a_broken_font_is_read_with_ocr_on_its_first_pages_only(tmp_path, ocr_calls):
    pdf = broken_fonts.write_pages(tmp_path / "lang.pdf", [_rows(seed) for seed in range(6)], "shifted")
    report = extract_report(pdf, ocr="auto", entities=False)
    assert ocr_calls == [[1, 2]]  # the teaching pages; pages 3-6 decoded with their codes
    taught = [w for w in report.warnings if "tydda med det OCR läste på rapportens andra sidor" in w]
    assert [int(re.search(r"sida (\d+)", w).group(1)) for w in taught] == [3, 4, 5, 6]
    text = _page_texts(report)
    assert "lekplatsen" in text and "föreningen" in text
    assert not re.search(r"mflqmbutfo|g.sfojohfo", text)  # no shifted words stored


def test_a_page_the_taught_codes_do_not_decode_is_read_with_ocr(tmp_path, ocr_calls):
    pages = [_rows(0), _rows(1), _rows(2), _rows(3, upper=True)]  # capitals never read on pages 1-2
    pdf = broken_fonts.write_pages(tmp_path / "versaler.pdf", pages, "shifted")
    report = extract_report(pdf, ocr="auto", entities=False)
    assert ocr_calls == [[1, 2], [4]]
    assert "LEKPLATSEN" in _page_texts(report)


def test_a_short_report_is_read_as_before(tmp_path, ocr_calls):
    pdf = broken_fonts.write_pages(tmp_path / "kort.pdf", [_rows(0), _rows(1)], "shifted")
    extract_report(pdf, ocr="auto", entities=False)
    assert ocr_calls == [[1, 2]] and api.TEACHING_PAGES == 2
