"""A posterised form (four greys, no dithering) is no thin paper: its grey answers' umlaut dots and fringes and its
grey frames stand at the palette's palest grey but one, and the show-through step took them for a back's print and
wiped them ("anvandas", "Hasselby"; issue #12, thirty-fourth round). Pages drawn here with DejaVu Sans."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from bilagor.extractor.show_through import show_through_cut, without_show_through

SANS = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
SCALE = 300 / 72
ANSWERS = [
    "Medlen ska användas till ny ljussättning längs stigen till skolan.",
    "Råcksta gård i Hässelby-Vällingby, nära idrottshallen och förskolan.",
    "Trygghetsmätningen visar att fler väljer den upplysta vägen på kvällen.",
]

needs_font = pytest.mark.skipif(not SANS.exists(), reason="DejaVu Sans is not installed")


def _posterised_form():
    """A 300 dpi form of framed grey answers under black labels, blurred and snapped to four greys; with the
    answers' ink mask."""
    image = Image.new("L", (2480, 2200), 255)
    answers = Image.new("1", image.size, 0)
    draw, mark = ImageDraw.Draw(image), ImageDraw.Draw(answers)
    label, body = ImageFont.truetype(str(SANS), 46), ImageFont.truetype(str(SANS), 42)
    for n in range(12):
        top = 120 + n * 170
        draw.text((250, top), f"Fält {n + 1}", font=label, fill=0)
        draw.rectangle((240, top + 60, 2240, top + 150), outline=150, width=4)  # a grey frame
        draw.text((260, top + 80), ANSWERS[n % 3], font=body, fill=100)  # grey answer text
        mark.text((260, top + 80), ANSWERS[n % 3], font=body, fill=1)
    blurred = np.asarray(image.filter(ImageFilter.GaussianBlur(1.5)), np.float32)
    levels = np.array([46, 113, 180, 247], np.float32)
    snapped = levels[np.abs(blurred[..., None] - levels).argmin(axis=2)].astype(np.uint8)
    return snapped, np.asarray(answers)


@needs_font
def test_a_posterised_forms_grey_answers_keep_their_pale_dots_and_edges() -> None:
    page, answers = _posterised_form()
    assert show_through_cut(page, SCALE) is None
    kept, showed = without_show_through(page, SCALE)
    assert not showed
    # every pixel of the answers' palest ink grey (their dots and fringes) still ink
    pale_ink = answers & (page == 180)
    assert pale_ink.sum() > 1000
    assert (kept[pale_ink] == 180).all()
