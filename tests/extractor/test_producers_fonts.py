"""Fonts made by other tools read as the words they show: fake bold (overprint), symbol-encoded
fonts (private-use code points), Type3 fonts, ligature glyphs, one glyph per TJ element."""

from __future__ import annotations

import random

import pytest

from bilagor.extractor import extract_report
from bilagor.extractor.glyphs import OVERPRINT_TOLERANCE, without_overprint
from bilagor.extractor.pdf_reader import read_pdf
from bilagor.extractor.text_layer import glyph_text
from factories import char

fixturegen = pytest.importorskip("fixturegen")
from fixturegen.producers import FONT_FAMILIES, PRODUCER_FAMILIES, producers_spec, render_producer  # noqa: E402
from fixturegen.spec import RECORD_FIELDS  # noqa: E402


def test_a_glyph_drawn_again_a_fraction_of_a_point_aside_is_read_once():
    chars = [char("B", 10), char("B", 10.4), char("i", 16), char("i", 16.4), char("l", 18), char("l", 18.3)]
    assert [c["text"] for c in without_overprint(chars)] == ["B", "i", "l"]


def test_repeated_letters_other_fonts_and_other_lines_are_kept():
    chars = [
        char("l", 10),
        char("l", 10 + OVERPRINT_TOLERANCE + 1.2),  # "ll": the next glyph, not an overprint
        char("l", 10.3, font="Helvetica-Bold"),  # another font
        char("l", 10.2, top=112),  # the line below
    ]
    assert without_overprint(chars) == chars


def test_private_use_code_points_of_a_symbol_encoded_font_are_the_characters_they_stand_for():
    assert glyph_text("\uf050") == "P"
    assert glyph_text("\uf0e5") == "å"
    assert glyph_text("\uf096") == "–"  # the Windows code page, not Latin-1
    assert glyph_text("\uf0a7", "Wingdings-Regular") == "\uf0a7"  # a real symbol font's bullet stays
    assert glyph_text("Projekt") == "Projekt"
    assert glyph_text("") == ""


@pytest.mark.parametrize("family", FONT_FAMILIES)
def test_a_form_in_an_odd_font_reads_as_the_words_it_shows(tmp_path, family):
    index = PRODUCER_FAMILIES.index(family)
    spec, family = producers_spec(index, 1)
    path = tmp_path / f"{spec.name}.pdf"
    truth = render_producer(spec, family, path, random.Random(index))
    record = extract_report(path, entities=False, ocr="never").to_dict()
    assert {f: record[f] for f in RECORD_FIELDS} == {f: truth[f] for f in RECORD_FIELDS}
    assert [(s["key"], s["text"]) for s in record["sections"]] == [(s["key"], s["text"]) for s in truth["sections"]]
    assert not record["warnings"]  # read from its own text layer, no fallback


def test_fake_bold_labels_keep_their_words(tmp_path):
    spec, family = producers_spec(PRODUCER_FAMILIES.index("fake_bold"), 1)
    path = tmp_path / "bold.pdf"
    render_producer(spec, family, path, random.Random(0))
    words = {w.text for w in read_pdf(path).pages[0].words}
    assert "Bilaga" in words and "BBiillaaggaa" not in words


def _chars(text: str, x: float, size: float, gap: float) -> list[dict]:
    """`text` as characters 0.5 em wide, `gap` points apart (a space: a new word with no character)."""
    chars = []
    for c in text:
        if c == " ":
            x += gap
            continue
        chars.append(char(c, x, size=size))
        chars[-1]["x1"] = x + 0.5 * size
        x += 0.5 * size
    return chars


def test_a_word_gap_without_a_space_character_parts_words_at_small_sizes():
    from bilagor.extractor.glyphs import words_from_chars

    # 9.5 pt Times writes its word space as a 2.4 pt text offset: under pdfplumber's 3 pt.
    assert [w.text for w in words_from_chars(_chars("behov av", 100, 9.5, 2.4))] == ["behov", "av"]


def test_letter_spacing_and_kerning_keep_a_word_whole():
    from bilagor.extractor.glyphs import WORD_GAP_RATIO, words_from_chars

    tight = _chars("Projektnamn", 100, 10, 0)
    step = 0.9 * WORD_GAP_RATIO * 10  # each letter a little further than the last: tracking
    spaced = [dict(c, x0=c["x0"] + i * step, x1=c["x1"] + i * step) for i, c in enumerate(tight)]
    assert [w.text for w in words_from_chars(spaced)] == ["Projektnamn"]
