"""List bullets OCR left out on a page read with OCR because its text layer was unreadable.

A page whose font has no Unicode map is read with OCR (ocr_plan.py), and
Tesseract drops a lone "•" before a list item: the item then runs into the
sentence before it. The unreadable text layer still says where every glyph
is drawn, though not which. A glyph that no OCR word covers, on a line OCR
read, is a mark OCR left out; it is a bullet when its ink is one small round
solid dot. Pure functions over glyph boxes, OCR words and a grey pixel
array; broken_font_pages.py reads the PDF at the edge.
"""

from __future__ import annotations

from collections.abc import Sequence

from bilagor.extractor.ocr_bullets import BULLET, round_solid
from bilagor.extractor.row_index import RowIndex, SortedPoints
from bilagor.extractor.words import Word

Box = tuple[float, float, float, float]  # x0, top, x1, bottom in points

SCALE = 4.0  # pixels per point the glyphs are looked at: a 10 pt bullet is some 14 px across
INK = 128  # grey level below which a pixel is ink
COVER_MARGIN = 0.5  # points: a glyph this near an OCR word's box is part of that word
MIN_DOT = 0.12  # a bullet's height as a share of the font size: smaller is a full stop
MAX_DOT = 0.5  # larger is a letter ("o") or a symbol
MAX_ASPECT = 1.4  # width / height (or height / width) of a round dot
# A glyph the reader gives no width (a standard font's glyph it finds no metrics for) is drawn with one:
# it is looked for over this share of the font size.
EMPTY_GLYPH_EM = 0.5


def uncovered(glyphs: Sequence[Box], words: Sequence[Word]) -> list[Box]:
    """The glyph boxes on a line some OCR word was read on but under no OCR word's box (pure)."""
    found = []
    # the words of a glyph's line are looked up, not looked for among every word (a dense page's
    # thousands of glyphs times its hundreds of words)
    spans = RowIndex([(w.top, w.bottom) for w in words])
    middles = SortedPoints([(w.top + w.bottom) / 2 for w in words])
    for glyph in glyphs:
        x0, top, x1, bottom = glyph
        middle = (top + bottom) / 2
        line = [words[i] for i in sorted(set(spans.at(middle)) | set(middles.within(top, bottom)))]
        if not line:
            continue  # a line OCR did not read at all: nothing is known of it
        if any(w.x0 - COVER_MARGIN < x1 and x0 < w.x1 + COVER_MARGIN for w in line):
            continue
        found.append(glyph)
    return found


def is_bullet(ink, size_pixels: float) -> bool:
    """Whether the ink mask `ink` (2-D bool, one glyph's box) is one small solid round dot (pure)."""
    import numpy as np

    rows, cols = np.nonzero(ink)
    if not len(rows):
        return False  # a space
    if rows.min() == 0 or cols.min() == 0 or rows.max() == ink.shape[0] - 1 or cols.max() == ink.shape[1] - 1:
        return False  # ink running out of the box: part of something larger than the glyph
    height, width = rows.max() - rows.min() + 1, cols.max() - cols.min() + 1
    if not MIN_DOT * size_pixels <= max(height, width) <= MAX_DOT * size_pixels:
        return False
    return round_solid(width, height, len(rows), MAX_ASPECT)


def bullet_word(glyph: Box, line: Sequence[Word], size: float) -> Word:
    """A "•" word at `glyph`, as high as the OCR words of its line, so the layout sees it on that line."""
    top = min(w.top for w in line)
    bottom = max(w.bottom for w in line)
    return Word(BULLET, glyph[0], glyph[2], top, bottom, line[0].fontname, line[0].size or size)


def bullets(glyphs: Sequence[tuple[Box, float]], words: Sequence[Word], grey, scale: float) -> list[Word]:
    """ "•" words for the bullets among `glyphs` ((box, font size) pairs) no OCR word covers (pure over
    `grey`, the page rendered at `scale` px per pt)."""
    sizes = {box: size for box, size in glyphs}
    found = []
    for box in uncovered([box for box, _ in glyphs], words):
        x0, top, x1, bottom = (round(v * scale) for v in box)
        crop = grey[max(0, top) : max(0, bottom), max(0, x0) : max(0, x1)]
        if not crop.size or not is_bullet(crop < INK, sizes[box] * scale):
            continue
        middle = (box[1] + box[3]) / 2
        line = [w for w in words if w.top <= middle <= w.bottom] or [
            w for w in words if box[1] <= (w.top + w.bottom) / 2 <= box[3]
        ]
        found.append(bullet_word(box, line, sizes[box]))
    return found


def glyph_box(char: dict) -> tuple[Box, float]:
    """(box, font size) of a pdfplumber character; one without width given EMPTY_GLYPH_EM of one (pure)."""
    x0, x1, size = float(char["x0"]), float(char["x1"]), float(char["size"])
    return (x0, float(char["top"]), max(x1, x0 + EMPTY_GLYPH_EM * size) if x1 - x0 < 0.1 * size else x1,
            float(char["bottom"])), size  # fmt: skip
