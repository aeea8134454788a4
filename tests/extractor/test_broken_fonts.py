"""Text layers that do not say what the page shows (issue #12 class 7): found per page, read with OCR, said.

Fixtures of two producers of our own (fixturegen.broken_fonts): a Type 3 font of real outlines without a
ToUnicode map ("(cid:N)" for every glyph), and a ToUnicode map one code point off ("Qspkflu" for "Projekt")."""

from __future__ import annotations

import os
import shutil

import pytest

from bilagor.extractor import extract_report
from bilagor.extractor.text_layer import NO_COMMON_WORDS, unreadable_reason
from bilagor.extractor.words import Page, Word

broken_fonts = pytest.importorskip("fixturegen.broken_fonts")

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None and not os.environ.get("CI"),
    reason="tesseract is not installed (CI installs it and fails instead of skipping)",
)

ROWS = [
    ("Projektnamn", "Trygghetsvandring och belysning i Rinkebyparken"),
    ("Plats", "Rinkebyparken, Rinkeby-Kista stadsdelsförvaltning"),
    (
        "Beskrivning",
        "Projektet har genomförts enligt plan under hösten och våren. Belysningen längs gångvägen har bytts ut "
        "och buskar har röjts för att öka sikten.\n• Boende deltog i två trygghetsvandringar.\n"
        "• Kostnaden blev 120 000 kronor.",
    ),
    ("Slutresultat", "Platsen upplevs som tryggare enligt boende som deltog i uppföljningen."),
]
PROSE = " ".join(answer for _, answer in ROWS).replace("\n", " ").split()


def _page(texts: list[str]) -> Page:
    return Page(1, 595, 842, [Word(t, 60 + 10 * (i % 40), 68 + 10 * (i % 40), 90 + i // 40 * 14, 100) for i, t in
                              enumerate(texts)])  # fmt: skip


def _shifted(word: str, by: int) -> str:
    return "".join(chr(ord(c) + by) for c in word)


@pytest.mark.parametrize("by", [1, 2, -1])
def test_words_one_code_point_off_are_no_text(by):
    assert unreadable_reason(_page([_shifted(w, by) for w in PROSE])) is not None


def test_text_without_common_words_is_said_so():
    assert unreadable_reason(_page([_shifted(w, 1) for w in PROSE])) == NO_COMMON_WORDS


def test_swedish_prose_and_a_list_of_names_are_text():
    assert unreadable_reason(_page(PROSE)) is None
    names = "Stockholms stad Trafikkontoret Polisen Rinkeby Familjebostäder Svenska Bostäder Micasa Fastigheter"
    assert unreadable_reason(_page((names + " ").split() * 4)) is None
    english = "The project was carried out as planned and the lighting along the path has been replaced by the city"
    assert unreadable_reason(_page(english.split() * 2)) is None


@needs_tesseract
@pytest.mark.parametrize("producer", ["type3", "shifted"])
def test_a_form_whose_text_layer_is_broken_is_read_with_ocr_bullets_and_all(tmp_path, producer):
    pdf = broken_fonts.write_form(tmp_path / f"{producer}.pdf", ROWS, producer)
    report = extract_report(pdf, entities=False)
    assert report.ocr
    assert any(w.startswith("sida 1: textlagret går inte att läsa") and "läst med OCR" in w for w in report.warnings)
    sections = {s.key: s.text for s in report.sections}
    assert sections["projektnamn"] == ROWS[0][1]
    assert sections["beskrivning"] == ROWS[2][1].replace("\n", " ")
