"""Issue #12, twenty-fourth round: labels printed white on dark bands, on a crumpled sheet's scan. The rule finder
wiped the bands' rows past the labels' letters (the last letter with them), the grey-mark step took the pieces a
crease's step leaves for pencil, and the labels were read as garbage (a band is now turned dark on paper first). Synthetic pages drawn here (DejaVu Sans),
their creases drawn as a step of the print a pixel or two aside across a slanted line."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from bilagor.extractor.reversed_bands import reversed_bands, without_reversed_bands

SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PAPER = 238
LABELS = ("Projektets namn", "Syfte och mål", "Genomförande", "Ekonomisk redovisning")
ANSWER = "Belysningen vid gångvägen har bytts ut och kompletterats."


def page(dpi: int, band: int, creased: bool = False, letters: bool = True, ridge: int = 0) -> np.ndarray:
    """A form: each label white on a band of grey `band` across the page, its answer under it in black; with
    `ridge`, a crease's light ridge that much lighter than the band across each band beyond its label."""
    scale = dpi / 72
    image = Image.new("L", (round(595 * scale), round(500 * scale)), PAPER)
    draw = ImageDraw.Draw(image)
    bold, regular = ImageFont.truetype(BOLD, round(10 * scale)), ImageFont.truetype(SANS, round(10 * scale))
    for k, label in enumerate(LABELS):
        top = (60 + 100 * k) * scale
        draw.rectangle((50 * scale, top, 545 * scale, top + 19 * scale), fill=band)
        if ridge:
            draw.line((300 * scale, top - 5 * scale, 310 * scale, top + 25 * scale), fill=band + ridge, width=3)
        if letters:
            draw.text((56 * scale, top + 4 * scale), label, font=bold, fill=250)
        draw.text((56 * scale, top + 28 * scale), ANSWER, font=regular, fill=25)
    grey = np.asarray(image.filter(ImageFilter.GaussianBlur(0.4 * scale / 4)))
    if creased:
        grey = stepped(stepped(grey, 0.3, 2), -1.7, 1)
    return grey


def stepped(grey: np.ndarray, slope: float, shift: int) -> np.ndarray:
    """`grey` with what lies below a line through its middle (`slope` rows per column) moved `shift` pixels right:
    a crease's step."""
    out = grey.copy()
    height, width = grey.shape
    for x in range(width):
        y = int(height / 2 + slope * (x - width / 2))
        if 0 <= y < height:
            out[max(y, 0) :, x] = grey[max(y, 0) :, max(0, x - shift)]
    return out


def text_rows(dpi: int) -> list[tuple[int, int, int, int]]:
    """The labels' rows of letters, as pixel boxes (x0, top, x1, bottom)."""
    scale = dpi / 72
    return [
        (round(56 * scale), round((60 + 100 * k + 5) * scale), round(200 * scale), round((60 + 100 * k + 14) * scale))
        for k in range(len(LABELS))
    ]


@pytest.mark.parametrize(("dpi", "band", "creased"), [(300, 65, False), (300, 65, True), (240, 100, True)])
def test_bands_with_light_labels_are_turned_dark_on_paper(dpi, band, creased):
    grey = page(dpi, band, creased)
    assert len(reversed_bands(grey, dpi / 72)) == len(LABELS)
    out, changed = without_reversed_bands(grey, dpi / 72)
    assert changed
    for x0, top, x1, bottom in text_rows(dpi):
        letters = out[top:bottom, x0:x1]
        assert (letters < 80).mean() > 0.1  # the label's strokes are black now ...
        assert np.median(letters) > 200  # ... on paper
    # no band's grey is left anywhere (its ragged edges made paper too), and the answers are untouched
    assert ((out > 40) & (out < 200)).mean() < 0.01
    scale = dpi / 72
    answer = (slice(round(86 * scale), round(102 * scale)), slice(round(56 * scale), round(400 * scale)))
    assert np.array_equal(out[answer], grey[answer])


def test_a_creases_light_ridge_across_a_band_is_no_stroke():
    scale = 300 / 72
    out, changed = without_reversed_bands(page(300, 65, ridge=60), scale)
    assert changed
    across = out[round(62 * scale) : round(77 * scale), round(296 * scale) : round(314 * scale)]
    assert across.min() > 200  # the ridge (a third of the way to the letters' white) is paper, not ink


def test_a_page_without_bands_a_bare_bar_and_a_dark_photo_are_left():
    scale = 300 / 72
    plain = page(300, PAPER)  # the bands as light as the paper: a plain form
    assert reversed_bands(plain, scale) == []
    assert without_reversed_bands(plain, scale)[1] is False
    bars = page(300, 40, letters=False)  # dark bars with nothing printed on them
    assert without_reversed_bands(bars, scale)[1] is False
    photo = np.full((round(842 * scale), round(595 * scale)), PAPER, np.uint8)
    noise = np.random.default_rng(3).integers(0, 200, (round(150 * scale), round(300 * scale)), dtype=np.uint8)
    photo[400 : 400 + noise.shape[0], 200 : 200 + noise.shape[1]] = noise  # a dark photo, its greys spread
    assert reversed_bands(photo, scale) == []
