"""A glyph chart (a font's characters shown one by one) is no broken text layer (bench/robustness.py, h28:
pdf-lib's standard_fonts_demo, its pages of every character of Times, Helvetica and Courier apart, were
taken for a wrong character map, "inga vanliga ord", and read with OCR at some 40 s a page until the file's
time-out). One glyph says nothing of a map; a page of real words read through a wrong map is still caught."""

from __future__ import annotations

from bilagor.extractor.ocr_plan import plan_ocr
from bilagor.extractor.pdf_reader import read_pdf
from bilagor.extractor import text_layer
from bilagor.extractor.text_layer import NO_COMMON_WORDS, unreadable_reason
from bilagor.extractor.words import Page, Word
from odd_pdfs import glyph_chart_pdf


def test_a_standard_fonts_glyph_chart_is_not_sent_to_ocr(tmp_path):
    path = tmp_path / "typsnitt.pdf"
    path.write_bytes(glyph_chart_pdf(["Times-Roman", "Helvetica-Bold"]))
    (page,) = read_pdf(path).pages
    assert len(page.words) > 300  # every glyph a word of its own
    assert unreadable_reason(page) is None
    assert plan_ocr([page], "auto").recognise == []


def _page(texts: list[str]) -> Page:
    words = [
        Word(t, 40.0 + 30 * (i % 15), 60.0 + 30 * (i % 15), 50.0 + 14 * (i // 15), 60.0 + 14 * (i // 15))
        for i, t in enumerate(texts)
    ]
    return Page(1, 595, 842, words, [], [])


def test_words_read_through_a_wrong_map_are_still_no_text():
    # right-shaped words one code point off ("ibs", "qmbo"), no common words: not a chart, still caught
    prose = "vi har genomfört projektet i parken och det blev bra för alla boende i området under året".split()
    shifted = [("".join(chr(ord(c) + 1) for c in w)) for w in prose * 3]
    assert not text_layer.glyph_chart(shifted)
    assert unreadable_reason(_page(shifted)) == NO_COMMON_WORDS
    # a few lone symbols among them do not make it a chart
    assert not text_layer.glyph_chart([*shifted, *"#$%&<=>@"])
    # nor does a page of glyphs mostly without a Unicode map: that font's text, unreadable
    assert not text_layer.glyph_chart(["(cid:7)"] * 40 + ["a"] * 20)
    assert text_layer.glyph_chart(["(cid:7)"] * 20 + ["a"] * 40)
