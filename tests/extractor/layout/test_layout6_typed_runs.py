"""Issue #12, sixth round, pure helpers: where a label's type gives way to its answer's inside
one run of words, and the answers' leading a narrow label column wraps at."""

from __future__ import annotations

from bilagor.extractor.layout.columns import answer_leading, label_type_end
from bilagor.extractor.layout.model import Line
from bilagor.extractor.words import Word
from factories import words

BOLD = "Times-Bold"


def _run(*parts: tuple[str, str, float]) -> list[Word]:
    out: list[Word] = []
    x = 70.0
    for text, font, size in parts:
        ws = words(text, x, 100, size=size, font=font)
        out += ws
        x = ws[-1].x1 + 0.28 * size
    return out


def test_a_bold_label_then_answer_text_changes_type_after_the_label():
    assert label_type_end(_run(("PROJEKTNAMN", BOLD, 12.0), ("Ny belysning", "Times-Roman", 11.0))) == 1


def test_capitals_then_a_lowercase_word_change_type_after_the_capitals():
    assert (
        label_type_end(_run(("BESKRIVNING AV", "Times-Roman", 11.0), ("Förvaltningen har", "Times-Roman", 11.0))) == 2
    )


def test_a_smaller_label_then_body_type_changes_type():
    assert label_type_end(_run(("Plats", "Times-Roman", 9.0), ("Husby torg", "Times-Roman", 11.0))) == 1


def test_no_change_of_type_in_a_heading_a_sentence_or_on_ocr_pages():
    assert label_type_end(_run(("1. Beskrivning (mål och syfte)", BOLD, 11.0))) is None
    assert label_type_end(_run(("Namn på insats Trygga stråk", "Times-Roman", 11.0))) is None
    ocr = [
        Word(w.text, w.x0, w.x1, w.top, w.bottom, "", w.size)
        for w in _run(("PLATS", BOLD, 12.0), ("Husby", BOLD, 11.0))
    ]
    assert label_type_end(ocr) is None


def _line(text: str, x: float, top: float) -> Line:
    return Line(1, words(text, x, top, size=11.0))


def test_the_answers_leading_is_the_common_pitch_of_answer_lines():
    lines = [
        _line("PROJEKTNAMN", 66, 100),
        _line("Gångtunneln har fått ny belysning", 155, 122.3),
        _line("och väggarna har målats.", 155, 137.2),
        _line("Buskar har beskurits längs vägen", 155, 152.1),
        _line("till skolan.", 155, 167.0),
        _line("Inga avvikelser.", 155, 190.0),
    ]
    assert abs(answer_leading(lines, {1: 150.0}, 4.8) - 14.9) < 0.05
    assert answer_leading(lines[:3], {1: 150.0}, 4.8) is None  # two pitches prove nothing
    assert answer_leading(lines, {1: None}, 4.8) is None  # one-column: no answer column
