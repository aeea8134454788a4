"""Issue #12, twenty-seventh round: the grey-marks step (extractor/grey_marks.py) took grey type for pencil when
its letters were joined into one area: on a spirit-duplicator copy each stroke's ink spreads into a halo, and a
small grey caption, or a body word in a pale blotch, has no black core and is one grey area longer than a glyph.
It was made paper inside its darker rim (the captions "Telefon", "E-post", words of the answers read as garbage).
On plain arrays: a line of type fills the rows between its baseline and x-height; a pencil's stroke is a point or
two wide and a wavy one crosses each row in places only."""

from __future__ import annotations

import math

import numpy as np
from PIL import Image, ImageFilter

from bilagor.extractor.grey_marks import grey_marks, type_band

SCALE = 200 / 72  # a 200 dpi scan
PAPER = 240


def _strokes(mask, top: int, left: int, right: int, height: int = 12, pitch: int = 6, word: int = 7) -> None:
    """Letters of upright strokes (2 px wide, `height` px tall, a bar across the middle), a word space after
    every `word` - 1 letters: a line of type's pattern, into the boolean `mask`."""
    for x in range(left, right, pitch):
        if (x // pitch) % word == word - 1:
            continue
        mask[top : top + height, x : x + 2] = True
        mask[top + height // 2 : top + height // 2 + 2, x : x + pitch] = True


def _spread(mask, darkness: float, radius: float) -> np.ndarray:
    """Ink of `darkness` (0-1) in `mask` spread into a halo by a blur of `radius` px, on paper: a grey page."""
    ink = Image.fromarray((mask * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(radius))
    spread = np.maximum(np.asarray(ink, dtype=np.float32) / 255 * 2.5, mask * 1.0).clip(0, 1)
    return (PAPER - spread * darkness * PAPER).astype(np.uint8)


def _page_with_marks():
    """A page: black body lines, a grey caption line whose halo joins its letters, a pencil tick and a wavy
    pencil underline (grey all through); (page, caption mask, marks mask)."""
    black = np.zeros((700, 640), dtype=bool)
    for top in range(40, 200, 30):
        _strokes(black, top, 60, 560)
    caption = np.zeros_like(black)
    _strokes(caption, 260, 60, 300, height=11, pitch=5, word=10)  # words of nine letters, 16 pt
    grey = np.minimum(_spread(black, 0.95, 0.6), _spread(caption, 0.5, 1.5))
    marks = np.zeros_like(black)
    for step in range(60):  # a tick in the margin
        y, x = 400 + (step // 2 if step < 20 else 10 - (step - 20) // 2), 30 + step // 2
        marks[y : y + 2, x : x + 2] = True
    for x in range(80, 400):  # a wavy underline under the last body line, 2 px wide
        y = round(215 + 4 * math.sin(x / 5))
        marks[y : y + 2, x] = True
    grey = grey.copy()
    grey[marks] = 95
    return grey, caption, marks


def test_a_grey_caption_with_joined_letters_is_print_and_pencil_is_still_marked():
    grey, caption, marks = _page_with_marks()
    found = grey_marks(grey, SCALE)
    assert found is not None
    assert found[marks].mean() > 0.8  # the tick and the wavy underline are marks
    assert found[caption].mean() < 0.01  # the grey caption is print


def test_the_type_band_is_a_lines_x_height_not_a_strokes_width():
    line = np.zeros((20, 80), dtype=bool)
    line[4:14] = True  # a line of joined type, its x-height band 10 cells
    line[4:14, ::9] = False  # gaps between words leave the rows mostly inked
    assert type_band(line) == 10
    underline = np.zeros((20, 80), dtype=bool)
    underline[8:10] = True  # a straight stroke: two rows
    assert type_band(underline) == 2
    wave = np.zeros((20, 80), dtype=bool)
    for x in range(80):
        wave[round(9 + 6 * math.sin(x / 4)), x] = True
    assert type_band(wave) <= 1
