"""Broken text layers read from their own glyphs, the codes taught by OCR (issue #12 class 7).

Pure fixtures: a line of glyphs as pdfplumber gives them (a Type 0 font's "(cid:N)" codes, or a Type 1 /
Type 3 font's custom codes read as wrong letters) and the OCR words read on top of them."""

from __future__ import annotations

import os
import shutil

import pytest

from bilagor.extractor import extract_report
from bilagor.extractor.glyph_map import decoded_chars, learn_glyphs
from bilagor.extractor.text_layer import NO_UNICODE_MAP, unreadable_reason
from bilagor.extractor.words import Page, Word

ADVANCE = 5.0  # points a glyph


def _glyphs(text: str, font: str, code, x: float = 50.0, top: float = 100.0) -> list[dict]:
    """One glyph dict a character of `text` (a space too), its code as `code(char)` gives it."""
    return [
        {"text": code(c), "fontname": font, "size": 10.0, "x0": x + i * ADVANCE, "x1": x + (i + 1) * ADVANCE,
         "top": top, "bottom": top + 10.0, "upright": True}
        for i, c in enumerate(text)
    ]  # fmt: skip


def _ocr(text: str, x: float = 50.0, top: float = 100.0, misread: dict[str, str] | None = None) -> list[Word]:
    """The words OCR reads over `_glyphs(text)`: boxes from the first to the last letter of each word."""
    words, start = [], 0
    for part in text.split(" "):
        read = (misread or {}).get(part, part)
        x0 = x + start * ADVANCE
        words.append(Word(read, x0 + 0.4, x0 + len(part) * ADVANCE - 0.4, top - 1.0, top + 11.0))
        start += len(part) + 1
    return words


def _cid(c: str) -> str:
    return f"(cid:{ord(c) % 97 + 1})"


def _shifted(c: str) -> str:
    return chr(ord(c) + 1)


def _text(chars: list[dict]) -> str:
    return "".join(c["text"] for c in chars)


LINE = "Projektet har genomförts enligt plan och boende deltog i trygghetsvandringar"


@pytest.mark.parametrize("code", [_cid, _shifted], ids=["type0-identity-cid", "custom-encoding-letters"])
def test_the_codes_of_a_font_without_a_map_are_learned_from_ocr_words(code):
    chars = _glyphs(LINE, "ABCDEF+Serif", code)
    decoded = decoded_chars(chars, learn_glyphs(chars, _ocr(LINE)))
    assert decoded is not None
    assert _text(decoded) == LINE


def test_a_misread_is_outvoted_by_the_other_places_its_code_is_drawn():
    line = "genomförts enligt plan och boende deltog enligt plan"
    chars = _glyphs(line, "F1", _cid)
    decoded = decoded_chars(chars, learn_glyphs(chars, _ocr(line, misread={"plan": "pIan"})))
    assert decoded is not None
    assert _text(decoded) == line


def test_too_few_learned_codes_leave_the_ocr_words_standing():
    chars = _glyphs(LINE, "F1", _cid) + _glyphs("xyzqwv xyzqwv", "F2", _cid, top=130.0)  # never read by OCR
    assert decoded_chars(chars, learn_glyphs(chars, _ocr(LINE))) is None


def test_a_good_font_beside_a_broken_one_keeps_its_own_text():
    # bold labels without a map; answers in a good font that OCR read with one misread ("Kista" as "Kısta")
    label = _glyphs("Plats", "BOLD", _cid, x=50.0)
    answer_text = "Rinkebyparken i Kista"
    answer = _glyphs(answer_text, "Regular", str, x=120.0)
    ocr = _ocr("Plats", x=50.0) + _ocr(answer_text, x=120.0, misread={"Kista": "Kısta"})
    decoded = decoded_chars(label + answer, learn_glyphs(label + answer, ocr))
    assert decoded is not None
    assert _text(decoded) == "Plats" + answer_text


def _page(words: list[tuple[str, str]]) -> Page:
    return Page(1, 595, 842, [Word(t, 60 + 10 * (i % 40), 68 + 10 * (i % 40), 90 + i // 40 * 14, 100, font)
                              for i, (t, font) in enumerate(words)])  # fmt: skip


def test_labels_in_a_font_without_a_map_beside_good_answers_make_the_page_unreadable():
    labels = ["Eed4M5", "hi5jln55", "Qx7Bk", "Rzt9Lm", "Kp2Wq", "Vb8Nx", "Tj3Hz", "Lm6Pq", "Zx1Cv"]
    prose = (LINE + " och det blev bra för alla som bor i området under året").split() * 6
    page = _page([(t, "BOLD") for t in labels] + [(t, "Regular") for t in prose])
    assert unreadable_reason(page) == NO_UNICODE_MAP


def test_a_page_of_good_fonts_with_few_odd_words_is_text():
    codes = ["CM4", "5b", "Dnr", "1.5.3-219-2019"]
    prose = (LINE + " och det blev bra för alla som bor i området under året").split() * 6
    page = _page([(t, "BOLD") for t in codes] + [(t, "Regular") for t in prose])
    assert unreadable_reason(page) is None


broken_fonts = pytest.importorskip("fixturegen.broken_fonts")
needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None and not os.environ.get("CI"),
    reason="tesseract is not installed (CI installs it and fails instead of skipping)",
)


@needs_tesseract
def test_a_type3_form_without_a_map_is_read_from_its_own_glyphs(tmp_path):
    rows = [
        ("Projektnamn", "Belysning och röjning vid entréerna i Rinkebyparken"),
        ("Plats", "Rinkebyparken, Rinkeby-Kista stadsdelsförvaltning"),
        ("Beskrivning", "Belysningen längs gångvägen har bytts ut och buskar har röjts för att öka sikten."),
    ]
    pdf = broken_fonts.write_form(tmp_path / "type3.pdf", rows, "type3")
    report = extract_report(pdf, entities=False)
    assert any("textlagrets tecken tydda" in w for w in report.warnings), report.warnings
    sections = {s.key: s.text for s in report.sections}
    assert sections["projektnamn"] == rows[0][1]
    assert sections["beskrivning"] == rows[2][1]


def test_a_ligature_glyph_learns_the_letters_ocr_read_for_it():
    # "fi" and "fl" drawn as one glyph each: OCR reads two letters where the layer has one code
    line = "Upphandlingen fick göras om och flyttade sedan tack vare ett nytt beslut i januari och klart"

    def code(c: str) -> str:
        return {"\ufb01": "(cid:90)", "\ufb02": "(cid:91)"}.get(c, _cid(c))

    drawn = line.replace("fi", "\ufb01").replace("fl", "\ufb02")
    chars = _glyphs(drawn, "F1", code)
    words, start = [], 0
    for part in drawn.split(" "):
        x0 = 50.0 + start * ADVANCE
        read = part.replace("\ufb01", "fi").replace("\ufb02", "fl")
        words.append(Word(read, x0 + 0.4, x0 + len(part) * ADVANCE - 0.4, 99.0, 111.0))
        start += len(part) + 1
    decoded = decoded_chars(chars, learn_glyphs(chars, words))
    assert decoded is not None
    assert _text(decoded) == line
