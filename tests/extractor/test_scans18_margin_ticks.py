"""Issue #12, eighteenth round (stamp_tick): a dark ballpoint tick left of a label on a grey scan was read into
the label's line as letters ("SÅ Bakgrund:"), and the label was lost. It is as dark as the print, so neither the
pen step (colour) nor the grey-mark step (a grey stroke) takes it; margin_ticks tells it by where it stands (left
of the column most lines start at) and its shape (taller than a line's glyphs, about as wide, a thin stroke).
Synthetic pages drawn here with DejaVu Sans."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from bilagor.extractor.margin_ticks import margin_ticks, without_margin_ticks

SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DPI = 300
SCALE = DPI / 72
LEFT = 80  # points: the text column's left edge
LINES = [
    ("label", "Bakgrund:"),
    ("text", "Stadsdelsförvaltningen har uppmärksammat platsen."),
    ("label", "Syfte och mål:"),
    ("text", "Genom belysningen vill förvaltningen förebygga skadegörelse."),
    ("label", "Resultat:"),
    ("text", "Boende vittnar om att de nu väljer att gå genom parken."),
]


def page(ticks: bool = False, margin_text: str | None = None, margin_size: int = 11) -> Image.Image:
    """A grey page of labels over answers from column LEFT; a ballpoint tick (thin, 1.3 times the text size tall)
    left of each label when `ticks`, and `margin_text` (`margin_size` pt) printed in the margin beside the first
    line when given."""
    size = (round(595 * SCALE), round(842 * SCALE))
    image = Image.new("L", size, 246)
    draw = ImageDraw.Draw(image)
    y = 80.0
    for kind, text in LINES:
        font = ImageFont.truetype(BOLD if kind == "label" else SANS, round(11 * SCALE))
        draw.text((LEFT * SCALE, y * SCALE), text, font=font, fill=30)
        if ticks and kind == "label":
            s, base = 11 * SCALE, (y + 9) * SCALE
            x = LEFT * SCALE
            points = [(x - 1.5 * s, base - 0.5 * s), (x - 1.05 * s, base), (x - 0.2 * s, base - 1.3 * s)]
            draw.line(points, fill=55, width=round(0.9 * SCALE), joint="curve")
        y += 22
    if margin_text:
        font = ImageFont.truetype(SANS, round(margin_size * SCALE))
        right = (LEFT - 2) * SCALE  # the text ends short of the column
        draw.text((right, 60 * SCALE), margin_text, font=font, fill=30, anchor="rs")
    return image


def test_ticks_left_of_labels_are_found_and_made_paper():
    grey = np.asarray(page(ticks=True))
    ticks = margin_ticks(grey, SCALE)
    assert len(ticks) == 3
    cleaned = without_margin_ticks(grey, SCALE)
    assert (cleaned[:, : round((LEFT - 1) * SCALE)] < 160).sum() == 0
    # the column's print is left as it was
    column = round(LEFT * SCALE)
    assert np.array_equal(cleaned[:, column:], grey[:, column:])


def test_a_clean_page_is_left_as_it_is():
    grey = np.asarray(page())
    assert margin_ticks(grey, SCALE) == []
    assert without_margin_ticks(grey, SCALE) is grey


def test_a_hanging_number_in_the_margin_stays():
    """A heading's number set out in the margin is print: shorter than a tick, and not a thin stroke."""
    grey = np.asarray(page(margin_text="1."))
    assert margin_ticks(grey, SCALE) == []


def test_a_blank_page_has_no_ticks():
    grey = np.full((400, 300), 246, dtype=np.uint8)
    assert margin_ticks(grey, SCALE) == []


def test_a_word_set_out_into_the_margin_stays():
    """Print set out into the margin has its word's letters left of a tick-like glyph (a scanned colour form's
    title started left of its body text, and its "a" was taken for a tick): a printed check mark after a word."""
    grey = np.asarray(page(margin_text="Klart \u2713", margin_size=18))
    assert margin_ticks(grey, SCALE) == []
