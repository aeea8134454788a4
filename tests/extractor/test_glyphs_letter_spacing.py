"""Words spaced only by positioning (a TJ array without space characters) under letter spacing (Tc) or
horizontal scaling (Tz): parted at their line's own word gap (glyphs.run_word_gap), not at every letter
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


def test_a_condensed_line_has_a_narrower_word_gap():
    chars = spaced(["Rinkeby", "torg", "norra"], letter_gap=0.0, word_gap=1.2, width=2.5)  # glyphs at half width
    assert run_word_gap(chars) == pytest.approx(1.0)  # 0.3 of the median glyph, not under MIN_WORD_GAP
    assert [w.text for w in words_from_chars(chars)] == ["Rinkeby", "torg", "norra"]


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
