"""Issue #12, seventeenth round (f-text): a header table row of two pairs whose right-hand label wraps in its
cell after an abbreviation's stop ('Ev.' / 'samverkan'). The first line alone ends in a full stop, so it did not
read as a label and the row was no header row: the right pair's label and answer ran into the left answer. A label
that wraps in its cell is judged whole, over the row's lines."""

from __future__ import annotations

from bilagor.extractor.layout.grid import label_start_form
from bilagor.extractor.layout.walker import label_form
from bilagor.extractor.words import Page
from factories import words
from layout_builders import TITLE, lay_as_extractor, summary

BOLD = "Helvetica-Bold"
SIZE = 10.0
LEAD = 13.0
LEFT = (72.0, 160.0)  # the left pair's label and answer columns
RIGHT = (290.0, 372.0)


def _label(text: str, x: float, top: float) -> list:
    return words(text, x, top, size=SIZE, font=BOLD)


def _answer(text: str, x: float, top: float) -> list:
    return words(text, x, top, size=SIZE)


def _row(left: tuple[str, str], right: tuple[str, str], top: float) -> list:
    return (
        _label(left[0], LEFT[0], top)
        + _answer(left[1], LEFT[1], top)
        + _label(right[0], RIGHT[0], top)
        + _answer(right[1], RIGHT[1], top)
    )


BODY = _label("Bakgrund", LEFT[0], 230.0) + _answer("Gångvägen saknar belysning.", LEFT[1], 230.0)


def test_a_right_label_wrapped_after_an_abbreviation_stop_keeps_its_pair():
    ws = list(TITLE) + _row(("Namn på insats", "Ljus längs Ålstensgatan"), ("Sökt belopp", "275 000"), 100.0)
    ws += _row(("Kontaktperson", "Maja Ek"), ("Ev.", "Bromma"), 130.0)
    ws += _label("samverkan", RIGHT[0], 130.0 + LEAD) + _answer("hembygdsförening", RIGHT[1], 130.0 + LEAD)
    ws += BODY
    assert summary(lay_as_extractor([Page(1, 595.0, 842.0, ws)])) == [
        ("Namn på insats", "Ljus längs Ålstensgatan", 1),
        ("Sökt belopp", "275 000", 1),
        ("Kontaktperson", "Maja Ek", 1),
        ("Ev. samverkan", "Bromma hembygdsförening", 1),
        ("Bakgrund", "Gångvägen saknar belysning.", 1),
    ]


def test_a_label_s_first_line_may_end_in_an_abbreviation_stop():
    assert not label_form("Ev.")
    assert label_start_form("Ev.")
    assert label_start_form("Tel. nr")
    assert not label_start_form("Vi bygger 2027.")
