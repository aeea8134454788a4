"""Words spaced only by positioning (a TJ array without space characters) under letter spacing (Tc) or
horizontal scaling (Tz, which pdfminer draws with letter gaps): parted at their line's own word gap (glyphs.run_word_gap), not at every letter
and not run together; end to end on tests/data/viewer/letter-spaced.pdf (tests/fixturegen/viewer_layers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilagor.extractor.glyphs import run_word_gap, words_from_chars
from bilagor.extractor.pdf_reader import read_pdf

VIEWER = Path(__file__).resolve().parents[1] / "data" / "viewer"
LABELS = ["Uppföljning", "trygghetsinvestering", "Projektnamn", "Plats", "Resultat"]


def char(text: str, x0: float, width: float = 5.0, size: float = 10.0) -> dict:
    return {
        "text": text,
        "x0": x0,
        "x1": x0 + width,
        "top": 100.0,
        "bottom": 110.0,
        "doctop": 100.0,
        "upright": True,
        "fontname": "Helvetica",
        "size": size,
    }


def spaced(words: list[str], letter_gap: float, word_gap: float, width: float = 5.0) -> list[dict]:
    chars, x = [], 50.0
    for index, word in enumerate(words):
        x += word_gap - letter_gap if index else 0.0
        for letter in word:
            chars.append(char(letter, x, width))
            x += width + letter_gap
    return chars


def test_a_letter_spaced_line_is_parted_at_its_word_gaps_not_at_every_letter():
    chars = spaced(["Upprustning", "av", "torget"], letter_gap=2.0, word_gap=7.0)
    assert run_word_gap(chars) == pytest.approx(3.5)  # 1.5 (0.15 em) + the 2 pt letter spacing
    assert [w.text for w in words_from_chars(chars)] == ["Upprustning", "av", "torget"]


def test_a_line_without_letter_spacing_keeps_the_size_word_gap():
    chars = spaced(["Upprustning", "av", "torget"], letter_gap=0.0, word_gap=2.0)
    assert run_word_gap(chars) == pytest.approx(1.5)
    assert [w.text for w in words_from_chars(chars)] == ["Upprustning", "av", "torget"]


def test_a_letter_spaced_condensed_line_measures_its_word_space_by_its_glyphs():
    # pdfminer draws type scaled to half its width (Tz 50) with a 1 pt gap after each glyph.
    chars = spaced(["Rinkeby", "torg", "norra"], letter_gap=1.0, word_gap=2.25, width=2.6)
    assert run_word_gap(chars) == pytest.approx(2.0)  # 1 pt spacing + 0.3 of a 2.6 pt glyph, at least 1 pt
    assert [w.text for w in words_from_chars(chars)] == ["Rinkeby", "torg", "norra"]


def test_a_run_without_letter_spacing_keeps_the_size_word_gap_however_narrow_its_glyphs():
    # Narrow glyphs at 16.6 pt, kerned tight, a 2.2 pt gap after a comma (a real file's "189,175.14"):
    # one word, as the size's word gap (2.49 pt) says; the glyphs' width measures only letter-spaced runs.
    chars, x = [], 50.0
    for text, gap in zip("189,175.14", (-0.2, -0.4, -0.4, 2.2, -0.1, -0.3, -0.3, 1.5, -0.2, 0.0)):
        chars.append(char(text, x, 5.3, 16.6))
        x += 5.3 + gap
    assert run_word_gap(chars) == pytest.approx(0.15 * 16.6)
    assert [w.text for w in words_from_chars(chars)] == ["189,175.14"]


def test_evenly_spaced_characters_of_a_script_without_word_spaces_are_no_letter_spacing():
    # Japanese set in vertical columns: across a row the characters stand 0.77 em apart, one per column.
    chars = [char(text, 50 + 17.0 * i, 9.6, 9.6) for i, text in enumerate("あそ記たそ宇こ")]
    assert run_word_gap(chars) == pytest.approx(0.15 * 9.6)
    assert len(words_from_chars(chars)) == 7
    latin = [char(text, 50 + 17.0 * i, 9.6, 9.6) for i, text in enumerate("Rinkeby")]
    assert len(words_from_chars(latin)) == 7  # 7.4 pt apart: wider than any letter spacing (half an em)


def test_thin_spaces_beside_punctuation_are_no_letter_spacing():
    """'x1, . . . , xn' set with thin spaces: the gaps all stand beside punctuation and say nothing of
    the letters' spacing; the size's word gap parts them as before."""
    chars = spaced([",", ".", ".", ".", ",", "x"], letter_gap=0.0, word_gap=1.7, width=2.5)
    assert run_word_gap(chars) == pytest.approx(1.5)
    assert [w.text for w in words_from_chars(chars)] == [",", ".", ".", ".", ",", "x"]


def test_words_spaced_only_by_kerning_under_letter_spacing_or_scaling_are_read_as_words():
    assert [w.text for w in read_pdf(VIEWER / "letter-spaced.pdf").pages[0].words] == LABELS + [
        "Upprustning",
        "av",
        "torget",
        "Rinkeby",
        "torg",
        "norra",
        "delen",
        "Fler",
        "vistas",
        "på",
        "platsen",
    ]
