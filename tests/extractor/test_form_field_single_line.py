"""A single-line field's value stays inside its box, as the producer that sized the box to it drew it."""

from __future__ import annotations

from bilagor.extractor.form_fields import CHOICE, TEXT, Widget, widget_words


def test_a_value_wider_than_the_average_glyph_allows_stays_in_its_box():
    # 41 characters in a box about 175 pt wide: at half an em a glyph (10 pt) they would reach 205 pt past
    # the box's left edge, into the next column's label.
    box = (150.0, 100.0, 328.0, 114.0)
    words = widget_words([Widget(TEXT, "Trafiksäkra övergångar vid Blåsutskolan x", box, 10.0)], [])
    assert [w.text for w in words] == "Trafiksäkra övergångar vid Blåsutskolan x".split()
    assert max(w.x1 for w in words) <= box[2]


def test_a_drop_down_choice_stays_in_its_box():
    box = (160.0, 180.0, 350.0, 196.0)
    words = widget_words([Widget(CHOICE, "Spånga-Tensta stadsdelsnämnd med bilagor", box, 10.0)], [])
    assert max(w.x1 for w in words) <= box[2]


def test_a_short_value_keeps_the_average_glyph_width():
    words = widget_words([Widget(TEXT, "12 400", (100.0, 50.0, 300.0, 64.0), 10.0)], [])
    assert [(w.text, w.x0, w.x1) for w in words] == [("12", 102.0, 112.0), ("400", 117.0, 132.0)]
