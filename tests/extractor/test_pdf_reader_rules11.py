"""Rules the reader used to drop (#12, eleventh round).

Borders drawn as a ring: a filled rectangle with a slightly smaller one inside it, filled by the
even-odd rule (WeasyPrint draws every CSS border so), paint only the thin band between the two. That
band is a rule; the two rectangles themselves are no boxes. A cell border shorter than a border's
least length (a row of one line) is one when it runs from a horizontal rule to another."""

from __future__ import annotations

from bilagor.extractor.pdf_reader import _rules


def _filled(x0, top, x1, bottom, evenodd=True):
    return {
        "object_type": "rect",
        "x0": x0,
        "top": top,
        "x1": x1,
        "bottom": bottom,
        "fill": True,
        "stroke": False,
        "evenodd": evenodd,
    }


def test_a_border_under_a_row_is_the_band_between_two_nested_fills():
    # A flex row's border-bottom: the inner rectangle ends 0.4 pt above the outer one.
    rules = _rules([_filled(62.7, 117.0, 280.6, 155.4), _filled(62.7, 117.0, 280.6, 155.0)])
    assert rules == [(62.7, 155.0, 280.6, 155.4)]


def test_a_framed_card_gives_its_four_sides():
    rules = _rules([_filled(68.4, 153.1, 250.5, 211.1), _filled(69.0, 153.7, 249.9, 210.5)])
    assert sorted(rules) == sorted(
        [
            (68.4, 153.1, 250.5, 153.7),
            (68.4, 210.5, 250.5, 211.1),
            (68.4, 153.1, 69.0, 211.1),
            (249.9, 153.1, 250.5, 211.1),
        ]
    )


def test_nested_fills_far_apart_or_painted_over_are_no_border():
    # A shaded box inside a larger one (padding, not a border's width), and two fills by the
    # nonzero rule (the inner one paints over the outer: no hole, no band).
    assert _rules([_filled(50, 100, 300, 200), _filled(60, 110, 290, 190)]) == []
    assert _rules([_filled(62.7, 117.0, 280.6, 155.4, False), _filled(62.7, 117.0, 280.6, 155.0, False)]) == []


def _line(x0, top, x1, bottom):
    return {"object_type": "line", "x0": x0, "top": top, "x1": x1, "bottom": bottom}


def test_a_short_vertical_rule_between_two_horizontal_rules_is_a_cell_border():
    # A table row of one line, 19 pt high: its cell borders join the rules over and under it.
    rows = [_line(56.7, 224.7, 538.6, 224.7), _line(56.7, 243.7, 538.6, 243.7)]
    cells = [_line(x, 224.7, x, 243.7) for x in (56.7, 143.4, 297.6)]
    assert sorted(_rules(rows + cells)) == sorted(
        [tuple(r[k] for k in ("x0", "top", "x1", "bottom")) for r in rows + cells]
    )


def test_a_short_vertical_tick_touching_no_rule_is_no_border():
    tick = _line(100.0, 300.0, 100.0, 310.0)  # a check box's side, a tick mark
    half = _line(143.4, 224.7, 143.4, 240.0)  # reaches the rule above only
    assert _rules([tick, half, _line(56.7, 224.7, 538.6, 224.7)]) == [(56.7, 224.7, 538.6, 224.7)]
