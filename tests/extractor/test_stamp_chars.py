"""A watermark's or stamp's letters in the text layer are left out before words are built (stamp_chars)."""

import math

from bilagor.extractor.glyphs import words_from_chars
from bilagor.extractor.stamp_chars import turned_degrees, without_stamp_chars


def _char(text, x0, top, size=10.0, *, angle=0.0, lightness=0.0, width=None):
    a, b = math.cos(math.radians(angle)) * size, math.sin(math.radians(angle)) * size
    w = width if width is not None else size * 0.55
    return {
        "text": text,
        "x0": x0,
        "x1": x0 + w,
        "top": top,
        "bottom": top + size,
        "doctop": top,
        "upright": True,  # pdfminer's own test calls a character turned 45 degrees upright
        "fontname": "Helvetica",
        "size": size,
        "matrix": (a, b, -b, a, x0, 800 - top),
        "lightness": lightness,
    }


def _line(text, x0, top):
    out, x = [], x0
    for ch in text:
        out.append(_char(ch, x, top))
        x += 5.5
    return out


def test_turned_degrees_measures_off_the_nearest_axis():
    assert turned_degrees((10, 0, 0, 10, 0, 0)) == 0.0
    assert round(turned_degrees((0, 10, -10, 0, 0, 0)), 6) == 0.0  # a quarter turn is on an axis
    assert round(turned_degrees((7.07, 7.07, -7.07, 7.07, 0, 0))) == 45
    assert round(turned_degrees((9.96, 0.87, -0.87, 9.96, 0, 0))) == 5  # a skewed layer's few degrees


def test_a_diagonal_watermark_letter_is_not_read_into_the_form_words():
    # "och" with the stamp's big pale "K", turned 45 degrees, its box ending just before the word: read as "Koch".
    chars = _line("Projektet och målen", 100, 400)
    stamp = _char("K", 96.5, 396, size=80, angle=45, lightness=0.82, width=3.5)
    stamp["bottom"] = 410
    words = [w.text for w in words_from_chars(without_stamp_chars([stamp, *chars]))]
    assert words == ["Projektet", "och", "målen"]


def test_a_level_stamp_is_left_out_when_large_and_pale_but_a_dark_heading_is_kept():
    body = _line("Beskrivning av projektet", 60, 200) + _line("Resultat och effekter", 60, 220)
    pale = [_char(c, 150 + 50 * k, 400, size=60, lightness=0.8) for k, c in enumerate("KOPIA")]
    dark = [_char(c, 60 + 40 * k, 100, size=40) for k, c in enumerate("TITEL")]
    kept = without_stamp_chars(pale + dark + body)
    assert not any(c in kept for c in pale)
    assert all(c in kept for c in dark + body)


def test_a_page_set_wholly_at_an_angle_is_read_as_it_is():
    chars = [_char(c, 60 + 6 * k, 200, angle=30) for k, c in enumerate("Projektnamn")]
    assert without_stamp_chars(chars) == chars
