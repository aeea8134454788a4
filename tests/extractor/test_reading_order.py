"""Characters drawn one glyph at a time out of reading order (every glyph its own Tm, no space glyphs: in a random
order, or from the page's foot up and each line right to left) read by their positions (reading_order.py), and
text drawn in reading order left as drawn."""

from __future__ import annotations

import random

from bilagor.extractor.glyphs import words_from_chars
from bilagor.extractor.reading_order import drawn_out_of_order, lines, reading_order

WIDTH = 5.0


def line(words: list[str], x: float, baseline: float, size: float = 10.0, fontname: str = "Helvetica") -> list[dict]:
    """The characters of `words` on one baseline, in reading order, a word gap of half an em between words and
    no space characters."""
    chars = []
    for word in words:
        for letter in word:
            top = baseline - size
            chars.append(
                {
                    "text": letter,
                    "x0": x,
                    "x1": x + WIDTH,
                    "top": top,
                    "bottom": baseline,
                    "doctop": top,
                    "upright": True,
                    "fontname": fontname,
                    "size": size,
                }
            )
            x += WIDTH
        x += size / 2
    return chars


def form() -> list[dict]:
    """A form's lines in reading order: bold labels beside answers in a larger regular face on the same baseline."""
    bold = "Helvetica-Bold"
    return [
        *line(["Bilaga", "5"], 50, 60, 12, bold),
        *line(["Projektnamn"], 50, 100, 10, bold),
        *line(["Belysning", "i", "Tegnérlunden"], 150, 100.5, 10.5),
        *line(["Plats"], 50, 120, 10, bold),
        *line(["Tegnérlunden,", "Norra", "innerstaden"], 150, 120.5, 10.5),
        *line(["Beviljat", "belopp"], 50, 140, 10, bold),
        *line(["458", "000", "kr"], 150, 140.5, 10.5),
    ]


EXPECTED = (
    "Bilaga 5 Projektnamn Belysning i Tegnérlunden Plats Tegnérlunden, Norra innerstaden Beviljat belopp 458 000 kr"
)


def texts(chars: list[dict]) -> str:
    return " ".join(word.text for word in words_from_chars(chars))


def test_the_form_in_reading_order_reads_as_written():
    assert texts(form()) == EXPECTED


def test_glyphs_drawn_in_a_random_order_read_as_the_page_shows_them():
    for seed in range(5):
        chars = form()
        random.Random(seed).shuffle(chars)
        assert texts(chars) == EXPECTED


def test_glyphs_drawn_from_the_foot_up_and_right_to_left_read_top_down_left_to_right():
    chars = sorted(form(), key=lambda c: (-c["bottom"], -c["x0"]))
    assert drawn_out_of_order(chars)
    assert texts(chars) == EXPECTED


def test_text_drawn_in_reading_order_is_left_as_drawn():
    # Two columns drawn one after the other: the stream's order holds the columns apart, so it is kept.
    left = [c for n in range(6) for c in line(["vänster", "spalt"], 50, 100 + 14 * n)]
    right = [c for n in range(6) for c in line(["höger", "spalt"], 300, 100 + 14 * n)]
    chars = left + right
    assert not drawn_out_of_order(chars)
    assert reading_order(chars) is chars


def test_answers_drawn_before_their_labels_are_left_as_drawn():
    chars = form()
    labels = [c for c in chars if c["fontname"] == "Helvetica-Bold"]
    answers = [c for c in chars if c["fontname"] == "Helvetica"]
    assert not drawn_out_of_order(answers + labels)


def test_a_few_glyphs_say_nothing_of_the_order():
    chars = list(reversed(line(["Sida", "1"], 500, 800)))
    assert not drawn_out_of_order(chars)
    assert reading_order(chars) is chars


def test_glyphs_of_two_sizes_on_one_baseline_share_a_line_and_lines_come_top_down():
    chars = [*line(["Summa"], 300, 200.4, 10.5), *line(["Plats"], 50, 120, 10), *line(["Kostnad"], 50, 200, 9)]
    assert ["".join(c["text"] for c in sorted(group, key=lambda c: c["x0"])) for group in lines(chars)] == [
        "Plats",
        "KostnadSumma",
    ]


def test_turned_glyphs_stay_after_the_upright_ones():
    turned = [dict(c, upright=False) for c in line(["Dnr"], 20, 700)]
    chars = list(reversed(form())) + turned
    ordered = reading_order(chars)
    assert ordered[-len(turned) :] == turned
    assert "".join(c["text"] for c in ordered[:6]) == "Bilaga"
