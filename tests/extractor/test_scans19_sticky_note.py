"""Issue #12, nineteenth round: a yellow sticky note with a few dark pen strokes on it, stuck over part of an
answer on a colour scan. The note is taken for a highlighter's band (ocr_pen: lightened to paper), and its
strokes, joined to it, were lightened with it and stayed dark: Tesseract read them as letters beside the answer
("er", "Cate"). Synthetic images drawn here."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter

from bilagor.extractor.ocr_pen import strokes_on_band, without_pen

DPI = 200
SCALE = DPI / 72
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
PAPER, INK, NOTE, PEN = (246, 245, 240), (28, 28, 36), (250, 232, 110), (30, 40, 120)


def _grey(image: Image.Image) -> np.ndarray:
    return np.asarray(image.convert("L"))


def page_with_note(*, strokes: bool = True, highlighted_words: bool = False) -> Image.Image:
    """A form's lines of print, and a note (or a highlighter's band over print) at the first one's end (a pen's
    strokes are a few per cent of a page's ink: ocr_pen.MAX_MARK_SHARE)."""
    image = Image.new("RGB", (1200, 900), PAPER)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(SANS, round(10 * SCALE))
    draw.text((60, 100), "Namn på insats: Gallring av buskage", font=font, fill=INK)
    for row in range(8):
        draw.text(
            (60, 420 + 55 * row), "Åtgärden har genomförts tillsammans med exploateringskontoret.", font=font, fill=INK
        )
    draw.rectangle((700, 60, 1000, 360), fill=NOTE)
    if highlighted_words:
        draw.text((720, 180), "Ulvsunda industriområde", font=font, fill=INK)
    if strokes:  # a ballpoint's scribbled lines, no words
        for y in (130, 190, 250):
            draw.line([(740 + 20 * k, y + (6 if k % 2 else -6)) for k in range(11)], fill=PEN, width=3, joint="curve")
    return image.filter(ImageFilter.GaussianBlur(0.6))  # a scan's soft edges


def test_pen_strokes_on_a_sticky_note_are_made_paper():
    rgb = page_with_note()
    cleaned, marks = without_pen(_grey(rgb), np.asarray(rgb), SCALE)
    assert marks is not None
    note = cleaned[70:350, 710:990]
    assert (note < 150).sum() == 0  # no stroke left to be read as letters
    assert (cleaned[90:140, 60:600] < 100).sum() > 500  # the print beside the note stays


def test_print_under_a_highlighter_band_is_no_pen_stroke():
    grey = _grey(page_with_note(strokes=False, highlighted_words=True))[60:361, 700:1001]
    level = float(np.median(grey))
    assert not strokes_on_band(grey, level, SCALE).any()


def test_a_flat_dark_line_inside_a_band_is_a_stroke_and_one_to_the_band_edge_is_not():
    grey = np.full((200, 300), 220, np.uint8)
    grey[60:64, 40:200] = 40  # a scribbled line inside the note
    grey[140:143, 0:300] = 40  # a rule through the band, edge to edge
    found = strokes_on_band(grey, 220.0, SCALE)
    assert found[60:64, 40:200].all()
    assert not found[140:143].any()


def test_letters_run_together_on_a_band_are_no_stroke():
    grey = np.full((200, 300), 220, np.uint8)
    grey[60:64, 40:200] = 40  # a bar joining a bold word's letters
    grey[40:64, 40:200:20] = 40  # and their stems
    assert not strokes_on_band(grey, 220.0, SCALE).any()
